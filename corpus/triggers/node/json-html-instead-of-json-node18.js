// Version variant: reruns json-html-instead-of-json.js with Node 18 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node18/node_modules/.bin/node json-html-instead-of-json.js 1; /opt/hubls-tools/node18/node_modules/.bin/node json-html-instead-of-json.js 2
// hubls-include: json-html-instead-of-json.js
