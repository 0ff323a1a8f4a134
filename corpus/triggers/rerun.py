#!/usr/bin/env python3
"""Rerun every error entry's trigger programs and report examples the runtime no longer prints.

Install what they run first with `corpus/triggers/setup.sh` (Debian runtimes, then each tool
family's setup.sh).

Each trigger file names its command in a `hubls-run: CMD` line and, optionally, the services it needs
in `hubls-needs: postgres mariadb` and the files of its directory it shares with other triggers in
`hubls-include: FILE...`. The file (with its includes) is copied into a fresh /tmp/hubls-trigger/ and
CMD runs there with `sh -c`, so printed paths are stable. Every example of an entry must appear verbatim in the
combined output of its triggers. The report goes to stdout and, with --report, to a Markdown file.

The report also measures, per tool, how entries that declare diagnostic codes (`codes = ["tool:code"]`)
are found the way an editor asks: each example passed to `hubls explain` as a diagnostic message alone,
and again with its tool as `--source` and the entry's code as `--code`; top-1 is the share whose first
answer is the example's own entry.
Exit status: 0 when every example was reproduced, 1 otherwise.
"""
import argparse
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
TRIGGERS = CORPUS / "triggers"
WORKDIR = Path("/tmp/hubls-trigger")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    if not text.startswith("+++"):
        return None
    end = text.find("\n+++", 3)
    return tomllib.loads(text[3:end]) if end > 0 else None


def directive(text, name):
    found = re.search(rf"hubls-{name}:\s*(.+?)\s*(?:-->|\*/|$)", text, re.M)
    return found.group(1) if found else None


class Services:
    """Starts PostgreSQL and MariaDB on demand, once per run, on loopback only."""

    def __init__(self):
        self.started = set()

    def ensure(self, names):
        for name in names:
            if name not in self.started:
                getattr(self, "start_" + name)()
                self.started.add(name)

    def start_postgres(self):
        data = Path("/tmp/hubls-pg")
        if not (data / "PG_VERSION").exists():
            shutil.rmtree(data, ignore_errors=True)
            data.mkdir(parents=True)
            shutil.chown(data, "postgres")
            run_as_postgres(f"/usr/lib/postgresql/15/bin/initdb -D {data} -A trust -U postgres")
        run_as_postgres(
            f"/usr/lib/postgresql/15/bin/pg_ctl -D {data} -o '-k /tmp -c listen_addresses=127.0.0.1' "
            "-l /tmp/hubls-pg.log -w start || true"
        )
        os.environ.update(PGHOST="/tmp", PGUSER="postgres")

    def start_mariadb(self):
        subprocess.run(
            "service mariadb start || service mysql start", shell=True, check=False, capture_output=True
        )

    def stop(self):
        if "postgres" in self.started:
            run_as_postgres("/usr/lib/postgresql/15/bin/pg_ctl -D /tmp/hubls-pg -m fast stop")


def run_as_postgres(command):
    subprocess.run(["su", "postgres", "-c", command], check=False, capture_output=True)


def run_trigger(relative, services):
    source = TRIGGERS / relative
    text = source.read_text(encoding="utf-8")
    command = directive(text, "run")
    if command is None:
        return None, f"{relative}: no `hubls-run:` line"
    needs = (directive(text, "needs") or "").split()
    services.ensure(needs)
    command = command.replace("{file}", source.name)
    # The work directory is fixed so printed paths are stable; a lock keeps concurrent runs apart.
    with open("/tmp/hubls-trigger.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shutil.rmtree(WORKDIR, ignore_errors=True)
        WORKDIR.mkdir(parents=True)
        shutil.copy(source, WORKDIR / source.name)
        for shared in (directive(text, "include") or "").split():
            shutil.copy(source.parent / shared, WORKDIR / shared)
        try:
            done = subprocess.run(
                ["sh", "-c", command], cwd=WORKDIR, capture_output=True, text=True, errors="replace", timeout=120,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return None, f"{relative}: timed out"
    return ANSI.sub("", done.stdout + "\n" + done.stderr), None


def top1(hubls, entry_id, example, code):
    command = [hubls, "explain", "--json"]
    if code:
        tool, value = code.split(":", 1)
        command += ["--source", tool, f"--code={value}"]
    done = subprocess.run(command, input=example, capture_output=True, text=True)
    try:
        found = json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        return False
    primary = [o for o in found if o.get("primary")] or found
    return bool(primary) and primary[0]["id"] == entry_id


def editor_report(hubls, entries):
    """Per tool: examples found top-1 by message alone, and with --source/--code."""
    tally = {}
    for entry_id, meta in entries:
        codes = meta.get("codes", [])
        for tool in sorted({c.split(":", 1)[0] for c in codes}):
            code = next(c for c in codes if c.startswith(tool + ":"))
            row = tally.setdefault(tool, [0, 0, 0])
            for example in meta.get("examples", []):
                row[0] += 1
                row[1] += top1(hubls, entry_id, example, None)
                row[2] += top1(hubls, entry_id, example, code)
    lines = ["## Editor diagnostics per tool", "", "| tool | examples | top-1, message only | top-1, with source and code |", "|---|---|---|---|"]
    totals = [0, 0, 0]
    for tool, (count, by_message, by_code) in sorted(tally.items()):
        lines.append(f"| {tool} | {count} | {by_message} ({by_message / count:.2f}) | {by_code} ({by_code / count:.2f}) |")
        totals = [a + b for a, b in zip(totals, (count, by_message, by_code))]
    if totals[0]:
        count, by_message, by_code = totals
        lines.append(f"| **all** | {count} | {by_message} ({by_message / count:.2f}) | {by_code} ({by_code / count:.2f}) |")
    return lines + [""]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hubls", default=str(CORPUS.parent / "target" / "release" / "hubls"),
                        help="the hubls binary measured for the per-tool table (default: target/release/hubls)")
    parser.add_argument("--no-run", action="store_true", help="skip the triggers; only measure the per-tool table")
    parser.add_argument("--only", help="entry ids or family prefixes, comma-separated, e.g. python/key-error or python/,mypy/")
    parser.add_argument("--report", help="write the Markdown report to this file")
    parser.add_argument("--show", action="store_true", help="print each trigger's output")
    args = parser.parse_args()

    services = Services()
    problems, checked, reproduced, without_trigger = [], 0, 0, []
    with_codes = []
    try:
        for path in sorted((CORPUS / "errors").rglob("*.md")):
            meta = front_matter(path)
            if not meta or meta.get("kind") != "error":
                continue
            entry_id = meta.get("id", str(path))
            if args.only and not entry_id.startswith(tuple(args.only.split(","))):
                continue
            if meta.get("codes"):
                with_codes.append((entry_id, meta))
            if args.no_run:
                continue
            triggers = meta.get("triggers", [])
            if not triggers:
                without_trigger.append((entry_id, meta.get("provenance", "no provenance given")))
                continue
            output = ""
            for relative in triggers:
                printed, problem = run_trigger(relative, services)
                if problem:
                    problems.append(f"{entry_id}: {problem}")
                    continue
                output += printed
                if args.show:
                    print(f"--- {relative}\n{printed}")
            for example in meta.get("examples", []):
                checked += 1
                if example in output:
                    reproduced += 1
                else:
                    problems.append(f"{entry_id}: example not printed by its triggers: {example!r}")
    finally:
        services.stop()

    lines = [
        "# Trigger report",
        "",
        f"Examples checked: {checked}; reproduced verbatim: {reproduced}; problems: {len(problems)}.",
        "",
    ]
    if problems:
        lines += ["## Problems", ""] + [f"- {p}" for p in problems] + [""]
    if with_codes and Path(args.hubls).exists():
        lines += editor_report(args.hubls, with_codes)
    if without_trigger:
        lines += ["## Entries without a trigger (provenance)", ""]
        lines += [f"- {i}: {why}" for i, why in without_trigger] + [""]
    report = "\n".join(lines)
    print(report)
    if args.report:
        Path(args.report).write_text(report, encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
