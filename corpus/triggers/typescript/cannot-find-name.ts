// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Names that are not declared anywhere.
const total = subtotal + 1;
function render() { return hlper(); }
export {};
