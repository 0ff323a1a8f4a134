// hubls-run: node {file} 38011; node {file} 38012 127.0.0.1
// A second server listens on a port the first one already holds.
const http = require("http");
const port = Number(process.argv[2]);
const host = process.argv[3];
const first = http.createServer().listen(port, host, () => {
  http.createServer().listen(port, host);
});
