// hubls-run: printf '{"type": "commonjs"}\n' > package.json && node {file}; printf 'import path from "node:path";\n' > tool.js && node --no-experimental-detect-module tool.js
// package.json says "type": "commonjs" (or Node < 22.7 without module detection), so .js files are CommonJS.
import fs from "node:fs";
console.log(fs.existsSync("."));
