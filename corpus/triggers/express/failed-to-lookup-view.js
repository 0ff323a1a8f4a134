// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 ejs@3 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}
// Needs express 4 and ejs from npm. res.render() names a template that is not in the views directory.
const express = require("express");
const path = require("path");
const fs = require("fs");
fs.mkdirSync(path.join(__dirname, "views"), { recursive: true });
fs.writeFileSync(path.join(__dirname, "views", "home.ejs"), "<h1>home</h1>");
const app = express();
app.set("view engine", "ejs");
app.get("/", (req, res) => res.render("index"));
app.get("/profile", (req, res) => res.render("users/profile"));
const server = app.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await fetch(base + "/").then((r) => r.text());
  await fetch(base + "/profile").then((r) => r.text());
  server.close();
});
