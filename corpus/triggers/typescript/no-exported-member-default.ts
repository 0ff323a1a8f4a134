// hubls-run: printf 'const api = { get() {} };\nexport default api;\n' > api.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module esnext --moduleResolution bundler {file}
// hubls-tool: ts
import { api } from "./api";
import { client } from "./api";
export { api, client };
