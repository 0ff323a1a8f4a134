// hubls-run: printf 'export function Button() { return 1; }\nexport const theme = 1;\n' > Button.ts; printf 'export const a = 1;\n' > helpers.ts; printf 'const x = 1;\n' > script.ts; tsc --noEmit --strict --target es2022 {file}
// Default imports of modules without a default export; an import of a file that is not a module.
import Button from "./Button";
import helpers from "./helpers";
import { x } from "./script";
import { Buttn } from "./Button";
console.log(Button, helpers, x, Buttn);
