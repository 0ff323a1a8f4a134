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
  const format = (o) => `${o.id} (${status})`;
  const labels = useMemo(() => orders.map(format), [orders, format]);
  return <ul onClick={reload} title={labels.join()}>{visible.map((o) => <li key={o.id}>{o.id}</li>)}</ul>;
}

const CURRENCY = "EUR";

export function Price({ amount, locale, items }) {
  const text = useMemo(() => `${amount} ${CURRENCY}`, [amount, CURRENCY, locale.current]);
  const count = useMemo(() => items.filter(Boolean).length, [items.filter(Boolean).length]);
  return <span>{text}{count}</span>;
}
