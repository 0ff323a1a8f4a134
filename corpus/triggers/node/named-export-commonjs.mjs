// hubls-run: mkdir -p node_modules/legacy-lib && printf 'module.exports = function () {};\nmodule.exports.parse = () => 1;\n' > node_modules/legacy-lib/index.js && printf '{"name":"legacy-lib","main":"index.js"}' > node_modules/legacy-lib/package.json && printf 'const x = {};\nObject.defineProperty(x, "render", { get() { return 1; } });\nmodule.exports = x;\n' > view.cjs && node {file}; printf 'import { render } from "./view.cjs";\n' > m.mjs && node m.mjs
import { format } from "legacy-lib";
format();
