# hubls-run: sh {file}
# npm run in a directory without package.json (the wrong directory, or a monorepo root without one).
export npm_config_update_notifier=false
npm start 2>&1
mkdir -p frontend && cd frontend && npm run dev 2>&1
