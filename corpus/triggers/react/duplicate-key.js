// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line). Two siblings share one key.
const React = require('react');
const TestRenderer = require('react-test-renderer');
const h = React.createElement;
const rows = [{ id: 1 }, { id: 1 }];
TestRenderer.act(() => { TestRenderer.create(h('ul', null, rows.map((r) => h('li', { key: r.id }, r.id)))); });
const tags = ['new', 'sale', 'new'];
TestRenderer.act(() => { TestRenderer.create(h('div', null, tags.map((t) => h('span', { key: t }, t)))); });
