// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Indexing an object type with a plain string.
const prices = { apple: 1, pear: 2 };
function price(name: string) { return prices[name]; }
const headers = { accept: "json" };
for (const key of Object.keys(headers)) console.log(headers[key]);
export {};
