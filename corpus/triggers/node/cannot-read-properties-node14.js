// Version variant: reruns cannot-read-properties-of-undefined.js with Node 14 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node14/node_modules/.bin/node cannot-read-properties-of-undefined.js 1; /opt/hubls-tools/node14/node_modules/.bin/node cannot-read-properties-of-undefined.js 2
// hubls-include: cannot-read-properties-of-undefined.js
