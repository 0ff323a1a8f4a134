# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select B905 {file}
# hubls-tool: ruff


def pair(names, scores):
    for name, score in zip(names, scores):
        print(name, score)
    return dict(zip(names, scores))
