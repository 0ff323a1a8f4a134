# hubls-run: sh {file}
# Peer dependency conflicts (queries the npm registry for metadata; nothing is installed).
export npm_config_update_notifier=false
mkdir -p fresh && cd fresh && printf '{"name":"shop-ui","version":"1.0.0"}\n' > package.json
npm install --no-audit --no-fund react@17 react-dom@18.3.1 2>&1 | head -20
cd .. && mkdir -p other && cd other && printf '{"name":"admin-ui","version":"1.0.0"}\n' > package.json
npm install --no-audit --no-fund react@16 react-redux@9.1.2 2>&1 | head -20
