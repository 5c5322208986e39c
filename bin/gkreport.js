#!/usr/bin/env node
// Runs the compiled CLI (npm install runs `prepare`, which compiles src/ to build/cli).
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("gkreport: not built yet; run `npm run build:cli` first.\n");
  process.exit(2);
}
// cliMain sets the exit code and lets Node finish writing stdout (a pipe may still be draining).
require(main).cliMain(process.argv.slice(2));
