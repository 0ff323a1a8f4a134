// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line). A component passed as a child instead of being rendered (<Avatar />).
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;
function Avatar() { return h('img', { src: '/a.png' }); }
function Card() { return h('div', null, Avatar); }
console.log(renderToString(h(Card)));
console.log(renderToString(h('section', null, () => 'lazy text')));
