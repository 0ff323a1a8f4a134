// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm. Requests for routes that are not registered (wrong path, method or prefix).
const express = require("express");
const app = express();
const api = express.Router();
api.get("/users", (req, res) => res.json([]));
app.use("/api", api);
app.get("/login", (req, res) => res.send("form"));
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(await fetch(base + "/users").then((r) => r.text()));
  console.log(await fetch(base + "/login", { method: "POST" }).then((r) => r.text()));
  server.close();
});
