// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@18 react-dom@18 react-test-renderer@18 jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}
// Needs react and react-test-renderer (installed under /tmp/hubls-react-N by the run line). setState in componentDidUpdate / in an effect without deps.
const React = require('react');
const TestRenderer = require('react-test-renderer');
const h = React.createElement;
class Clock extends React.Component {
  state = { ticks: 0 };
  componentDidMount() { this.setState({ ticks: 1 }); }
  componentDidUpdate() { this.setState({ ticks: this.state.ticks + 1 }); }
  render() { return h('p', null, this.state.ticks); }
}
try { TestRenderer.act(() => { TestRenderer.create(h(Clock)); }); } catch (e) { console.error(String(e)); }
function Filter({ items }) {
  const [list, setList] = React.useState([]);
  React.useEffect(() => {
    if (++renders < 60) setList(items.filter(Boolean)); // no dependency array; stops after 60 for the demo
  });
  return h('p', null, list.length);
}
let renders = 0;
try { TestRenderer.act(() => { TestRenderer.create(h(Filter, { items: [1, 2] })); }); } catch (e) { console.error(String(e)); }
