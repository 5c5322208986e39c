/** Unit and component tests. Browser (e2e) tests run separately under tests/e2e. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    // pdfjs-dist is ESM-only and uses import.meta (see the transform).
    "^.+\\.mjs$": "<rootDir>/tests/jest/mjsTransform.js",
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(nanoid|docx|pdfjs-dist)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
};
