// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm. res.status() receives a value that is not a valid HTTP status code.
const express = require("express");
const app = express();
app.get("/a", (req, res) => res.status("not found").send("x"));
app.get("/b", (req, res) => {
  const err = { message: "db down" };
  res.status(err.status).json({ error: err.message });
});
app.use((err, req, res, next) => { console.error(String(err)); res.end(); });
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await fetch(base + "/a").then((r) => r.text()).catch(() => {});
  await fetch(base + "/b").then((r) => r.text()).catch(() => {});
  server.close();
});
