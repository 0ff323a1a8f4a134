# hubls-run: sh {file}
# node_modules does not match package.json: a dependency is missing, another has the wrong version.
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0","dependencies":{"left-pad":"^1.3.0","ms":"^2.1.3"}}\n' > package.json
mkdir -p node_modules/ms && printf '{"name":"ms","version":"2.0.0"}\n' > node_modules/ms/package.json
npm ls 2>&1
