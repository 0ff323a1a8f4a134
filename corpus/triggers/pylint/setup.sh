#!/bin/bash
# Installs pylint (pinned, with its astroid) into a venv at /opt/hubls-tools/pylint; the pylint
# triggers run /opt/hubls-tools/pylint/bin/pylint. Idempotent; Debian 12 (bookworm), python3 3.11.
set -euo pipefail
PYLINT_VERSION=4.1.4
ASTROID_VERSION=4.3.4
VENV=/opt/hubls-tools/pylint
if ! /usr/bin/python3 -m venv --help >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import ensurepip' 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3 python3-venv
fi
[ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv "$VENV"
if ! "$VENV/bin/pylint" --version 2>/dev/null | grep -qx "pylint $PYLINT_VERSION"; then
  "$VENV/bin/pip" install -q "pylint==$PYLINT_VERSION" "astroid==$ASTROID_VERSION"
fi
"$VENV/bin/pylint" --version
