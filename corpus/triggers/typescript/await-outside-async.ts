// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict {file}
// await inside a function that is not async.
function load() { const res = await fetch("/api"); return res; }
const items = [1, 2].map((i) => { await Promise.resolve(i); });
export {};
