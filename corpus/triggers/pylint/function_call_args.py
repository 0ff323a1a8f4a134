# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=no-value-for-parameter,too-many-function-args,unexpected-keyword-arg {file}
# hubls-tool: pylint


def send(to, subject, body):
    return (to, subject, body)


send("a@example.com", "Hi")
send("a@example.com")
send("a@example.com", "Hi", "text", "extra")
send("a@example.com", "Hi", "text", cc="b@example.com")
