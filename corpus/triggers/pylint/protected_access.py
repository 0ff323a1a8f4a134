# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=protected-access {file}
# hubls-tool: pylint


class Cache:
    def __init__(self):
        self._store = {}

    def _evict(self):
        self._store.clear()


cache = Cache()
cache._store["a"] = 1
cache._evict()
