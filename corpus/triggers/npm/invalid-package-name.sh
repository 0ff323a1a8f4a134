# hubls-run: sh {file}
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0"}\n' > package.json
npm install "My Package" 2>&1
npm install "date fns@latest" 2>&1
