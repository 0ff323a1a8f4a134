// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Arguments whose type does not match the parameter.
function greet(name: string): string { return `Hello ${name}`; }
greet(42);
function setRetries(count: number): void {}
setRetries("3");
const ids: number[] = [];
ids.push(undefined);
export {};
