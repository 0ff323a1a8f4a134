// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
interface User { id: number }
type Status = "on" | "off";
const u = new User();
const all = Object.keys(Status);
export { u, all };
