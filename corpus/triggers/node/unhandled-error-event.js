// hubls-run: node {file} 1; node {file} 2
// An EventEmitter emits 'error' with a non-Error value and no 'error' listener is attached.
const { EventEmitter } = require("events");
const queue = new EventEmitter();
if (process.argv[2] === "1") queue.emit("error", "timeout");
else queue.emit("error", { code: 42, reason: "connection lost" });
