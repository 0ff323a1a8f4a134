// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Parameters without a type annotation under --strict (noImplicitAny).
function log(message) { console.log(message); }
export const handler = function (event, context) { console.log(event, context); };
