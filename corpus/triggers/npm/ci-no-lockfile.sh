# hubls-run: sh {file}
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0","dependencies":{"ms":"^2.1.3"}}\n' > package.json
npm ci 2>&1
npm clean-install 2>&1
