# hubls-run: sh {file}
# Nothing listens on port 5499, and /tmp/hubls-nopg has no server socket.
psql -X -h 127.0.0.1 -p 5499 -U postgres -c "SELECT 1"
psql -X -h /tmp/hubls-nopg -U app -d shop -c "SELECT 1"
psql -X "postgresql://app@localhost:5498/shop" -c "SELECT 1"
