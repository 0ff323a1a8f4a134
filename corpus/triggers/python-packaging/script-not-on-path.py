# A --user install puts console scripts into the user base's bin directory, which is not on PATH here.
# Needs PyPI: installs pyflakes and isort into a throwaway user base under the trigger directory.
# hubls-run: PYTHONUSERBASE=/tmp/hubls-trigger/userbase pip install --user --ignore-installed --no-deps --disable-pip-version-check pyflakes==3.2.0 isort==5.13.2 2>&1 | grep -E "WARNING: The script|ERROR"
