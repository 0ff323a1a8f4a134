// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
function format(v: number) { return v.toFixed(2); }
function format(v: string) { return v.trim(); }
export { format };
