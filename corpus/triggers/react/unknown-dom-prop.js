// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line). Custom props forwarded onto a DOM element.
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;
function Button(props) { return h('button', props); }
renderToString(h(Button, { isActive: true }, 'Go'));
renderToString(h('div', { showBorder: 'yes' }, 'x'));
