// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function summary(items: number[]): string {
  let total = items.reduce((a, b) => a + b, 0);
  let label = "Total";
  return `${label}: ${total}`;
}
