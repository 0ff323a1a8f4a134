# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=dangerous-default-value {file}
# hubls-tool: pylint


def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


def merge(extra, into={}):
    into.update(extra)
    return into
