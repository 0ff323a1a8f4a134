# hubls-run: sh {file}
# A dependency (a local one here) declares "os"/"cpu" that do not include this machine.
export npm_config_update_notifier=false
mkdir -p mac-only win-only
printf '{"name":"mac-only","version":"1.0.0","os":["darwin"]}\n' > mac-only/package.json
printf '{"name":"win-only","version":"2.1.0","os":["win32"],"cpu":["x64"]}\n' > win-only/package.json
printf '{"name":"app","version":"1.0.0","dependencies":{"mac-only":"file:./mac-only"}}\n' > package.json
npm install --no-audit --no-fund --install-links 2>&1
printf '{"name":"app","version":"1.0.0","dependencies":{"win-only":"file:./win-only"}}\n' > package.json
rm -rf node_modules package-lock.json
npm install --no-audit --no-fund --install-links 2>&1
