// hubls-run: node {file} 1; node {file} 2
const fs = require("fs");
fs.mkdirSync("uploads", { recursive: true });
fs.writeFileSync("report.csv", "a,b\n");
if (process.argv[2] === "1") fs.mkdirSync("uploads");
else fs.writeFileSync("report.csv", "x", { flag: "wx" });
