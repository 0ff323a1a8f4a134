# Version variant: reruns syntax-error-never-closed.py with Python 3.8-3.9 (pyenv build at /root/.pyenv/versions/3.8.18/bin/python3).
# hubls-run: /root/.pyenv/versions/3.8.18/bin/python3 syntax-error-never-closed.py
# hubls-include: syntax-error-never-closed.py
