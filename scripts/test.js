// `npm test`: install what is missing (Debian packages, npm dependencies), then run every test:
// type check, unit and component tests (Jest), the production build, and the browser tests.
const { spawnSync } = require("child_process");
const { ensureDebian, ensureNpm, BASE, TEST, root } = require("./setup");

ensureDebian([...BASE, ...TEST]);
ensureNpm();

const steps = [
  ["type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  [
    "lint (ESLint with the Office add-ins rules and Prettier)",
    "npx",
    ["eslint", "src", "tests", "scripts"],
  ],
  ["CLI build", "npm", ["run", "--silent", "build:cli"]],
  ["unit tests", "npx", ["jest", "--ci"]],
  ["production build", "npx", ["webpack", "--mode", "production"]],
  ["browser tests", "node", ["tests/e2e/run.js"]],
];

let failed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  if (r.status !== 0) {
    failed++;
    console.error(`=== ${name} FAILED (exit ${r.status})`);
  }
}
console.log(`\n${steps.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
