# hubls-run: sh {file}
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0"}\n' > package.json
npm install --no-audit --no-fund express@99 2>&1
npm install --no-audit --no-fund lodash@^5.0.0 2>&1
