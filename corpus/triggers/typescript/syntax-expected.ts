// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Syntax errors: a missing parenthesis and a missing comma.
function add(a: number, b: number {
  return a + b;
}
const point = { x: 1 y: 2 };
export {};
