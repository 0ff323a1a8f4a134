// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}; NODE_ENV=production NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm. express.json() accepts 100kb by default; the client sends more.
const express = require("express");
const app = express();
app.use(express.json());
app.post("/import", (req, res) => res.json({ rows: req.body.rows.length }));
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const rows = Array.from({ length: 5000 }, (_, i) => ({ id: i, name: "row " + i }));
  const res = await fetch(base + "/import", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rows }) });
  console.log(res.status, await res.text());
  server.close();
});
