// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Misspelled property and method names.
const title = "hello";
console.log(title.lenght);
const items = [3, 1, 2];
items.fitler((n) => n > 1);
export {};
