# Version variant: reruns zero-division.py with Python 3.8-3.10 (pyenv build at /root/.pyenv/versions/3.8.18/bin/python3).
# hubls-run: /root/.pyenv/versions/3.8.18/bin/python3 zero-division.py; /root/.pyenv/versions/3.8.18/bin/python3 -c "print(1.5 / 0)"; /root/.pyenv/versions/3.8.18/bin/python3 -c "print(7 % 0)"
# hubls-include: zero-division.py
