// Node 18 and 20 before 20.19 word ERR_REQUIRE_ESM without the "from <parent>" part for a CommonJS main.
// hubls-run: printf 'export const a = 1;\n' > lib.mjs && /opt/hubls-tools/node18/node_modules/.bin/node {file}; printf 'export default {};\n' > config.mjs && /opt/hubls-tools/node18/node_modules/.bin/node -e 'require("./config.mjs")'
const { a } = require("./lib.mjs");
console.log(a);
