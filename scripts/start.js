// `npm start`: install what is missing, then run the add-in — sideloaded into desktop Excel where
// there is one (Windows, macOS), otherwise the demo workbook in the browser.
const { spawn } = require("child_process");
const { ensureDebian, ensureNpm, BASE, root } = require("./setup");

ensureDebian(BASE);
ensureNpm();

const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
const port = process.env.npm_package_config_dev_server_port || 3000;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

if (hasDesktopExcel && !process.argv.includes("--demo")) {
  console.log("Sideloading into desktop Excel (office-addin-debugging)…");
  spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"], {
    cwd: root,
    stdio: "inherit",
  }).on("exit", (c) => process.exit(c ?? 0));
} else {
  const url = `http://127.0.0.1:${port}/demo.html`;
  console.log(
    `No desktop Excel on this machine: serving the demo workbook.\n\n  打开 / open:  ${url}\n`
  );
  spawn(npx, ["webpack", "serve", "--mode", "development", "--env", "demo"], {
    cwd: root,
    stdio: "inherit",
  }).on("exit", (c) => process.exit(c ?? 0));
}
