# hubls-run: python3 -m venv .venv && .venv/bin/python -m pip install --user --disable-pip-version-check six
