// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
import { useState, useEffect, useContext } from "react";
import { ThemeContext } from "./theme.js";

export function Profile({ user }) {
  if (!user) {
    return null;
  }
  const [open, setOpen] = useState(false);
  return <div onClick={() => setOpen(!open)}>{user.name}</div>;
}

export function Banner({ show }) {
  if (show) {
    const theme = useContext(ThemeContext);
    return <p className={theme}>hi</p>;
  }
  return null;
}

export function List({ ids }) {
  for (const id of ids) {
    useEffect(() => { console.log(id); }, [id]);
  }
  return null;
}

export function loadUser(id) {
  const [user, setUser] = useState(null);
  useEffect(() => { fetch(`/users/${id}`).then((r) => r.json()).then(setUser); }, [id]);
  return user;
}

const [globalCount] = useState(0);
export { globalCount };

export function Toolbar() {
  const onSave = () => {
    const [saving] = useState(false);
    return saving;
  };
  return <button onClick={onSave}>Save</button>;
}

export class Legacy {
  render() {
    const theme = useContext(ThemeContext);
    return <p>{theme}</p>;
  }
}

export function Steps({ count }) {
  let i = 0;
  while (i < count) {
    const [done] = useState(false);
    i += done ? 2 : 1;
  }
  return null;
}
