// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
const config = { port: 3000 };
function getUser() { return { id: 1 }; }
let c: config;
let user: getUser;
export { c, user };
