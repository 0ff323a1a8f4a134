// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module commonjs {file}; cp {file} es2015.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2015 --module es2015 es2015.ts
// Top-level await in a module compiled for CommonJS / ES2015.
const res = await fetch("https://example.com");
export const body = await res.text();
