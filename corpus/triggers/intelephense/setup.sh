#!/usr/bin/env bash
# Installs the pinned intelephense language server used by the intelephense triggers (Debian 12, as root).
# The triggers drive it over LSP with run-intelephense.js (Node's standard library only).
set -euo pipefail
VERSION=1.18.5
PREFIX=/opt/hubls-tools/intelephense
if ! command -v node >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
if [ "$("$PREFIX/node_modules/.bin/intelephense" --version 2>/dev/null || true)" != "$VERSION" ] \
   && ! grep -q "\"version\": \"$VERSION\"" "$PREFIX/node_modules/intelephense/package.json" 2>/dev/null; then
  mkdir -p "$PREFIX"
  npm install --no-audit --no-fund --prefix "$PREFIX" "intelephense@$VERSION"
fi
"$PREFIX/node_modules/.bin/intelephense" --version 2>/dev/null || grep '"version"' "$PREFIX/node_modules/intelephense/package.json"
