# hubls-run: sh {file}
# A local static server on 127.0.0.1 only; curl -f turns HTTP errors into exit codes.
mkdir -p www && echo ok > www/index.html && chmod 000 www/index.html
python3 -m http.server 8765 --bind 127.0.0.1 --directory www >/dev/null 2>&1 &
SERVER=$!
sleep 1
curl -fsS http://127.0.0.1:8765/missing.json
curl -fsS -X POST http://127.0.0.1:8765/index.html
kill $SERVER
