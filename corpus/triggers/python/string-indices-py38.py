# Version variant: reruns string-indices.py with Python 3.8-3.10 (pyenv build at /root/.pyenv/versions/3.8.18/bin/python3).
# hubls-run: /root/.pyenv/versions/3.8.18/bin/python3 string-indices.py; /root/.pyenv/versions/3.8.18/bin/python3 -c "s = 'abc'; print(s[1.0])"
# hubls-include: string-indices.py
