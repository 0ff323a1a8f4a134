#!/usr/bin/env bash
# Installs pyright (the type checker behind Pylance) for the pyright triggers, at a pinned version,
# into /opt/hubls-tools/pyright, plus an empty virtualenv that the triggers pass as --pythonpath so
# their output does not depend on the packages of whatever python3 is first on PATH.
# Idempotent. Runs as root on Debian 12.
set -euo pipefail
VERSION=1.1.414
PREFIX=/opt/hubls-tools/pyright
PYRIGHT="$PREFIX/node_modules/.bin/pyright"
if ! { [ -x "$PYRIGHT" ] && [ "$("$PYRIGHT" --version 2>/dev/null)" = "pyright $VERSION" ]; }; then
  if ! command -v npm >/dev/null 2>&1; then
    apt-get update
    apt-get install -y nodejs npm
  fi
  mkdir -p "$PREFIX"
  npm install --prefix "$PREFIX" --no-audit --no-fund "pyright@$VERSION"
fi
if [ ! -x "$PREFIX/venv/bin/python" ]; then
  if ! /usr/bin/python3 -m venv --help >/dev/null 2>&1; then
    apt-get update
    apt-get install -y python3 python3-venv
  fi
  /usr/bin/python3 -m venv --without-pip "$PREFIX/venv"
fi
"$PYRIGHT" --version
