# hubls-run: sh {file}
# package.json gained dependencies after package-lock.json was written (the lockfile was not committed).
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0","dependencies":{"ms":"2.1.3"}}\n' > package.json
npm install --package-lock-only --no-audit --no-fund >/dev/null 2>&1
printf '{"name":"app","version":"1.0.0","dependencies":{"ms":"2.1.3","left-pad":"1.3.0","once":"1.4.0"}}\n' > package.json
npm ci --no-audit --no-fund 2>&1
