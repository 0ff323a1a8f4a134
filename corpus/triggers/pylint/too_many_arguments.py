# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=too-many-arguments,too-many-positional-arguments {file}
# hubls-tool: pylint


def create_user(name, email, password, role, team, active):
    return (name, email, password, role, team, active)


def connect(host, port, user, password, database, timeout, ssl, retries):
    return (host, port, user, password, database, timeout, ssl, retries)
