// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function check(user, retries) {
  if (user.role = "admin") {
    return true;
  }
  if ("production") {
    retries++;
  }
  while (typeof retries) {
    break;
  }
  return retries;
}
