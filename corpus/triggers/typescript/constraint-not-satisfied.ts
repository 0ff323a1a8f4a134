// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
function byId<T extends { id: number }>(items: T[]) { return items; }
byId<{ name: string }>([]);
type Keys<T extends string> = T;
type K = Keys<number>;
export type { K };
