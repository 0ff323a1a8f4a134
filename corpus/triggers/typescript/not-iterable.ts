// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// for...of and spread over values that are not iterable.
const settings = { a: 1, b: 2 };
for (const s of settings) console.log(s);
const copy = [...42];
export {};
