# hubls-run: python3 {file} | head -n 1; python3 -m pytest -q -p no:cacheprovider {file} 2>&1 | grep BrokenPipeError
import os
import subprocess
import sys


# Under pytest: a test that writes to a child process that has already exited.
def test_feed_child_after_exit():
    child = subprocess.Popen([sys.executable, "-c", "pass"], stdin=subprocess.PIPE)
    child.wait()
    os.write(child.stdin.fileno(), b"payload\n")


if __name__ == "__main__":
    for i in range(100_000):
        print(f"line {i}")
