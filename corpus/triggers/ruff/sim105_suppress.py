# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select SIM105 {file}
# hubls-tool: ruff
import os


def cleanup(path, lock):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
    try:
        lock.release()
    except (RuntimeError, ValueError):
        pass
