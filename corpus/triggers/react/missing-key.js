// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line). Children of a list rendered without a key prop.
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;
function TodoList({ todos }) { return h('ul', null, todos.map((t) => h('li', null, t))); }
function Menu({ items }) { return h('nav', null, items.map((i) => h('a', { href: i }, i))); }
renderToString(h(TodoList, { todos: ['a', 'b'] }));
renderToString(h(Menu, { items: ['/x', '/y'] }));
