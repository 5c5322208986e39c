/** Browser tests (tests/e2e/*.e2e.ts): run by tests/e2e/run.js, which serves dist/ and sets GK_E2E_URL. */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 60000,
};
