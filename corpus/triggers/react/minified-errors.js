// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_ENV=production NODE_PATH=$d/node_modules node {file}; done
// Needs react, react-dom and jsdom (installed under /tmp/hubls-react-N by the run line).
// Production builds replace error texts by numbers: the same mistakes as the other triggers, minified.
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><div id="root"></div>');
global.window = dom.window; global.document = dom.window.document; global.navigator = dom.window.navigator;
const React = require('react');
const h = React.createElement;
const { createRoot } = require('react-dom/client');
const { flushSync } = require('react-dom');

function Counter() { const [c, setC] = React.useState(0); return h('button', { onClick: setC(c + 1) }, c); }
function Profile({ loggedIn }) { const [n] = React.useState(1); if (loggedIn) React.useState(2); return h('p', null, n); }
function Panel({ loading }) { const [o] = React.useState(1); if (loading) return null; React.useState(2); return h('p', null, o); }
class Clock extends React.Component {
  state = { ticks: 0 };
  componentDidMount() { this.setState({ ticks: 1 }); }
  componentDidUpdate() { this.setState({ ticks: this.state.ticks + 1 }); }
  render() { return h('p', null, this.state.ticks); }
}
function Broken() { return h('div', null, { id: 1, name: 'Ada' }); }

function mount(first, second) {
  const root = createRoot(document.createElement('div'), { onUncaughtError: (e) => console.error(String(e)) });
  try {
    flushSync(() => root.render(first));
    if (second) flushSync(() => root.render(second));
  } catch (e) { console.error(String(e)); }
}
mount(h(Counter));
mount(h(Broken));
mount(h(undefined));
mount(h(Profile, { loggedIn: false }), h(Profile, { loggedIn: true }));
mount(h(Panel, { loading: false }), h(Panel, { loading: true }));
mount(h(Clock));
try { React.useState(0); } catch (e) { console.error(String(e)); }
