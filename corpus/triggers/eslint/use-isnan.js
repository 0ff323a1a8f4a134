// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function parse(input) {
  const n = Number(input);
  if (n === NaN) return 0;
  if (n != NaN) return n;
  return [1, 2].indexOf(NaN);
}
