// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm (installed into /tmp/hubls-express4 by the command above).
// A handler sends a response and then keeps going: a second send, or a header set after the body.
const express = require("express");
const http = require("http");
const app = express();
app.get("/users/:id", (req, res) => {
  if (req.params.id === "0") res.status(404).json({ error: "not found" });
  res.json({ id: req.params.id });
});
app.get("/report", (req, res) => {
  res.send("done");
  res.writeHead(200, { "Content-Type": "text/plain" });
});
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await fetch(base + "/users/0").then((r) => r.text());
  await fetch(base + "/report").then((r) => r.text()).catch(() => {});
  server.close();
});
