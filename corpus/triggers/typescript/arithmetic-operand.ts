// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Arithmetic on values that are not numbers.
const start = new Date();
const elapsed = new Date() - start;
const price: string = "3";
const total = price * 2;
const off = { n: 1 } + 1;
export {};
