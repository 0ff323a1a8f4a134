# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F821 {file}
# hubls-tool: ruff


def total(items):
    return sum(item.price for item in itmes)


def log_event(name):
    logger.info("event %s", name)
