# hubls-run: sh {file}
# Package names that do not exist on the registry (a typo, or a private package without registry config).
export npm_config_update_notifier=false
printf '{"name":"app","version":"1.0.0"}\n' > package.json
npm install --no-audit --no-fund hubls-no-such-package-4821 2>&1
npm install --no-audit --no-fund @hubls-nonexistent-scope/utils 2>&1
