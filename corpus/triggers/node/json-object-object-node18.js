// Version variant: reruns json-object-object.js with Node 18 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node18/node_modules/.bin/node json-object-object.js; echo 'const res = { data: { id: 1 } }; JSON.parse(res.data)' | /opt/hubls-tools/node18/node_modules/.bin/node -i 2>&1
// hubls-include: json-object-object.js
