# hubls-run: sh {file}
# "overrides" pins a package that is also a direct dependency with a different spec (resolves metadata only).
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0","dependencies":{"ms":"^2.1.3"},"overrides":{"ms":"2.1.2"}}\n' > package.json
npm install --package-lock-only --no-audit --no-fund 2>&1
mkdir -p web && cd web
printf '{"name":"web","version":"1.0.0","dependencies":{"once":"1.4.0"},"overrides":{"once":"~1.3.0"}}\n' > package.json
npm install --package-lock-only --no-audit --no-fund 2>&1
