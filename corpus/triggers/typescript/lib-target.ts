// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es5 {file}
// Modern library APIs used while the target (and so the default lib) is ES5.
const found = [1, 2, 3].find((n) => n > 1);
const p = Promise.resolve(1);
const m = new Map<string, number>();
const s = "a".padStart(3);
export {};
