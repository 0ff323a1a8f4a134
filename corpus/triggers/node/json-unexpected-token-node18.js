// Version variant: reruns json-unexpected-token.js with Node 18 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node18/node_modules/.bin/node json-unexpected-token.js 1; /opt/hubls-tools/node18/node_modules/.bin/node json-unexpected-token.js 2
// hubls-include: json-unexpected-token.js
