// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Values of type unknown used without narrowing (catch variables are unknown under --strict).
try { JSON.parse("{"); } catch (err) { console.log(err.message); }
async function load(res: Response) { const data: unknown = await res.json(); return data.items; }
function f(x: unknown[]) { return x[0].id; }
export {};
