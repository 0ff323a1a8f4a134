// hubls-run: mkdir -p node_modules/esm-only-lib node_modules/@acme/icons && printf '{"name":"esm-only-lib","version":"4.0.0","exports":{"import":"./index.mjs"}}' > node_modules/esm-only-lib/package.json && echo 'export default 1;' > node_modules/esm-only-lib/index.mjs && printf '{"name":"@acme/icons","version":"1.0.0","exports":{"./*":"./dist/*.js"}}' > node_modules/@acme/icons/package.json && node {file} 1; node {file} 2
// The package's "exports" has no entry for require() of its root (ESM-only "import" condition, or subpaths only).
if (process.argv[2] === "1") require("esm-only-lib");
else require("@acme/icons");
