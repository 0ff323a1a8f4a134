// Version variant: reruns max-listeners.js with Node 18 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node18/node_modules/.bin/node max-listeners.js
// hubls-include: max-listeners.js
