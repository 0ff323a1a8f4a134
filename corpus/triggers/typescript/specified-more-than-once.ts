// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
const defaults = { retries: 3, timeout: 10 };
export const a = { retries: 5, ...defaults };
export const b = { timeout: 1, retries: 2, ...defaults };
