// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export const version = /v\d+\.\d+\-beta/;
export const path = "C:\Users\app";
export const greeting = `Hello \$name`;
