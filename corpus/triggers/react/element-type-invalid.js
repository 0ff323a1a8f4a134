// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line). A component that is undefined (wrong import) or an object.
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;
const { Button } = { default: function Button() {} }; // named import of a default export: undefined
const Icons = { Star: function Star() { return null; } };
try { renderToString(h(Button)); } catch (e) { console.error(String(e)); }
try { renderToString(h(Icons)); } catch (e) { console.error(String(e)); }
