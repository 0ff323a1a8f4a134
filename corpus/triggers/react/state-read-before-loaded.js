// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-dom (installed under /tmp/hubls-react-N by the run line).
// A list component renders before its data has arrived: the prop is undefined, then null.
const React = require('react');
const { renderToString } = require('react-dom/server');
const h = React.createElement;

function ProductList({ products }) {
  return h('ul', null, products.map((p) => h('li', { key: p.id }, p.name)));
}

function Orders() {
  const [orders] = React.useState(null); // filled by a fetch that has not finished yet
  return h('ol', null, orders.map((o) => h('li', { key: o.id }, o.total)));
}

try { renderToString(h(ProductList, {})); } catch (e) { console.error(String(e)); }
try { renderToString(h(Orders)); } catch (e) { console.error(String(e)); }
