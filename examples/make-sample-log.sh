#!/usr/bin/env bash
# Regenerates sample.log from the programs in sample/: every error in it is printed by a real runtime
# (python3, node, php, javac/java), with a few ordinary log lines around them.
set -u
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cp "$here"/sample/* "$work"/
cd "$work" || exit 1
{
  echo "2026-11-21 09:14:02 INFO  deploy: starting workers (4 processes)"
  python3 app.py 2>&1
  echo "2026-11-21 09:14:03 INFO  http: listening on :8080"
  node app.js 2>&1
  echo "2026-11-21 09:14:05 WARN  cron: job 'cleanup' took 12.4s"
  php -d display_errors=stderr -d log_errors=0 db.php 2>&1
  javac Main.java && java Main 2>&1
  echo "2026-11-21 09:14:09 INFO  deploy: done"
} | sed "s#$work#/srv/app#g" > "$here/sample.log"
rm -rf "$work"
