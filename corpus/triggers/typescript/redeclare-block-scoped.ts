// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
let count = 0;
let count = 1;
const total = 1;
const total = 2;
export {};
