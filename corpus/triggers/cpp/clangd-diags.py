#!/usr/bin/env python3
"""Print the diagnostics clangd publishes for a file, as an editor receives them.

Usage: python3 clangd-diags.py FILE [compile flags...]
One line per diagnostic: `clangd [CODE] MESSAGE` (the message's first line; clangd appends notes after
a blank line). hubls-tool: clang
"""
import json
import os
import subprocess
import sys
import time

CLANGD = "/usr/bin/clangd-19"


def send(proc, msg):
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def read(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def main():
    path = os.path.abspath(sys.argv[1])
    flags = sys.argv[2:]
    lang = "c" if path.endswith(".c") else "cpp"
    driver = "clang-19" if lang == "c" else "clang++-19"
    with open(os.path.join(os.path.dirname(path), "compile_commands.json"), "w") as f:
        json.dump([{"directory": os.path.dirname(path), "file": path,
                    "arguments": [driver, *flags, "-c", path]}], f)
    proc = subprocess.Popen([CLANGD, "--log=error", "--clang-tidy=false", "--header-insertion=never"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    uri = "file://" + path
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
        "capabilities": {"textDocument": {"publishDiagnostics": {"relatedInformation": False}}}}})
    while (msg := read(proc)) is not None and msg.get("id") != 1:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    with open(path) as f:
        text = f.read()
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": lang, "version": 1, "text": text}}})
    deadline = time.time() + 60
    while time.time() < deadline:
        msg = read(proc)
        if msg is None:
            break
        if msg.get("method") == "textDocument/publishDiagnostics" and msg["params"]["uri"] == uri:
            for d in msg["params"]["diagnostics"]:
                line = d["range"]["start"]["line"] + 1
                print(f"clangd {os.path.basename(path)}:{line} [{d.get('code', '')}] {d['message'].splitlines()[0]}")
            break
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


if __name__ == "__main__":
    main()
