// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
export function merge<T>(base: T, extra: number) {
  return { ...base, ...extra };
}
declare const maybe: object | undefined | string;
export const x = { ...(maybe as unknown) };
