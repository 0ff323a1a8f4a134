# The packages are installed with `pip` (the global pyenv interpreter), then imported by a virtualenv's python.
# Needs PyPI: six and tomli-w are installed globally with pip.
# hubls-run: python3 -m venv .venv && pip install -q --no-deps six tomli-w 2>/dev/null; python3 -c "import six, tomli_w; print('global python sees them:', six.__file__)"; .venv/bin/python {file}; .venv/bin/python -c "import tomli_w"
import sys

print("running under:", sys.executable)
import six  # noqa: E402
