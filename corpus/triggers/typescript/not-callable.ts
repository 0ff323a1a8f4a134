// hubls-run: tsc --noEmit --strict --target es2022 {file}
// Calling values that are not functions.
const name = "ada";
name();
const api = { get: 1 };
api.get("/users");
export {};
