// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-express4 express@4 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-express4/node_modules node {file}; NODE_PATH=/tmp/hubls-express4/node_modules node {file} app
// Needs express 4 from npm. A routes module that forgot module.exports = router exports {}.
const express = require("express");
const app = express();
const usersRoutes = {}; // what require("./routes/users") returns without module.exports
if (process.argv[2] === "app") app.use(undefined);
else app.use("/users", usersRoutes);
