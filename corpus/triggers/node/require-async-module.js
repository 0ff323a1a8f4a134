// hubls-run: printf "const cfg = await Promise.resolve({ port: 1 });\nexport default cfg;\n" > config.mjs && node {file}; echo "require(\"./config.mjs\")" | node -i 2>&1
const config = require("./config.mjs");
console.log(config);
