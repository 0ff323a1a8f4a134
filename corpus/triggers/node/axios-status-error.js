// hubls-run: npm install --silent --no-audit --no-fund --prefix /tmp/hubls-axios axios@1 >/dev/null 2>&1; NODE_PATH=/tmp/hubls-axios/node_modules node {file} 404; NODE_PATH=/tmp/hubls-axios/node_modules node {file} 503
// Needs axios from npm (installed into /tmp/hubls-axios). axios rejects for every status outside 2xx.
const axios = require("axios");
const http = require("http");
const status = Number(process.argv[2]);
const server = http.createServer((req, res) => { res.statusCode = status; res.end("{}"); });
server.listen(0, "127.0.0.1", async () => {
  try {
    await axios.get(`http://127.0.0.1:${server.address().port}/api/users/42`);
  } finally {
    server.close();
  }
});
