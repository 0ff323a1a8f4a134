#!/usr/bin/env bash
# Installs the TypeScript compiler (tsc) used by the typescript triggers, at a pinned version, into
# /opt/hubls-tools/typescript. Idempotent. Runs as root on Debian 12.
set -euo pipefail
VERSION=5.9.3
PREFIX=/opt/hubls-tools/typescript
TSC="$PREFIX/node_modules/.bin/tsc"
if [ -x "$TSC" ] && [ "$("$TSC" --version 2>/dev/null)" = "Version $VERSION" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  apt-get update
  apt-get install -y nodejs npm
fi
mkdir -p "$PREFIX"
[ -f "$PREFIX/package.json" ] || printf '{"name":"hubls-typescript-tools","private":true}\n' > "$PREFIX/package.json"
npm install --prefix "$PREFIX" --no-audit --no-fund --save-exact "typescript@$VERSION"
"$TSC" --version
