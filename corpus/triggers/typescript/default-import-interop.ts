// hubls-run: mkdir -p node_modules/legacy-lib; printf 'declare function legacy(x: string): string;\ndeclare namespace legacy { const version: string; }\nexport = legacy;\n' > node_modules/legacy-lib/index.d.ts; cp node_modules/legacy-lib/index.d.ts legacy-lib.d.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module commonjs --moduleResolution node10 {file}
// Default import of a CommonJS `export =` module without esModuleInterop.
import legacy from "legacy-lib";
import express from "./legacy-lib";
console.log(legacy("a"), express);
