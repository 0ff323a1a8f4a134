# hubls-run: /usr/bin/python3 -m venv --without-pip venv && lib=$(ls -d venv/lib/python3.*)/site-packages/acme_sdk && mkdir "$lib" && touch "$lib/py.typed" && printf 'class Session: ...\nclass RetryPolicy: ...\n' > "$lib/_session.py" && printf 'from ._session import Session, RetryPolicy\n' > "$lib/__init__.py" && /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath venv/bin/python {file}
# hubls-tool: pyright
# acme_sdk is a "py.typed" library whose __init__.py imports Session and RetryPolicy without re-exporting them.
from acme_sdk import Session
from acme_sdk import RetryPolicy
