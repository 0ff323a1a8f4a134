// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
export function Card({ title, body }) { return title + body; }
export const f = ([first]) => first;
