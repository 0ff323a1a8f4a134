# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select B904 {file}
# hubls-tool: ruff


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
