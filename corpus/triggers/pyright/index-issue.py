# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
class Response:
    status = 200


resp = Response()
print(resp["status"])
total = 5
print(total[0])
