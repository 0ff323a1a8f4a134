// hubls-run: node {file} hangup; node {file} reset
// The server closes the connection without answering (crash, timeout, proxy); the client request fails.
const http = require("http");
const mode = process.argv[2];
const server = http.createServer((req, res) => {
  if (mode === "hangup") req.socket.destroy();
  else req.socket.resetAndDestroy();
});
server.listen(0, () => {
  const { port } = server.address();
  http.get(`http://127.0.0.1:${port}/orders`, () => {}).on("close", () => server.close());
});
