#!/usr/bin/env python3
"""Builds the benchmark's diverse log: real ordinary output of real tools, with the corpus's real error
examples mixed in, shuffled in blocks.

Uniform synthetic lines are not a fair benchmark for a multi-pattern matcher: text whose lines are all
alike keeps a regex DFA cache warm and hid a 1,000x slowdown once. So every line here was printed by a
real program on this machine: git (log, diffs), cargo builds, pip and npm installs, dpkg and apt, ps, ls,
Python's test runner, gcc, and the system's own logs. Captures are kept in a cache directory and
reused; blocks of 5-200 consecutive lines are drawn from them at random (seeded) until the size is
reached, and one corpus example follows about every 300th block.

usage: benches/make-diverse-log.py OUT [--mb 100] [--cache DIR] [--seed 7]
"""
import argparse
import random
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each capture: a name and a shell command whose combined output is real ordinary text.
CAPTURES = {
    "git-log": "git -C {root} log --stat -n 400",
    "git-diff": "git -C {root} log -p -n 60 -- src tests",
    "cargo-build": "cd {cache}/crate && cargo build -v 2>&1 && cargo test 2>&1",
    "cargo-tree": "cargo tree --manifest-path {root}/Cargo.toml",
    "pip-install": "python3 -m venv {cache}/venv && {cache}/venv/bin/pip install -v --no-cache-dir six==1.16.0 idna==3.7",
    "npm-install": "mkdir -p {cache}/npm && cd {cache}/npm && npm install --loglevel=http --no-audit --no-fund is-number@7.0.0 left-pad@1.3.0",
    "dpkg": "dpkg -l",
    "dpkg-log": "cat /var/log/dpkg.log /var/log/apt/history.log",
    "apt-show": "apt-cache show git gcc python3 nodejs",
    "ps": "ps auxww",
    "ls": "ls -la /usr/lib /usr/bin /etc",
    "pytest": "python3 -m unittest discover -v -s {cache}/pytests",
    "gcc": "gcc -v -O2 -Wall -o {cache}/hello {cache}/hello.c",
    "env-python": "python3 -m pip list -v",
}

UNITTESTS = '''
import unittest
class T(unittest.TestCase):
    def test_sum(self): self.assertEqual(sum(range(10)), 45)
    def test_join(self): self.assertEqual("-".join("abc"), "a-b-c")
    def test_sorted(self): self.assertEqual(sorted([3, 1, 2]), [1, 2, 3])
'''


def capture(cache: Path) -> list[list[str]]:
    (cache / "pytests").mkdir(parents=True, exist_ok=True)
    (cache / "pytests" / "test_basic.py").write_text(UNITTESTS)
    (cache / "crate" / "src").mkdir(parents=True, exist_ok=True)
    (cache / "crate" / "Cargo.toml").write_text(
        '[package]\nname = "bench-capture"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nitoa = "1"\nmemchr = "2"\n'
    )
    (cache / "crate" / "src" / "lib.rs").write_text(
        "pub fn show(n: u64) -> String { itoa::Buffer::new().format(n).to_string() }\n"
        "#[test]\nfn shows() { assert_eq!(show(42), \"42\"); }\n"
    )
    (cache / "hello.c").write_text('#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    sources = []
    for name, command in CAPTURES.items():
        path = cache / f"{name}.txt"
        if not path.exists():
            done = subprocess.run(
                command.format(root=ROOT, cache=cache), shell=True, capture_output=True, text=True, errors="replace"
            )
            path.write_text(done.stdout + done.stderr)
        lines = path.read_text(errors="replace").splitlines()
        if len(lines) > 5:
            sources.append(lines)
    return sources


def corpus_examples() -> list[str]:
    examples = []
    for path in sorted((ROOT / "corpus" / "errors").rglob("*.md")):
        text = path.read_text()
        end = text.find("\n+++", 3)
        if text.startswith("+++") and end > 0:
            examples += tomllib.loads(text[3:end]).get("examples", [])
    return examples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--mb", type=float, default=100)
    parser.add_argument("--cache", default="/tmp/hubls-bench-captures")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    sources = capture(cache)
    examples = corpus_examples()
    rng = random.Random(args.seed)
    target = int(args.mb * 1_000_000)
    written = errors = 0
    with open(args.out, "w") as out:
        while written < target:
            lines = rng.choice(sources)
            length = rng.randint(5, 200)
            start = rng.randrange(0, max(1, len(lines) - length))
            block = "\n".join(lines[start : start + length]) + "\n"
            if rng.randrange(300) == 0:
                block += rng.choice(examples) + "\n"
                errors += 1
            out.write(block)
            written += len(block.encode())
    print(f"{args.out}: {written / 1e6:.1f} MB from {len(sources)} captures, {errors} corpus examples mixed in")


if __name__ == "__main__":
    main()
