// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
interface Config { readonly port: number }
const cfg: Config = { port: 1 };
cfg.port = 2;
const tuple = [1, 2] as const;
const MAX = 10;
MAX = 11;
export { tuple };
