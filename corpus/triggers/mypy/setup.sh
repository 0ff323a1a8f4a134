#!/usr/bin/env bash
# Installs mypy at a pinned version into its own virtualenv, /opt/hubls-tools/mypy, for the mypy
# triggers. Idempotent. Runs as root on Debian 12 (system Python 3.11).
set -euo pipefail
VERSION=2.4.1
PREFIX=/opt/hubls-tools/mypy
if [ -x "$PREFIX/bin/mypy" ] && "$PREFIX/bin/mypy" --version 2>/dev/null | grep -q "^mypy $VERSION "; then
  exit 0
fi
if ! /usr/bin/python3 -m venv --help >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import ensurepip' 2>/dev/null; then
  apt-get update
  apt-get install -y python3 python3-venv
fi
/usr/bin/python3 -m venv "$PREFIX"
"$PREFIX/bin/pip" install --quiet --disable-pip-version-check "mypy==$VERSION"
"$PREFIX/bin/mypy" --version
