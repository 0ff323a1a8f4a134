// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
// @ts-nocheck
export function parse(input: string): number {
  // @ts-ignore
  return JSON.parse(input).count.toFixed();
}
// @ts-expect-error
export const port: number = process.env.PORT;
