# hubls-run: sh {file}
# Nothing listens on these local ports.
curl -sS http://127.0.0.1:9/health
curl -sS http://localhost:8089/api/users
