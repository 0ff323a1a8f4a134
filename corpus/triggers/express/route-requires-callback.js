// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}; NODE_PATH=/tmp/hubls-express4/node_modules node {file} post
// Needs express 4 from npm. The handler passed to app.get/post is undefined or an object (wrong import).
const express = require("express");
const app = express();
const controllers = { listUsers: (req, res) => res.json([]) };
if (process.argv[2] === "post") app.post("/users", controllers);
else app.get("/users", controllers.getUsers);
