/**
 * Launching Debian's Chromium headless with the flags this closed network needs (machine notes).
 * Playwright gives every launch a fresh, empty profile directory of its own.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";

export const ARTIFACTS = path.resolve(__dirname, "artifacts");

export async function launch(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export function baseUrl(): string {
  const url = process.env.GK_E2E_URL;
  if (!url)
    throw new Error("GK_E2E_URL is not set: run the browser tests through `node tests/e2e/run.js`");
  return url;
}
