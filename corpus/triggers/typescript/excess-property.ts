// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
interface User { name: string; email: string }
const u: User = { name: "Ada", email: "a@x.io", emial: "typo" };
function connect(opts: { host: string; port: number }) { return opts; }
connect({ host: "db", port: 5432, timeout: 30 });
export { u };
