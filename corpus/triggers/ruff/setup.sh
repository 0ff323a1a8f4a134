#!/bin/bash
# Installs ruff (pinned) into a venv at /opt/hubls-tools/ruff; the ruff triggers run
# /opt/hubls-tools/ruff/bin/ruff. Idempotent; Debian 12 (bookworm), python3 3.11 from Debian.
set -euo pipefail
RUFF_VERSION=0.17.5
VENV=/opt/hubls-tools/ruff
if ! /usr/bin/python3 -m venv --help >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import ensurepip' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3 python3-venv
fi
[ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv "$VENV"
if [ "$("$VENV/bin/ruff" --version 2>/dev/null)" != "ruff $RUFF_VERSION" ]; then
  "$VENV/bin/pip" install -q "ruff==$RUFF_VERSION"
fi
"$VENV/bin/ruff" --version
