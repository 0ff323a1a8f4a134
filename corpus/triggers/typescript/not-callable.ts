// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Calling values that are not functions.
const name = "ada";
name();
const api = { get: 1 };
api.get("/users");
export {};
