// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react, react-dom and jsdom (installed under /tmp/hubls-react-N by the run line).
// The server renders one text, the client renders another (a timestamp, window checks).
const { JSDOM } = require('jsdom');
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;
function Clock({ now }) { return h('p', null, 'Rendered at ' + now); }
const html = renderToString(h(Clock, { now: '10:00' }));
const dom = new JSDOM('<!doctype html><div id="root">' + html + '</div>');
global.window = dom.window; global.document = dom.window.document; global.navigator = dom.window.navigator;
global.IS_REACT_ACT_ENVIRONMENT = true;
const { hydrateRoot } = require('react-dom/client');
const { act } = React;
act(() => { hydrateRoot(document.getElementById('root'), h(Clock, { now: '10:01' }), { onRecoverableError: (e) => console.error(String(e)) }); });
