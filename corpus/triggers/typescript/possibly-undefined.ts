// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --noUncheckedIndexedAccess {file}
// Optional values used without a check.
interface User { name: string; address?: { city: string } }
function city(user: User) { return user.address.city; }
function first(users: User[]) { const found = users.find((u) => u.name === "ada"); return found.name; }
function len(s?: string) { return s.length; }
export {};
const rows: { id: number }[] = [];
console.log(rows[0].id);
function lookup(): { a: number } | undefined { return undefined; }
lookup().a;
