# Modules removed from the standard library: distutils/imp/asyncore in 3.12 (PEP 632, 594), cgi/crypt/telnetlib in 3.13 (PEP 594).
# hubls-run: /root/.pyenv/versions/3.12.1/bin/python3 -c "from distutils.util import strtobool"; /root/.pyenv/versions/3.12.1/bin/python3 -c "import imp"; /root/.pyenv/versions/3.13.0/bin/python3 -c "import cgi"
