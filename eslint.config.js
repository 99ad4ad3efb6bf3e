import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import globals from "globals";

/** Dependency direction: api → services → (domain, store); domain imports nothing of ours; web → domain only. */
const layers = [
  { target: "./src/domain", from: ["./src/store", "./src/services", "./src/api", "./src/cli", "./web"] },
  { target: "./src/store", from: ["./src/services", "./src/api", "./src/cli", "./web"] },
  { target: "./src/services", from: ["./src/api", "./src/cli", "./web"] },
  { target: "./src/api", from: ["./src/cli", "./web"] },
  { target: "./web", from: ["./src/store", "./src/services", "./src/api", "./src/cli"] },
];

const webFeatures = readdirSync(new URL("./web/src/features", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "data/**",
      "coverage/**",
      "src/store/migrations/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "bin/*.js", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { "import-x": importX },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        { zones: layers.flatMap(({ target, from }) => from.map((f) => ({ target, from: f }))) },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // bulletproof-react: features do not import each other; shared code does not import features or the app.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...["./src/store", "./src/services", "./src/api", "./src/cli"].map((from) => ({
              target: "./web",
              from,
            })),
            ...webFeatures.map((f) => ({
              target: `./web/src/features/${f}`,
              from: "./web/src/features",
              except: [`./${f}`],
            })),
            { target: "./web/src/features", from: "./web/src/app" },
            {
              target: ["./web/src/lib", "./web/src/components", "./web/src/api"],
              from: ["./web/src/features", "./web/src/app"],
            },
          ],
        },
      ],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["**/*.test.ts", "e2e/**", "bench/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
