// hubls-run: node {file} 1; node {file} 2
const http = require("http");
const res = new http.ServerResponse(new http.IncomingMessage());
if (process.argv[2] === "1") res.setHeader("X-Request-Id", undefined);
else res.setHeader("Authorization", "Bearer abc123\n");
