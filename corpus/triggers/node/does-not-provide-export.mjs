// hubls-run: printf 'export default function helper() {}\nexport const version = 1;\n' > utils.mjs && node {file}; printf 'export const a = 1;\n' > lib.mjs && printf 'import { b } from "./lib.mjs";\n' > main.mjs && node main.mjs
import { helper } from "./utils.mjs";
helper();
