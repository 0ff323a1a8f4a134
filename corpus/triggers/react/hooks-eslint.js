// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/eslint-plugin-react-hooks || npm i -q --prefix $d eslint@8 eslint-plugin-react-hooks@4 >/dev/null 2>&1; $d/node_modules/.bin/eslint --no-eslintrc --resolve-plugins-relative-to $d --parser-options ecmaVersion:2022 --parser-options sourceType:module --plugin react-hooks --rule 'react-hooks/exhaustive-deps: warn' --rule 'react-hooks/rules-of-hooks: error' {file}
// Needs eslint 8 and eslint-plugin-react-hooks 4 (installed under /tmp/hubls-react-18 by the run line).
import { useCallback, useEffect, useMemo, useState } from 'react';

export function Profile({ userId, loggedIn }) {
  const [user, setUser] = useState(null);
  useEffect(() => {
    fetch(`/api/users/${userId}`).then((r) => r.json()).then(setUser);
  }, []); // missing userId
  if (loggedIn) {
    const [theme] = useState('dark'); // hook behind a condition
  }
  return user;
}

export function Search({ query, items }) {
  const results = useMemo(() => items.filter((i) => i.includes(query)), [items]); // missing query
  const onPick = useCallback(() => console.log(query, items.length), []); // missing both
  if (!items.length) return null;
  useEffect(() => {}); // after an early return
  return [results, onPick];
}

function helper() {
  const [value] = useState(0); // not a component, not a hook
  return value;
}
