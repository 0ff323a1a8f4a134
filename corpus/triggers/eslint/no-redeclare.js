// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
var total = 0;
var count = 0;
export function add(n) { total += n; count++; }
var total = 10;
var count;
export { total, count };
