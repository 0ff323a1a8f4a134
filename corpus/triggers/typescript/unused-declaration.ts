// hubls-run: printf 'export const slug = (s: string) => s;\n' > utils.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --noUnusedLocals --noUnusedParameters {file}
// Locals, imports and parameters that are never read.
import { slug } from "./utils";
export function total(items: number[], currency: string) {
  const tax = 0.2;
  return items.reduce((a, b) => a + b, 0);
}
