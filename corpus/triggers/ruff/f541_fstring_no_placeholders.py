# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F541 {file}
# hubls-tool: ruff
name = "world"
print(f"hello name")
print(f"done: {name}" + f" (ok)")
