# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=missing-module-docstring,missing-class-docstring,missing-function-docstring {file}
# hubls-tool: pylint


class Invoice:
    def total(self):
        return 0


def send_invoice(invoice):
    return invoice
