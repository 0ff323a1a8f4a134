# hubls-run: /usr/bin/python3 -m venv --without-pip venv && lib=$(ls -d venv/lib/python3.*)/site-packages && mkdir "$lib/legacy_billing" && printf 'def charge(amount):\n    return amount\n' > "$lib/legacy_billing/__init__.py" && printf 'def send(to):\n    pass\n' > "$lib/oldmailer.py" && /opt/hubls-tools/mypy/bin/mypy --config-file= --python-executable venv/bin/python {file}
# hubls-tool: mypy
# legacy_billing and oldmailer are installed packages without a py.typed marker; yaml and requests have
# stub packages on PyPI (types-PyYAML, types-requests) that are not installed.
import yaml
import requests
import legacy_billing
import oldmailer
