// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express5 express@5 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express5/node_modules node {file} star; NODE_PATH=/tmp/hubls-express5/node_modules node {file} optional
// Needs express 5 from npm. Express 5 uses path-to-regexp 8: no bare "*" and no ":param?" syntax.
const express = require("express");
const app = express();
if (process.argv[2] === "star") app.get("*", (req, res) => res.send("spa"));
else app.get("/users/:id?", (req, res) => res.send("user"));
