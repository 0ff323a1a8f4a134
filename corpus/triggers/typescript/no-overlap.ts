// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Comparisons that can never be true.
type Role = "admin" | "user";
function check(role: Role, n: number) {
  if (role === "guest") {}
  if (n === "1") {}
}
export {};
