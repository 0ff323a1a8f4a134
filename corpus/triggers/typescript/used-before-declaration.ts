// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// const/let/class used above their declaration.
console.log(limit);
const limit = 10;
const s = new Service();
class Service {}
export {};
