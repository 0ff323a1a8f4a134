# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select B006 {file}
# hubls-tool: ruff


def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


def merge(extra, into={}):
    into.update(extra)
    return into
