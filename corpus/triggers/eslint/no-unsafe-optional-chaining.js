// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function summary(order) {
  const { street } = order?.address;
  const items = [...order?.items];
  const total = order?.subtotal + 5;
  return { street, items, total, first: (order?.lines)[0] };
}
