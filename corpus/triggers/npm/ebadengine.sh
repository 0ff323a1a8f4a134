# hubls-run: sh {file}
# A dependency (here a local one) declares engines.node that the running Node does not satisfy.
export npm_config_update_notifier=false
mkdir -p modern-lib && printf '{"name":"modern-lib","version":"2.0.0","engines":{"node":">=22"}}\n' > modern-lib/package.json
printf '{"name":"app","version":"1.0.0","dependencies":{"modern-lib":"file:./modern-lib"}}\n' > package.json
npm install --no-audit --no-fund --install-links 2>&1
rm -rf node_modules package-lock.json
npm install --no-audit --no-fund --install-links --engine-strict 2>&1
