// hubls-run: node {file}; echo 'JSON.parse("")' | node -i 2>&1
// An empty response body or an empty file passed to JSON.parse.
JSON.parse("");
