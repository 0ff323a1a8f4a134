# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=consider-using-f-string {file}
# hubls-tool: pylint


def greet(name, count):
    print("Hello %s" % name)
    return "{} items".format(count)
