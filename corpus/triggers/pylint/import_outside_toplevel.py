# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=import-outside-toplevel {file}
# hubls-tool: pylint


def export(rows):
    import csv
    from json import dumps
    return csv, dumps(rows)
