// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Calls with the wrong number of arguments.
function area(width: number, height: number) { return width * height; }
area(3);
function log(msg: string) {}
log("a", "b");
export {};
