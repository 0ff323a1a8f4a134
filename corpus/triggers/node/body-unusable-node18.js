// Version variant: reruns body-unusable.js with Node 18 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node18/node_modules/.bin/node body-unusable.js
// hubls-include: body-unusable.js
