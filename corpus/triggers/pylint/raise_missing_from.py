# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=raise-missing-from {file}
# hubls-tool: pylint


def load(config, key):
    try:
        return config[key]
    except KeyError:
        raise ValueError(f"missing setting {key}")


def port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("bad port")
