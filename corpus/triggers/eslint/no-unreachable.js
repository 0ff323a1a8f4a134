// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function fetchUser(id) {
  return fetch(`/users/${id}`);
  console.log("fetched", id);
}
export function fail(message) {
  throw new Error(message);
  return null;
}
