// hubls-run: printf 'export function Button() { return 1; }\nexport const theme = 1;\n' > Button.ts; printf 'export const a = 1;\n' > helpers.ts; printf 'const x = 1;\n' > script.ts; printf 'var legacyY = 2;\n' > legacy.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module commonjs {file}
// Default imports of modules without a default export, imports of files that are not modules,
// and named imports that the module does not export.
import Button from "./Button";
import helpers from "./helpers";
import { x } from "./script";
import { legacyY } from "./legacy";
import { Buttn, themes } from "./Button";
import { b, c } from "./helpers";
console.log(Button, helpers, x, legacyY, Buttn, themes, b, c);
