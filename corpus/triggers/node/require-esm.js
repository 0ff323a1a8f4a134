// hubls-run: printf 'export const a = 1;\n' > lib.mjs && node --no-experimental-require-module {file}; mkdir -p node_modules/esm-only && printf '{"name":"esm-only","type":"module","main":"index.js"}' > node_modules/esm-only/package.json && printf 'export default 1;\n' > node_modules/esm-only/index.js && node --no-experimental-require-module -e 'require("esm-only")'
// Node 20.19+ can require() synchronous ES modules; older Node (and this flag) print ERR_REQUIRE_ESM.
const lib = require("./lib.mjs");
console.log(lib);
