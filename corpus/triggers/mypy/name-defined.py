# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
def handler() -> None:
    print(reqest)
    log.info("done")
