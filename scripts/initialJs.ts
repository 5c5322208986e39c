/**
 * The task pane's first download: every script taskpane.html loads from the build, gzipped. One
 * measure for `npm run bench` and the browser tests' budget check.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

/** 150 KB gzipped (issue 9). */
export const TASKPANE_INITIAL_BUDGET = 153600;

export const gzipBytes = (file: string): number => zlib.gzipSync(fs.readFileSync(file)).length;

/** The page's own scripts (not office.js from the CDN); the minified page writes src= without quotes. */
export function initialScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^[a-z]+:|^\/\//i.test(src) && fs.existsSync(path.join(dist, src)));
}

export function initialJsGzipBytes(dist: string): number {
  return initialScripts(dist).reduce((n, f) => n + gzipBytes(path.join(dist, f)), 0);
}
