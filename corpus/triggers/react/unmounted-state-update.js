// hubls-run: d=/tmp/hubls-react-17; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@17 react-dom@17 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-dom 17 (React 18 removed this warning) and jsdom, installed under /tmp/hubls-react-17.
// A component sets state after a timer / a promise, but it has been unmounted in the meantime.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><div id="a"></div><div id="b"></div>');
global.window = dom.window; global.document = dom.window.document; global.navigator = dom.window.navigator;
const React = require('react');
const ReactDOM = require('react-dom');
const h = React.createElement;
function Profile() {
  const [user, setUser] = React.useState(null);
  React.useEffect(() => { setTimeout(() => setUser({ name: 'Ada' }), 10); }, []);
  return h('p', null, user ? user.name : '…');
}
class Feed extends React.Component {
  state = { items: [] };
  componentDidMount() { setTimeout(() => this.setState({ items: [1] }), 10); }
  render() { return h('ul', null, this.state.items.length); }
}
const a = document.getElementById('a'); const b = document.getElementById('b');
ReactDOM.render(h(Profile), a); ReactDOM.render(h(Feed), b);
ReactDOM.unmountComponentAtNode(a); ReactDOM.unmountComponentAtNode(b);
setTimeout(() => process.exit(0), 100);
