// hubls-run: printf 'export interface User { id: number }\nexport type Id = number;\nexport const x = 1;\n' > models.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module esnext --moduleResolution bundler --verbatimModuleSyntax {file}
// hubls-tool: ts
import { User, Id, x } from "./models";
export const u: User = { id: x };
export const i: Id = 1;
