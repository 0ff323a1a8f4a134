// hubls-run: for v in 18 19; do d=/tmp/hubls-react-$v; test -d $d/node_modules/react-dom || npm i -q --prefix $d react@$v react-dom@$v react-test-renderer@$v jsdom@24 >/dev/null 2>&1; NODE_PATH=$d/node_modules node {file}; done
// Needs react (installed under /tmp/hubls-react-N by the run line). Hooks called outside the body of a function component.
const React = require('react');
function loadUser() {
  const [user] = React.useState(null); // a plain function, not a component
  return user;
}
try { loadUser(); } catch (e) { console.error(String(e)); }
try { React.useEffect(() => {}, []); } catch (e) { console.error(String(e)); }
