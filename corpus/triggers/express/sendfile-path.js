// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm. res.sendFile() needs an absolute path (or the root option), and a path at all.
const express = require("express");
const app = express();
app.get("/", (req, res) => res.sendFile("public/index.html"));
app.get("/download", (req, res) => res.sendFile(req.query.file));
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await fetch(base + "/").then((r) => r.text());
  await fetch(base + "/download").then((r) => r.text());
  server.close();
});
