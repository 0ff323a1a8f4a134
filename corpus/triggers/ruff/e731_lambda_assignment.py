# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select E731 {file}
# hubls-tool: ruff
square = lambda x: x * x
by_name = lambda user: user["name"]
print(square(2), sorted([], key=by_name))
