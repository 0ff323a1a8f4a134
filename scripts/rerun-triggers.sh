#!/usr/bin/env bash
# Reruns every trigger program of the corpus with the real runtimes and writes corpus/triggers/REPORT.md,
# listing any example message the runtime no longer prints. Installs the runtimes from Debian's packages
# (run as root on Debian); triggers that need PyPI or npm packages install them themselves.
# Not part of the test command: it takes tens of minutes. Commit the report it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pair in php:php-cli mariadb:mariadb-server go:golang-go mcs:mono-mcs sqlite3:sqlite3 psql:postgresql \
            javac:default-jdk-headless gcc:gcc g++:g++ node:nodejs npm:npm git:git curl:curl; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" php-sqlite3 php-mysql php-pgsql
fi
command -v tsc >/dev/null 2>&1 || npm install -g -q typescript@5
python3 corpus/triggers/rerun.py --report corpus/triggers/REPORT.md "$@"
