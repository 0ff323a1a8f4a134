# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=undefined-variable {file}
# hubls-tool: pylint


def total(items):
    return sum(item.price for item in itmes)


def log_event(name):
    logger.info("event %s", name)
