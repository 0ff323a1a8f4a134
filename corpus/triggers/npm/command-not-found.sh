# hubls-run: sh {file}
# The script calls a CLI from a devDependency that is not installed (npm install not run, or --omit=dev).
export npm_config_update_notifier=false
printf '{"name":"web","version":"1.0.0","scripts":{"test":"jest --coverage","dev":"vite"},"devDependencies":{"jest":"^29.0.0","vite":"^5.0.0"}}\n' > package.json
npm test 2>&1
npm run dev 2>&1
