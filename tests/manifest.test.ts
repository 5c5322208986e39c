/** The manifest passes the offline validator (XSD + extra checks), in dev and production form. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { productionManifest } = require("../scripts/manifest-url");

const root = path.resolve(__dirname, "..");
const validator = path.resolve(root, "..", "shared", "manifest-schema", "validate");

function validate(file: string) {
  return spawnSync(validator, [file], { encoding: "utf8" });
}

test("manifest.xml is valid", () => {
  const r = validate(path.join(root, "manifest.xml"));
  expect(r.stdout + r.stderr).toContain("VALID");
  expect(r.status).toBe(0);
});

test("the production manifest has the real host everywhere and is valid", () => {
  const xml = productionManifest(
    fs.readFileSync(path.join(root, "manifest.xml"), "utf8"),
    "https://gk.example.gov.cn/addin/"
  );
  expect(xml).not.toContain("localhost");
  expect(xml).toContain("https://gk.example.gov.cn/addin/taskpane.html");
  expect(xml).toContain("<AppDomain>https://gk.example.gov.cn/addin</AppDomain>");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gk-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  expect(validate(file).status).toBe(0);
});

test("the validator rejects a broken manifest (so the test above can fail)", () => {
  const xml = fs
    .readFileSync(path.join(root, "manifest.xml"), "utf8")
    .replace('resid="Taskpane.Url"', 'resid="Taskpane.Ur1"');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gk-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  expect(validate(file).status).not.toBe(0);
});

test("manifest declares what the product needs: ExcelApi 1.8, ReadWriteDocument, Home tab button, zh-CN and en-US", () => {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
  expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  expect(xml).toContain('<OfficeTab id="TabHome">');
  expect(xml).toContain('<Override Locale="en-US"');
  for (const size of [16, 32, 64, 80, 128])
    expect(fs.existsSync(path.join(root, "assets", `icon-${size}.png`))).toBe(true);
});
