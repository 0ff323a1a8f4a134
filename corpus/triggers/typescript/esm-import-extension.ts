// hubls-run: printf 'export const slug = (s: string) => s;\n' > utils.ts; mkdir -p lib; printf 'export const x = 1;\n' > lib/index.ts; printf '{"type":"module"}' > package.json; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module nodenext --moduleResolution nodenext {file}
// Relative imports without file extensions in an ES module under node16/nodenext resolution.
import { slug } from "./utils";
import { x } from "./lib";
console.log(slug("a"), x);
