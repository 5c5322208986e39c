// Installs what is missing on a fresh clone: Debian packages (where apt-get exists and we are root)
// and the npm dependencies. Used by `npm start` and `npm test`; needs nothing but Node itself.
const { execSync, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");

function have(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function debInstalled(pkg) {
  return spawnSync("dpkg", ["-s", pkg], { stdio: "ignore" }).status === 0;
}

/** Debian packages: the browser and office suite for tests, and libsecret for keytar (office-addin-dev-certs). */
function ensureDebian(packages) {
  if (process.platform !== "linux" || !have("apt-get") || !have("dpkg")) return;
  const missing = packages.filter((p) => !debInstalled(p));
  if (!missing.length) return;
  const sudo = process.getuid && process.getuid() === 0 ? "" : "sudo ";
  console.log(`[setup] apt-get install ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync(`${sudo}apt-get update -qq`, { stdio: "inherit", env });
  execSync(`${sudo}apt-get install -y -qq --no-install-recommends ${missing.join(" ")}`, {
    stdio: "inherit",
    env,
  });
}

function ensureNpm() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs;
  if (!stale) return;
  console.log("[setup] npm ci");
  execSync("npm ci --no-audit --no-fund", { cwd: root, stdio: "inherit" });
}

const BASE = ["libsecret-1-dev", "pkg-config", "libxml2-utils"];
const TEST = [
  "chromium",
  "libreoffice-writer-nogui",
  "libreoffice-calc-nogui",
  "poppler-utils",
  "fonts-noto-cjk",
];

module.exports = { ensureDebian, ensureNpm, BASE, TEST, root, have };

if (require.main === module) {
  ensureDebian([...BASE, ...TEST]);
  ensureNpm();
}
