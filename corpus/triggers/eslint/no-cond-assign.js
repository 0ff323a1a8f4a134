// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function find(users, id) {
  for (const user of users) {
    if (user.id = id) {
      return user;
    }
  }
  let match;
  while (match = /x/.exec(id)) {
    return match;
  }
}
