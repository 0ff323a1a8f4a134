# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select B007 {file}
# hubls-tool: ruff


def count(rows):
    total = 0
    for i in range(10):
        total += 1
    for key, value in rows.items():
        print(key)
    return total
