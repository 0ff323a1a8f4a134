# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F601,F602 {file}
# hubls-tool: ruff
SETTINGS = {
    "timeout": 30,
    "retries": 3,
    "timeout": 60,
}
PORTS = {80: "http", 443: "https", 80: "alt"}
key = "name"
ROW = {key: "a", "id": 1, key: "b"}
