// hubls-run: node {file}
// A listener is added on every call (here: per "request") and never removed.
const { EventEmitter } = require("events");
const bus = new EventEmitter();
for (let i = 0; i < 11; i++) bus.on("message", () => {});
class RedisClient extends EventEmitter {}
const socket = new RedisClient();
for (let i = 0; i < 12; i++) socket.on("error", () => {});
