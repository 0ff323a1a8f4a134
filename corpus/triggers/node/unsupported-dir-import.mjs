// hubls-run: mkdir -p lib && printf 'export const a = 1;\n' > lib/index.js && printf '{"type":"module"}' > package.json && node {file}; mkdir -p routes && printf 'export default 1;\n' > routes/index.js && printf 'import r from "./routes";\n' > app.mjs && node app.mjs
import { a } from "./lib";
console.log(a);
