// hubls-run: printf '{"port": 3000}\n' > config.json && node {file}; printf '{"name":"x"}' > package.json && printf 'import pkg from "./package.json";\n' > m.mjs && node m.mjs
import config from "./config.json";
console.log(config.port);
