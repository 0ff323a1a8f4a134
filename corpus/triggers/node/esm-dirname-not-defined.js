// hubls-run: printf '{"type": "module"}\n' > package.json && node {file} 1; node {file} 2
// package.json has "type": "module", so this .js file is an ES module: no __dirname or __filename.
import path from "node:path";
const variant = process.argv[2];
if (variant === "1") console.log(path.join(__dirname, "public"));
else console.log(path.basename(__filename));
