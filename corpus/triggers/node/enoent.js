// hubls-run: node {file} 1; node {file} 2
const fs = require("fs");
const variant = process.argv[2];
if (variant === "1") fs.readFileSync("config/settings.json", "utf8");
else fs.readdirSync("/tmp/hubls-trigger/uploads");
