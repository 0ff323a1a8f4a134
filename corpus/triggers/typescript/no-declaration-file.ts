// hubls-run: mkdir -p node_modules/left-pad node_modules/@acme/colors; printf 'module.exports = (s, n) => s;\n' > node_modules/left-pad/index.js; printf '{"name":"left-pad","main":"index.js"}' > node_modules/left-pad/package.json; printf 'exports.red = 1;\n' > node_modules/@acme/colors/index.js; printf '{"name":"@acme/colors","main":"index.js"}' > node_modules/@acme/colors/package.json; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module commonjs --moduleResolution node10 {file}
// JavaScript packages that ship no type declarations (and have no @types package installed).
import leftPad from "left-pad";
import { red } from "@acme/colors";
console.log(leftPad("a", 3), red);
