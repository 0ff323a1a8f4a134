// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react and react-test-renderer (installed under /tmp/hubls-react-N by the run line). setState called during render (onClick={setCount(...)}).
const React = require('react');
const TestRenderer = require('react-test-renderer');
const h = React.createElement;
function Counter() {
  const [count, setCount] = React.useState(0);
  return h('button', { onClick: setCount(count + 1) }, count); // calls setCount while rendering
}
try { TestRenderer.act(() => { TestRenderer.create(h(Counter)); }); } catch (e) { console.error(String(e)); }
