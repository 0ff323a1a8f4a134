// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
type Align = "left" | "right" | "center";
let a: Align = "lef";
let b: Align = "centre";
export { a, b };
