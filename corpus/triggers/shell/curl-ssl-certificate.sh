# hubls-run: sh {file}
# A local HTTPS server on 127.0.0.1 with a self-signed certificate, and one whose certificate is for another name.
openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj "/CN=localhost" 2>/dev/null
openssl s_server -accept 127.0.0.1:8443 -cert cert.pem -key key.pem -www -quiet >/dev/null 2>&1 &
SERVER=$!
sleep 1
curl -sS https://localhost:8443/
curl -sS --cacert cert.pem https://127.0.0.1:8443/
kill $SERVER
