// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --noUncheckedIndexedAccess {file}
// Values that may be null used without a check.
function firstMatch(text: string) { const m = text.match(/\d+/); return m[0]; }
function label(name: string | null) { return name.toUpperCase(); }
function both(v: string | null | undefined) { return v.trim(); }
export {};
document.getElementById("app").innerHTML = "";
"abc".match(/a/)[0];
