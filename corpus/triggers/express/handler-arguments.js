// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 from npm. Handlers whose parameters are in the wrong order or missing.
const express = require("express");
const app = express();
// (res, req) instead of (req, res)
app.get("/health", (res, req) => res.status(200).json({ ok: true }));
// an "error handler" with three parameters is an ordinary middleware: it runs for normal requests
// (here /other) with req in "err", res in "req" and next in "res", and never receives errors
app.get("/fail", (req, res, next) => next(new Error("boom")));
app.use((err, req, res) => res.send(`error: ${err.message}`));
app.use((err, req, res, next) => { console.error(String(err)); res.status(500).end(); });
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const p of ["/health", "/fail", "/other"]) await fetch(base + p).then((r) => r.text()).catch(() => {});
  server.close();
});
