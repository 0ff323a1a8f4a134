// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
export function reduce(state, action) {
  switch (action.type) {
    case "add":
      const item = action.item;
      return [...state, item];
    case "remove":
      let index = state.indexOf(action.item);
      return state.filter((_, i) => i !== index);
    default:
      return state;
  }
}
