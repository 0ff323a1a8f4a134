#!/usr/bin/env bash
# Runs every test of hubls: Rust unit and integration tests, the built-in corpus check, the VS Code
# extension's checks and package, and the Neovim plugin in a real headless Neovim.
# Installs what the tests need on a fresh Debian machine (run as root); idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi

echo "== cargo test"
cargo build --locked
cargo test --locked

echo "== hubls corpus check (built-in corpus)"
target/debug/hubls corpus check

echo "== VS Code extension"
editors/vscode/test.sh

echo "== Neovim plugin, headless"
HUBLS_BIN="$PWD/target/debug/hubls" tests/nvim/run.sh
