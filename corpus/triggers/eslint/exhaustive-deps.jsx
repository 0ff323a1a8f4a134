// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
import { useState, useEffect, useCallback, useMemo } from "react";

const API = "/api";

export function Orders({ userId, status, filters }) {
  const [orders, setOrders] = useState([]);
  useEffect(() => {
    fetch(`${API}/users/${userId}/orders?status=${status}`).then((r) => r.json()).then(setOrders);
  }, []);
  const reload = useCallback(() => {
    fetch(`${API}/users/${userId}/orders`).then((r) => r.json()).then(setOrders);
  }, [userId, API]);
  const visible = useMemo(() => orders.filter((o) => o.status === status), [orders]);
  useEffect(() => {
    console.log(filters.page);
  }, [filters.page.toString()]);
  const options = { userId };
  useEffect(() => {
    console.log(options.userId);
  }, [options]);
  return <ul onClick={reload}>{visible.map((o) => <li key={o.id}>{o.id}</li>)}</ul>;
}
