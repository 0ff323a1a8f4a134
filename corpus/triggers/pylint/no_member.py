# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=no-member {file}
# hubls-tool: pylint
import os


class Account:
    def __init__(self):
        self.balance = 0


os.getcwdu()
Account().balanse += 1
"text".startwith("t")
