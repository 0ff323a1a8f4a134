# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
count = 3
print("total: " + count)
print([1, 2] - [2])
