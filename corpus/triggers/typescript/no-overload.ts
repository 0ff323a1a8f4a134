// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Calls that match none of the overloads.
const n = parseInt(42);
const d = new Date("2024", 1, 1, true);
const el = document.createElement(5);
export {};
const merged = [1, 2].concat("3");
