// hubls-run: node {file} db.internal.invalid; node {file} redis-cache.invalid
const dns = require("dns");
const net = require("net");
net.connect(5432, process.argv[2]);
