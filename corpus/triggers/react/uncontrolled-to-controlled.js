// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react, react-dom and jsdom (installed under /tmp/hubls-react-N by the run line).
// An input whose value starts undefined and later becomes a string, and the reverse.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><div id="root"></div>');
global.window = dom.window; global.document = dom.window.document; global.navigator = dom.window.navigator;
global.IS_REACT_ACT_ENVIRONMENT = true;
const React = require('react');
const { createRoot } = require('react-dom/client');
const { act } = React;
const h = React.createElement;
const root = createRoot(document.getElementById('root'));
const noop = () => {};
act(() => root.render(h('input', { value: undefined, onChange: noop })));
act(() => root.render(h('input', { value: 'ada@example.com', onChange: noop })));
act(() => root.render(h('input', { value: null, onChange: noop })));
const root2 = createRoot(document.body.appendChild(document.createElement('div')));
act(() => root2.render(h('textarea', { value: 'draft', onChange: noop })));
act(() => root2.render(h('textarea', { value: undefined, onChange: noop })));
