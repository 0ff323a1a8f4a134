// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
import { formatDate, parseDate } from "./dates.js";

export function total(items, currency) {
  const tax = 0.2;
  return items.reduce((sum, item) => sum + item.price, 0) + formatDate(new Date());
}
