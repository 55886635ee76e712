import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "public/build/**",
      "public/sw-survey.js",
      ".cache/**",
      ".tmp/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.strict,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-empty-object-type": "off",
    },
  },
  {
    // Playwright fixtures call their callback `use`; it is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Every e2e test runs under the guard in tests/e2e/fixtures.ts, which watches each browser
    // context the test opens: its `test` is the only one, and no browser is launched beside it.
    files: ["tests/e2e/**"],
    ignores: ["tests/e2e/fixtures.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "chromium", "firefox", "webkit", "_electron", "_android"],
              message:
                "Take `test` from ./fixtures, whose guard watches every browser context the test opens.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["remix.env.d.ts"],
    rules: { "@typescript-eslint/triple-slash-reference": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" },
    },
  },
  {
    // The database is reached only from server modules (and from tests and scripts).
    files: ["app/**/*.tsx", "app/**/*.ts"],
    ignores: ["app/**/*.server.ts", "app/**/*.server.tsx", "app/routes/**", "app/entry.server.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~db/*", "!~db/schema", "**/db/*", "!**/db/schema"],
              message: "Reach db/ only from *.server.ts modules.",
            },
          ],
        },
      ],
    },
  },
  {
    // Whose words may be quoted is decided in one place (app/summary/quotable.server.ts); the
    // team reads every comment through app/coding/reading.server.ts (#17, #25).
    files: ["app/routes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "~/coding/comments.server",
              importNames: ["listComments"],
              message: "Quote or export comments through ~/summary/quotable.server.",
            },
            {
              name: "~/summary/quotes",
              importNames: ["quotesByCriterion"],
              message: "Quote comments through ~/summary/quotable.server.",
            },
            {
              name: "~/coding/themes.server",
              importNames: ["inspectionThemes"],
              message:
                "A theme's quote is cleared with the withheld audiences of ~/summary/quotable.server: show themes through a summary module.",
            },
          ],
        },
      ],
    },
  },
);
