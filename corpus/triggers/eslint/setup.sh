#!/usr/bin/env bash
# Installs ESLint 9 with the plugins most projects use (core recommended rules, typescript-eslint,
# eslint-plugin-react-hooks) at pinned versions into /opt/hubls-tools/eslint. Idempotent. Runs as root
# on Debian 12. The triggers symlink $PREFIX/node_modules into their work directory so the shared
# eslint.config.mjs resolves its imports the way it does in a real project.
set -euo pipefail
PREFIX=/opt/hubls-tools/eslint
PACKAGES=(
  "eslint@9.39.5"
  "@eslint/js@9.39.5"
  "typescript-eslint@8.74.0"
  "eslint-plugin-react-hooks@7.1.1"
  "typescript@5.9.3"
)
STAMP="$PREFIX/.installed"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PACKAGES[*]}" ] && [ -x "$PREFIX/node_modules/.bin/eslint" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  apt-get update
  apt-get install -y nodejs npm
fi
mkdir -p "$PREFIX"
[ -f "$PREFIX/package.json" ] || printf '{"name":"hubls-eslint-tools","private":true}\n' > "$PREFIX/package.json"
npm install --prefix "$PREFIX" --no-audit --no-fund --save-exact "${PACKAGES[@]}"
"$PREFIX/node_modules/.bin/eslint" --version
printf '%s' "${PACKAGES[*]}" > "$STAMP"
