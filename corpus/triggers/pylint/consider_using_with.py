# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=consider-using-with {file}
# hubls-tool: pylint
import subprocess


def read(path):
    handle = open(path, encoding="utf-8")
    return handle.read()


def run(cmd):
    proc = subprocess.Popen(cmd)
    return proc.wait()
