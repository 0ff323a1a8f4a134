// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Node.js globals used without @types/node: run in a directory with no node_modules.
const fs = require("fs");
console.log(process.env.PORT, __dirname);
export {};
