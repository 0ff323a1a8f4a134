// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export class Cart {
  constructor(items) { this.items = items; }
  get total() {
    this.items.reduce((sum, i) => sum + i.price, 0);
  }
  get isEmpty() {
    if (this.items.length === 0) return true;
  }
}
