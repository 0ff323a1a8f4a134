// Version variant: reruns unhandled-rejection.js with Node 14 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node14/node_modules/.bin/node unhandled-rejection.js 1; /opt/hubls-tools/node14/node_modules/.bin/node unhandled-rejection.js 2
// hubls-include: unhandled-rejection.js
