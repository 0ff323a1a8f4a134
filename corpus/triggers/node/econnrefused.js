// hubls-run: node {file} 27017; node {file} 6379
// Nothing listens on the port (database or cache not started, wrong host in Docker).
const net = require("net");
const socket = net.connect(Number(process.argv[2]), "127.0.0.1");
socket.on("connect", () => socket.end());
