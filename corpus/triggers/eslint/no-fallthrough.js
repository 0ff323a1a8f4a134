// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function price(plan, seats) {
  let total = 0;
  switch (plan) {
    case "team":
      total += seats * 10;
    case "pro":
      total += 20;
    default:
      total += 5;
  }
  return total;
}
