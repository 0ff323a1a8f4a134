// hubls-run: openssl req -x509 -newkey rsa:2048 -nodes -keyout self.key -out self.crt -days 2 -subj /CN=localhost >/dev/null 2>&1 && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 2 -subj /CN=Corp-Root-CA >/dev/null 2>&1 && openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj /CN=localhost >/dev/null 2>&1 && openssl x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leaf.crt -days 2 >/dev/null 2>&1 && cat leaf.crt ca.crt > chain.crt && node {file} self; node {file} chain; node {file} leaf
// HTTPS servers whose certificate Node does not trust: self-signed, signed by a private CA sent in the
// chain (a corporate proxy), and a leaf whose intermediate/CA is missing.
const https = require("https");
const fs = require("fs");
const mode = process.argv[2];
const files = { self: ["self.key", "self.crt"], chain: ["leaf.key", "chain.crt"], leaf: ["leaf.key", "leaf.crt"] }[mode];
const server = https.createServer({ key: fs.readFileSync(files[0]), cert: fs.readFileSync(files[1]) }, (req, res) => res.end("ok"));
server.listen(0, "127.0.0.1", () => {
  // no 'error' listener: the TLS failure is thrown and printed by Node
  https.get({ host: "127.0.0.1", servername: "localhost", port: server.address().port, path: "/" }, (res) => res.resume());
});
