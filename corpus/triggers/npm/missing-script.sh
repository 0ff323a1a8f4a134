# hubls-run: sh {file}
export npm_config_update_notifier=false
printf '{"name":"api","version":"1.0.0","scripts":{"start":"node server.js"}}\n' > package.json
npm run build 2>&1
npm run dev 2>&1
