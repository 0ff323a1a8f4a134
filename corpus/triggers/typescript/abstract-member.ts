// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
abstract class Shape { abstract area(): number; abstract name: string }
export class Square extends Shape {}
const s = new Shape();
export { s };
