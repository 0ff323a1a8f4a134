// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Reading a property the type does not declare.
const config = { host: "localhost", port: 5432 };
console.log(config.user);
interface Point { x: number; y: number }
function norm(p: Point) { return p.z; }
export {};
