// Browser tests: serve the production build in dist/ and run the *.e2e.ts suites (Jest + playwright-core
// driving Debian's Chromium headless). Builds first when dist/ is missing.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serve } = require("./server");

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");

(async () => {
  if (!fs.existsSync(path.join(dist, "demo.html"))) {
    const b = spawnSync("npx", ["webpack", "--mode", "production"], {
      cwd: root,
      stdio: "inherit",
    });
    if (b.status !== 0) process.exit(b.status || 1);
  }
  const { server, url } = await serve(dist);
  // Not spawnSync: the server lives in this process and must keep answering while the tests run.
  const child = spawn(
    "npx",
    ["jest", "-c", "jest.e2e.config.js", "--ci", "--runInBand", ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, GK_E2E_URL: url },
    }
  );
  child.on("exit", (code) => {
    server.close();
    process.exit(code ?? 1);
  });
})();
