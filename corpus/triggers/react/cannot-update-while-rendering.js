// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-test-renderer (installed under /tmp/hubls-react-N by the run line). A child calls the parent's setter during its own render.
const React = require('react');
const TestRenderer = require('react-test-renderer');
const h = React.createElement;
function Child({ onReady }) { onReady(true); return h('span', null, 'child'); }
function Parent() {
  const [ready, setReady] = React.useState(false);
  return h('div', null, String(ready), h(Child, { onReady: setReady }));
}
function Badge({ setCount }) { setCount(3); return h('b', null, '!'); }
function Header() {
  const [count, setCount] = React.useState(0);
  return h('header', null, count, h(Badge, { setCount }));
}
TestRenderer.act(() => { TestRenderer.create(h(Parent)); });
TestRenderer.act(() => { TestRenderer.create(h(Header)); });
