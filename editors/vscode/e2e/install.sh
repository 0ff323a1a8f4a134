#!/usr/bin/env bash
# Installs what the real-VS-Code test needs, once, into a cache directory ($HUBLS_TOOLS, default
# /opt/hubls-tools): code-server 4.100.3 (VS Code 1.100.3; the last release whose engine is Node 20)
# from npm, and Playwright from PyPI in a venv; Debian's chromium and ripgrep with apt.
# code-server's own install scripts download from GitHub (ripgrep, prebuilt native modules), so it is
# installed with --ignore-scripts and its postinstall (ci/build/npm-postinstall.sh) is redone here:
# native modules built from source against the local Node headers, Debian's rg in place of
# @vscode/ripgrep's download. Idempotent: a finished install leaves a stamp and is skipped next time.
# Run as root on Debian 12 with Node 20.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.2
tools="${HUBLS_TOOLS:-/opt/hubls-tools}"
cs="$tools/code-server-$CODE_SERVER_VERSION"
venv="$tools/e2e-venv"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || need_apt+=(build-essential)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)   # for the kerberos module
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "e2e install: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ]; then
  echo "e2e install: code-server $CODE_SERVER_VERSION needs Node 20, found $(node --version)" >&2
  exit 2
fi
# Node's own headers (nodesource and Debian's nodejs put them in /usr/include/node).
nodedir="${npm_config_nodedir:-/usr}"
[ -e "$nodedir/include/node/node_api.h" ] || { echo "e2e install: no Node headers in $nodedir/include/node" >&2; exit 2; }
export npm_config_nodedir="$nodedir"
node_gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
[ -e "$node_gyp" ] || { echo "e2e install: npm's node-gyp not found at $node_gyp" >&2; exit 2; }

if [ ! -e "$cs/.installed" ]; then
  echo "e2e install: code-server $CODE_SERVER_VERSION into $cs (first run: a few minutes)"
  rm -rf "$cs"
  mkdir -p "$cs"
  npm install --prefix "$cs" --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null
  pkg="$cs/node_modules/code-server"
  gyp() { (cd "$1" && node "$node_gyp" rebuild --jobs="$(nproc)" >/dev/null 2>"$cs/gyp.log" || { cat "$cs/gyp.log" >&2; exit 1; }); }
  # argon2 (password auth): built from source through its node-pre-gyp fallback.
  (cd "$cs" && npm_config_build_from_source=true npm rebuild --loglevel=error argon2 >/dev/null)
  # VS Code's server dependencies, then its native modules from source.
  (cd "$pkg/lib/vscode" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  for m in kerberos @vscode/spdlog @vscode/deviceid native-watchdog node-pty; do
    gyp "$pkg/lib/vscode/node_modules/$m"
  done
  mkdir -p "$pkg/lib/vscode/node_modules/@vscode/ripgrep/bin"
  ln -sf "$(command -v rg)" "$pkg/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  (cd "$pkg/lib/vscode/bin/remote-cli" && ln -sf code-linux.sh code-server)
  (cd "$pkg/lib/vscode/bin/helpers" && ln -sf browser-linux.sh browser.sh)
  (cd "$pkg/lib/vscode/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null && node postinstall.mjs >/dev/null)
  "$cs/node_modules/.bin/code-server" --version >/dev/null
  touch "$cs/.installed"
fi

if [ ! -e "$venv/.installed-$PLAYWRIGHT_VERSION" ]; then
  echo "e2e install: Playwright $PLAYWRIGHT_VERSION into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "playwright==$PLAYWRIGHT_VERSION"
  touch "$venv/.installed-$PLAYWRIGHT_VERSION"
fi
