# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=attribute-defined-outside-init {file}
# hubls-tool: pylint


class Connection:
    def __init__(self, url):
        self.url = url

    def open(self):
        self.socket = object()
        self.connected = True
