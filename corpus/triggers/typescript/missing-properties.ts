// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Objects that lack several properties of the target type.
interface User { id: number; name: string; email: string; age: number; role: string; active: boolean }
const u: User = { id: 1 };
interface Point { x: number; y: number; z: number }
const p: Point = { x: 1 };
const list: string[] = {};
export {};
