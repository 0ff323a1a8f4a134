# hubls-run: sh {file}
# package.json with a trailing comma, then one with a missing comma (hand edits, merge conflicts).
export npm_config_update_notifier=false
printf '{\n  "name": "app",\n  "version": "1.0.0",\n  "scripts": { "start": "node index.js" },\n}\n' > package.json
npm install 2>&1
printf '{\n  "name": "app"\n  "version": "1.0.0"\n}\n' > package.json
npm run start 2>&1
