// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export const config = {
  host: "localhost",
  port: 5432,
  timeout: 30,
  host: "db.internal",
  "timeout": 60,
};
