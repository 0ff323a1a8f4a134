// hubls-run: node {file}; echo 'require("crypto").createHash("md4")' | node -i 2>&1
// Webpack 4 and other old tooling hash with md4, which OpenSSL 3 (Node 17+) disables.
const crypto = require("crypto");
crypto.createHash("md4").update("x").digest("hex");
