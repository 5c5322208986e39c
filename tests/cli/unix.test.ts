/**
 * gkreport as a Unix tool (issue 10): output fully written before exit, failed writes as a plain
 * message and exit 2 (never a stack trace, never a truncated file where a good one stood), errno texts
 * in Chinese and English.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { errnoMessage } from "../../src/cli/errno";
import { nodeIo, run, writeFileAtomic, type Io } from "../../src/cli/main";
import { SAMPLES_DIR as SAMPLES } from "../support/samples";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(SAMPLES, "2024-huaian-city.txt");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gkreport-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The real file system, output captured. */
function realIo(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { ...nodeIo, out: (s) => out.push(s), err: (s) => err.push(s) } };
}

describe("failed writes", () => {
  test.each([
    [
      "into a folder that does not exist",
      () => path.join(dir, "missing", "out.json"),
      /文件或文件夹不存在（ENOENT）/,
    ],
    [
      "with a name too long",
      () => path.join(dir, "名".repeat(200) + ".json"),
      /文件名或路径太长（ENAMETOOLONG）/,
    ],
    ["onto a folder", () => dir, /./],
  ])("export %s: a plain message, exit 2, nothing left behind", async (_what, target, why) => {
    const out = target();
    const f = realIo();
    const code = await run(["export", SAMPLE, "--to", "json", "--out", out], f.io);
    expect(code).toBe(2);
    expect(f.err).toHaveLength(1);
    expect(f.err[0]).toMatch(
      new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 无法写入 — `)
    );
    expect(f.err[0]).toMatch(why);
    expect(f.err[0]).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("--lang en: the same in English", async () => {
    const f = realIo();
    const out = path.join(dir, "missing", "out.json");
    expect(await run(["export", SAMPLE, "--to", "json", "--out", out, "--lang", "en"], f.io)).toBe(
      2
    );
    expect(f.err[0]).toBe(`${out}: cannot be written — no such file or folder (ENOENT)`);
  });

  test("a write that fails half way leaves the file that stood there untouched", () => {
    const target = path.join(dir, "summary.json");
    fs.writeFileSync(target, "good");
    const failingRename = {
      writeFileSync: fs.writeFileSync,
      unlinkSync: fs.unlinkSync,
      renameSync: () => {
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      },
    };
    expect(() => writeFileAtomic(target, "half", failingRename)).toThrow(/ENOSPC/);
    expect(fs.readFileSync(target, "utf8")).toBe("good");
    expect(fs.readdirSync(dir)).toEqual(["summary.json"]);
  });

  test("consolidate with a unit refused: exit 2 and an existing summary is not overwritten", async () => {
    const out = path.join(dir, "sum.json");
    fs.writeFileSync(out, "last good summary");
    const f = realIo();
    const files = ["2024-huaian-city.txt", "2022-synthetic-clean.txt", "2024-hongze-district.txt"];
    const code = await run(
      ["consolidate", ...files.map((x) => path.join(SAMPLES, x)), "--out", out],
      f.io
    );
    expect(code).toBe(2);
    expect(fs.readFileSync(out, "utf8")).toBe("last good summary");
    expect(f.err.join("\n")).toMatch(
      /2022-synthetic-clean\.txt 是 2022 年度的报告，与 2024 年度不同/
    );
  });
});

test("errno texts are translated and keep their code", () => {
  const e = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
  expect(errnoMessage(e)).toEqual({ zh: "没有权限（EACCES）", en: "permission denied (EACCES)" });
  expect(errnoMessage(Object.assign(new Error("x"), { code: "ENOSPC" })).zh).toBe(
    "磁盘已满（ENOSPC）"
  );
  expect(errnoMessage(new Error("odd"))).toEqual({ zh: "odd", en: "odd" });
});

test("the unreadable line goes to stderr, the results to stdout", async () => {
  const f = realIo();
  const code = await run(["check", SAMPLE, path.join(dir, "nope.txt")], f.io);
  expect(code).toBe(2);
  expect(f.err).toEqual([`${path.join(dir, "nope.txt")}: 无法读取 — 文件或文件夹不存在（ENOENT）`]);
  expect(f.out.join("\n")).toMatch(/淮安市人民政府 2024年度/);
  expect(f.out.join("\n")).not.toMatch(/无法读取/);
});

test("a slow reader of a pipe gets all of stdout (well over 64 KB)", async () => {
  const files = fs
    .readdirSync(SAMPLES)
    .filter((n) => /\.(txt|html)$/.test(n))
    .map((n) => path.join(SAMPLES, n));
  const args = [...files, ...files, ...files, ...files];
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      path.join(ROOT, "src/cli/main.ts"),
      "check",
      ...args,
      "--json",
    ],
    { stdio: ["ignore", "pipe", "pipe"] }
  );
  const chunks: Buffer[] = [];
  // Read nothing for a while: the pipe fills and the writer must wait for us.
  child.stdout.pause();
  await new Promise((r) => setTimeout(r, 1500));
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stdout.resume();
  const code = await new Promise<number | null>((r) => child.on("close", r));
  const inProcess = await run(["check", ...args, "--json"], { ...realIo().io });
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.length).toBeGreaterThan(64 * 1024);
  const parsed = JSON.parse(text) as unknown[];
  expect(parsed).toHaveLength(args.length);
  expect(code).toBe(inProcess);
}, 30000);
