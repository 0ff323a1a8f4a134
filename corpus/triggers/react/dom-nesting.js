// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react, react-dom and jsdom (installed under /tmp/hubls-react-N by the run line).
// Markup the HTML parser would rewrite: a <div> inside a <p>, a <tr> directly inside a <table>.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><div id="root"></div>');
global.window = dom.window; global.document = dom.window.document; global.navigator = dom.window.navigator;
global.IS_REACT_ACT_ENVIRONMENT = true;
const React = require('react');
const { createRoot } = require('react-dom/client');
const h = React.createElement;
React.act(() => { createRoot(document.getElementById('root')).render(h('p', null, h('div', null, 'card'))); });
React.act(() => { createRoot(document.body.appendChild(document.createElement('div'))).render(h('table', null, h('tr', null, h('td', null, 1)))); });
