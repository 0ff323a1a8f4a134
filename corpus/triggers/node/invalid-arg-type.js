// hubls-run: node {file} 1; node {file} 2
const fs = require("fs");
const path = require("path");
const variant = process.argv[2];
if (variant === "1") path.join(__dirname, process.env.UPLOAD_DIR_THAT_IS_NOT_SET);
else fs.readFileSync(undefined);
