// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");
export const clean = (s) => s.replace(new RegExp("[\x00-\x1f]", "g"), "");
