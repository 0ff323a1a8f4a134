// Version variant: reruns import-outside-module.js with Node 24 (install with setup.sh).
// hubls-run: printf '{"type": "commonjs"}\n' > package.json && /opt/hubls-tools/node24/node_modules/.bin/node import-outside-module.js; printf 'import path from "node:path";\n' > tool.js && /opt/hubls-tools/node24/node_modules/.bin/node --no-experimental-detect-module tool.js
// hubls-include: import-outside-module.js
