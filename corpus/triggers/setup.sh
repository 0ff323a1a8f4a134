#!/usr/bin/env bash
# Installs what the trigger programs run on a fresh Debian 12 machine (as root), then each tool
# family's own setup.sh (pinned linters and type checkers under /opt/hubls-tools). Idempotent.
# Rust comes from rustup (the machine's toolchain), not Debian. Runtimes without a Debian package here are
# named in the entries' `provenance` instead.
set -euo pipefail
cd "$(dirname "$0")"
packages=(php-cli php-mysql php-pgsql php-sqlite3 php-mbstring php-curl php-xml mariadb-server sqlite3
          mono-mcs wordpress postgresql openjdk-17-jdk-headless golang-1.19-go nodejs
          python3-venv clang-19 clangd-19 lld-19 llvm-19 libclang-rt-19-dev shellcheck)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
for setup in */setup.sh; do
  echo "== $setup"
  bash "$setup"
done
