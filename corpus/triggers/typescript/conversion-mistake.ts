// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Type assertions between unrelated types.
const port = "8080" as number;
interface User { name: string }
const n = ({ id: 1 } as User);
const count = (5 as string[]);
export {};
