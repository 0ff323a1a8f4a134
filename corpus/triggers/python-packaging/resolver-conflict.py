# Needs PyPI. Installs into a fresh venv, then downgrades a dependency below what an installed package requires.
# hubls-run: python3 -m venv .venv && .venv/bin/pip install -q --disable-pip-version-check requests==2.31.0 && .venv/bin/pip install -q --disable-pip-version-check urllib3==1.20 charset-normalizer==1.4.1
