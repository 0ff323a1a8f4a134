// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function readConfig(load) {
  return new Promise(async (resolve, reject) => {
    const data = await load();
    resolve(JSON.parse(data));
  });
}
