# hubls-run: python3 -m venv --without-pip .venv; .venv/bin/python -m pip install requests; .venv/bin/python3 -m pip --version
