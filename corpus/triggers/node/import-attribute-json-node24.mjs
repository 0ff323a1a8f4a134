// Version variant: reruns import-attribute-json.mjs with Node 24 (install with setup.sh).
// hubls-run: printf '{"port": 3000}\n' > config.json && /opt/hubls-tools/node24/node_modules/.bin/node import-attribute-json.mjs; printf '{"name":"x"}' > package.json && printf 'import pkg from "./package.json";\n' > m.mjs && /opt/hubls-tools/node24/node_modules/.bin/node m.mjs
// hubls-include: import-attribute-json.mjs
