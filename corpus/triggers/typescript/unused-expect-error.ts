// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
// @ts-expect-error
const ok: number = 1;
export { ok };
export function id(v: string) {
  // @ts-expect-error: legacy callers pass numbers
  return v.trim();
}
