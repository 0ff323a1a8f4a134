// hubls-run: node {file} 1; node {file} 2
const fs = require("fs");
fs.mkdirSync("config", { recursive: true });
fs.mkdirSync("logs", { recursive: true });
if (process.argv[2] === "1") fs.readFileSync("config", "utf8");
else fs.writeFileSync("logs", "started\n");
