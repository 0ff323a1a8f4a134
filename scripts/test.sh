#!/usr/bin/env bash
# Runs every test of hubls: Rust unit and integration tests, the built-in corpus check, the installs
# (cargo install, the PyPI wheel, cargo package, actionlint), the VS Code extension's checks and
# package, and the Neovim plugin in a real headless Neovim.
# Installs what the tests need on a fresh Debian machine (run as root); idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi

# The debug build every later step uses ($CARGO_TARGET_DIR is honoured).
bin="$PWD/${CARGO_TARGET_DIR:-target}/debug/hubls"
case "${CARGO_TARGET_DIR:-}" in /*) bin="$CARGO_TARGET_DIR/debug/hubls" ;; esac

echo "== cargo test"
cargo build --locked
cargo test --locked

echo "== hubls corpus check (built-in corpus)"
"$bin" corpus check

# cargo install into a fresh root (the same command as the Neovim lazy.nvim build step: the Neovim
# tests use its result) and the PyPI wheel in a fresh venv; both reuse target/.
install_root="$(mktemp -d)"
trap 'rm -rf "$install_root"' EXIT
echo "== install: cargo install, PyPI wheel and sdist"
HUBLS_INSTALL_ROOT="$install_root" scripts/test-install.sh cargo wheel sdist

echo "== VS Code extension"
HUBLS_BIN="$bin" editors/vscode/test.sh

echo "== Neovim plugin, headless"
HUBLS_BIN="$bin" HUBLS_PLUGIN_BUILD="$install_root" tests/nvim/run.sh

# Last: cargo package's verify build also writes target/debug/hubls (the same sources).
echo "== install: cargo package, actionlint on the release workflow"
scripts/test-install.sh package actionlint
