# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=unnecessary-pass {file}
# hubls-tool: pylint


class ConfigError(Exception):
    """Raised when the configuration is invalid."""
    pass


def noop():
    """Do nothing."""
    pass
