// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line). Rendering a plain object, a Date and a Promise as children.
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;
const user = { id: 7, name: 'Ada' };
try { renderToString(h('p', null, user)); } catch (e) { console.error(String(e)); }
try { renderToString(h('p', null, new Date(0))); } catch (e) { console.error(String(e)); }
try { renderToString(h('p', null, { title: 'x', body: 'y', tags: [] })); } catch (e) { console.error(String(e)); }
