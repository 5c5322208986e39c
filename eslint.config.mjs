// ESLint (flat config): the Office add-ins plugin's React preset plus typescript-eslint, and Prettier.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "tests/e2e/artifacts/**", "coverage/**"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    settings: { react: { version: "18" } },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      // typescript-eslint 8.8 (pinned by the office-addins plugin) crashes on this rule under ESLint 9.3x.
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The pane reaches Excel through src/excel/index.ts only: the layer's front door (DESIGN.md).
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/*"],
              message: "Import from src/excel (its index), not from a module inside it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Issue 9 split these readers and planners into steps, each problem detected apart from its
    // wording; a function that grows past a screen again is the old shape coming back.
    files: [
      "src/io/import/tables/**/*.ts",
      "src/io/import/completeness.ts",
      "src/io/import/gaps.ts",
      "src/io/json.ts",
      "src/io/jsonProblems.ts",
      "src/sheet/readback.ts",
      "src/sheet/readbackProblems.ts",
      "src/sheet/printPlan.ts",
      "src/sheet/page.ts",
    ],
    rules: {
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
];
