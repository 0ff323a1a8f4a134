// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react, react-dom and jsdom (installed under /tmp/hubls-react-N by the run line).
// In a test environment (IS_REACT_ACT_ENVIRONMENT), a state update happens outside act(): after a timer.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><div id="root"></div>');
global.window = dom.window; global.document = dom.window.document; global.navigator = dom.window.navigator;
global.IS_REACT_ACT_ENVIRONMENT = true;
const React = require('react');
const { createRoot } = require('react-dom/client');
const h = React.createElement;
function UserCard() {
  const [name, setName] = React.useState('…');
  React.useEffect(() => { setTimeout(() => setName('Ada'), 5); }, []);
  return h('p', null, name);
}
function Cart() {
  const [n, setN] = React.useState(0);
  React.useEffect(() => { Promise.resolve().then(() => setN(2)); }, []);
  return h('p', null, n);
}
React.act(() => { createRoot(document.getElementById('root')).render(h(UserCard)); });
React.act(() => { createRoot(document.body.appendChild(document.createElement('div'))).render(h(Cart)); });
setTimeout(() => {}, 50);
