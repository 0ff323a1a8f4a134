// hubls-run: printf '{"type": "module"}\n' > package.json && node {file} 1; node {file} 2
// package.json has "type": "module", so this .js file is an ES module: no require, module or exports.
const variant = process.argv[2];
if (variant === "1") {
  const fs = require("fs");
} else {
  module.exports = { port: 3000 };
}
