// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react and react-test-renderer (installed under /tmp/hubls-react-N by the run line). A hook sits behind a condition (or after an early return).
const React = require('react');
const TestRenderer = require('react-test-renderer');
const h = React.createElement;

function Profile({ loggedIn }) {
  const [name] = React.useState('ada');
  if (loggedIn) {
    const [theme] = React.useState('dark');
  }
  return h('p', null, name);
}
function Panel({ loading }) {
  const [open] = React.useState(false);
  if (loading) return h('p', null, 'loading');
  const [tab] = React.useState(0);
  return h('div', null, String(open) + tab);
}
let r;
TestRenderer.act(() => { r = TestRenderer.create(h(Profile, { loggedIn: false })); });
try { TestRenderer.act(() => { r.update(h(Profile, { loggedIn: true })); }); } catch (e) { console.error(String(e)); }
TestRenderer.act(() => { r = TestRenderer.create(h(Panel, { loading: false })); });
try { TestRenderer.act(() => { r.update(h(Panel, { loading: true })); }); } catch (e) { console.error(String(e)); }
