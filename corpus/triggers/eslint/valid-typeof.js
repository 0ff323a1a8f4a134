// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function kind(value) {
  if (typeof value === "array") return "list";
  if (typeof value == "undefiend") return "missing";
  if (typeof value === "String") return "text";
  return "other";
}
