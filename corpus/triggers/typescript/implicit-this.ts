// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// `this` inside a plain function without a `this` type.
function onClick() { console.log(this.id); }
const counter = { n: 0, inc: function () { return function () { return this.n; }; } };
export {};
