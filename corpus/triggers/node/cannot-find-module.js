// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") require("dotenv");
else require("./lib/db");
