// hubls-run: mkdir -p node_modules/date-kit/lib node_modules/date-kit/internal && printf '{"name":"date-kit","version":"3.0.0","exports":{".":"./index.js","./format":"./lib/format.js"}}' > node_modules/date-kit/package.json && echo 'module.exports = {};' > node_modules/date-kit/index.js && echo 'module.exports = {};' > node_modules/date-kit/lib/format.js && echo 'module.exports = {};' > node_modules/date-kit/internal/parse.js && node {file} 1; node {file} 2
// The package lists its public entry points in "exports"; deep imports of other files are blocked.
if (process.argv[2] === "1") require("date-kit/lib/format");
else require("date-kit/internal/parse.js");
