# Version variant: reruns unbound-local.py with Python 3.8-3.10 (pyenv build at /root/.pyenv/versions/3.8.18/bin/python3).
# hubls-run: /root/.pyenv/versions/3.8.18/bin/python3 unbound-local.py 1; /root/.pyenv/versions/3.8.18/bin/python3 unbound-local.py 2; /root/.pyenv/versions/3.10.13/bin/python3 unbound-local.py 1
# hubls-include: unbound-local.py
