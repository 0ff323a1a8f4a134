# Debian's /usr/bin/python3 is marked EXTERNALLY-MANAGED (PEP 668); pip refuses to install into it.
# hubls-run: /usr/bin/python3 -m pip install requests; /usr/bin/python3 -m pip install --user httpx
