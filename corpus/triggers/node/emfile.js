// hubls-run: sh -c 'ulimit -n 64; node {file} data.txt; node {file} /tmp/hubls-trigger/events.log'
// Opens files without closing them (or too many at once), until the per-process limit is reached.
const fs = require("fs");
const file = process.argv[2];
fs.writeFileSync(file, "x");
const handles = [];
for (let i = 0; i < 100; i++) handles.push(fs.openSync(file, "r"));
