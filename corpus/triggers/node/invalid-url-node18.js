// Version variant: reruns invalid-url.js with Node 18 (install with setup.sh).
// hubls-run: /opt/hubls-tools/node18/node_modules/.bin/node invalid-url.js 1; /opt/hubls-tools/node18/node_modules/.bin/node invalid-url.js 2
// hubls-include: invalid-url.js
