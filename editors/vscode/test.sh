#!/usr/bin/env bash
# Type-checks, unit-tests and bundles the VS Code extension, packages it (hubls.vsix; and, with
# target/debug/hubls or $HUBLS_BIN built, hubls-linux-x64.vsix with that binary inside), and tests both
# packages in a real VS Code (e2e/run.sh: code-server driven by chromium; installs them once).
# Quiet on success; prints the failing step's output and exits non-zero on failure.
set -uo pipefail
caller="$PWD"
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm) >/dev/null 2>&1
  fi
  command -v npm >/dev/null 2>&1 || { echo "editors/vscode: node and npm are required" >&2; exit 2; }
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
step() {
  local name="$1"
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "FAIL vscode: $name" >&2
    grep -v 'Unknown user config' "$log" >&2
    exit 1
  fi
}

# npm ci only when node_modules was not installed from this very package-lock.json.
if ! cmp -s package-lock.json node_modules/.installed-package-lock.json 2>/dev/null; then
  step "npm ci" npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-package-lock.json
fi
step "tsc --noEmit" npx --no-install tsc --noEmit -p .
step "unit tests" npm run -s test:unit
grep -E '^# (pass|fail)' "$log" | tr '\n' ' ' | sed 's/# //g; s/ $/\n/' | sed 's/^/vscode unit tests: /'
step "esbuild bundle" npm run -s bundle
# The server binary that goes into the platform package.
hubls="${HUBLS_BIN:-target/debug/hubls}"
case "$hubls" in
  /*) ;;
  *) if [ -x "$caller/$hubls" ]; then hubls="$caller/$hubls"; else hubls="$(cd ../.. && pwd)/$hubls"; fi ;;
esac
rm -f hubls.vsix
step "vsce package" npx --no-install vsce package --no-dependencies -o hubls.vsix
[ -s hubls.vsix ] || { echo "FAIL vscode: hubls.vsix was not produced" >&2; exit 1; }
echo "vscode: ok (hubls.vsix, $(wc -c < hubls.vsix) bytes)"
# The linux-x64 package, with the server binary inside (found with no setting).
if [ -x "$hubls" ] && [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  rm -rf server hubls-linux-x64.vsix
  mkdir -p server && cp "$hubls" server/hubls && chmod 755 server/hubls
  strip server/hubls 2>/dev/null || true   # a debug build carries ~200 MB of debug info
  step "vsce package --target linux-x64" npx --no-install vsce package --no-dependencies --target linux-x64 -o hubls-linux-x64.vsix
  rm -rf server
  python3 -c 'import sys, zipfile; sys.exit("extension/server/hubls" not in zipfile.ZipFile(sys.argv[1]).namelist())' hubls-linux-x64.vsix || { echo "FAIL vscode: hubls-linux-x64.vsix has no server/hubls" >&2; exit 1; }
  echo "vscode: ok (hubls-linux-x64.vsix, $(wc -c < hubls-linux-x64.vsix) bytes, server binary inside)"
fi
# Both packages installed into a real VS Code (code-server), driven from chromium.
if [ -s hubls-linux-x64.vsix ]; then
  step "real VS Code (code-server, e2e/run.sh)" e2e/run.sh hubls-linux-x64.vsix hubls.vsix
  grep -E '^vscode e2e \(' "$log"
else
  echo "vscode e2e SKIPPED: no hubls binary at $hubls (cargo build, or set HUBLS_BIN) or not Linux x86-64"
fi
