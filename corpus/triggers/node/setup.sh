#!/usr/bin/env bash
# Installs the extra Node.js versions the version-variant triggers run (Debian 12, as root): the npm
# package `node` ships the official binaries per major version, installed under /opt/hubls-tools/nodeNN.
# The default `node` (Debian/NodeSource, v20 here) runs every other trigger.
set -euo pipefail
declare -A PINNED=([14]=14.21.3 [18]=18.20.8 [22]=22.23.3 [24]=24.21.0)
for major in "${!PINNED[@]}"; do
  version=${PINNED[$major]}
  prefix=/opt/hubls-tools/node$major
  if [ "$("$prefix/node_modules/.bin/node" --version 2>/dev/null || true)" != "v$version" ]; then
    mkdir -p "$prefix"
    npm install --no-audit --no-fund --prefix "$prefix" "node@$version"
  fi
  "$prefix/node_modules/.bin/node" --version
done
