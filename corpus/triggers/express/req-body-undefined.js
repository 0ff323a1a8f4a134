// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm. No body parser (express.json()) is registered, so req.body is undefined.
const express = require("express");
const app = express();
app.post("/login", (req, res) => {
  const { email, password } = req.body;
  res.json({ email });
});
app.post("/users", (req, res) => {
  const { name } = req.body;
  res.json({ name });
});
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const opts = { method: "POST", headers: { "content-type": "application/json" }, body: '{"email":"a@b.c","name":"ada"}' };
  await fetch(base + "/login", opts).then((r) => r.text());
  await fetch(base + "/users", opts).then((r) => r.text());
  server.close();
});
