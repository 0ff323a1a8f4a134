// Shared flat config of the eslint triggers (hubls-include: eslint.config.mjs). The trigger command
// symlinks /opt/hubls-tools/eslint/node_modules (see setup.sh) into the work directory first.
// Core `recommended` for every file, typescript-eslint `recommended` for .ts/.tsx (as its docs set it
// up), and the two classic react-hooks rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const browserAndNode = Object.fromEntries(
  ["console", "window", "document", "fetch", "setTimeout", "clearTimeout", "setInterval", "clearInterval",
   "process", "require", "module", "URL", "localStorage"].map((name) => [name, "readonly"]),
);

export default [
  {
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx}"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: browserAndNode,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ["**/*.{ts,tsx,mts,cts}"] })),
  {
    files: ["**/*.{js,jsx,ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
];
