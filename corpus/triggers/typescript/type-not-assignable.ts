// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Values of one type assigned where another is declared.
let port: number = "8080";
const user: { name: string; admin: boolean } = { name: "ada", admin: "yes" };
type Status = "active" | "banned";
const status: Status = "deleted";
export {};
