#!/usr/bin/env bash
# Installs what the trigger programs run on a fresh Debian 12 machine (as root), then each tool
# family's own setup.sh (pinned linters and type checkers under /opt/hubls-tools). Idempotent.
# Rust comes from rustup (the machine's toolchain), not Debian. Runtimes without a Debian package here are
# named in the entries' `provenance` instead.
set -euo pipefail
cd "$(dirname "$0")"
# php without mbstring, curl and xml: php/extension-missing prints what a server without them says.
packages=(php-cli php-mysql php-pgsql php-sqlite3 mariadb-server sqlite3
          mono-mcs libmono-system-windows-forms4.0-cil libmono-system-data4.0-cil libmono-system-drawing4.0-cil xvfb xauth
          wordpress postgresql openjdk-17-jdk-headless golang-1.19-go nodejs
          python3-venv clang-19 clangd-19 lld-19 llvm-19 libclang-rt-19-dev shellcheck)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
# The Python frameworks the python, flask, django, fastapi, sqlalchemy and asyncio triggers import.
python3 -m pip install -q django==5.2.19 sqlalchemy==2.1.9 alembic==1.20.1 aiosqlite==0.22.1 greenlet==3.5.6 \
  fastapi==0.165.0 starlette==1.10.0 uvicorn==0.55.0 httpx==0.29.0 pytest==9.2.0 flask==3.1.3 flask-cors==6.0.2 \
  flask-sqlalchemy==3.1.1 requests==2.34.2 pydantic==2.13.4 pydantic-settings==2.14.1 aiohttp==3.14.5 \
  psycopg2-binary==2.9.13 pymysql==1.2.4
for setup in */setup.sh; do
  echo "== $setup"
  bash "$setup"
done
# The react triggers run `tsc` from PATH.
ln -sf /opt/hubls-tools/typescript/node_modules/.bin/tsc /usr/local/bin/tsc
