#!/usr/bin/env bash
# The extension in a real VS Code: installs code-server and Playwright once (install.sh), installs the
# packaged .vsix ($1, default ../hubls-linux-x64.vsix: the server binary inside, no hubls.serverPath set)
# into a fresh code-server profile, serves it on 127.0.0.1 and drives it from Debian's chromium with
# vscode_e2e.py. On failure, screenshots, the "Knowledge Hub" output and VS Code's logs are kept in a
# directory whose path is printed ($HUBLS_E2E_ARTIFACTS to choose it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
vsix="$(readlink -f "${1:-$here/../hubls-linux-x64.vsix}")"
[ -s "$vsix" ] || { echo "vscode e2e: no package at $vsix (run editors/vscode/test.sh)" >&2; exit 2; }

"$here/install.sh"
tools="${HUBLS_TOOLS:-/opt/hubls-tools}"
code_server="$tools/code-server-4.100.3/node_modules/.bin/code-server"
python="$tools/e2e-venv/bin/python"

work="$(mktemp -d /tmp/hubls-vscode-e2e.XXXXXX)"
artifacts="${HUBLS_E2E_ARTIFACTS:-$work/artifacts}"
mkdir -p "$artifacts" "$work/user/User" "$work/extensions" "$work/workspace"
server_pid=""
cleanup() {
  status=$?
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$status" -eq 0 ] && [ -z "${HUBLS_E2E_KEEP:-}" ]; then
    rm -rf "$work"
  else
    cp -r "$work/user/logs" "$artifacts/vscode-logs" 2>/dev/null || true
    cp "$work/code-server.log" "$artifacts/" 2>/dev/null || true
    echo "vscode e2e: screenshots, the Knowledge Hub output and VS Code's logs are in $artifacts" >&2
  fi
}
trap cleanup EXIT

cs_args=(--user-data-dir "$work/user" --extensions-dir "$work/extensions")
"$code_server" "${cs_args[@]}" --install-extension "$vsix" >"$work/install-extension.log" 2>&1 || {
  cat "$work/install-extension.log" >&2; exit 1; }

port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# hubls must not come from PATH: the platform package's own binary is the one under test.
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | while read -r d; do [ -x "$d/hubls" ] || printf '%s:' "$d"; done)"
PATH="${PATH%:}" "$code_server" "${cs_args[@]}" --auth none --bind-addr "127.0.0.1:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --ignore-last-opened >"$work/code-server.log" 2>&1 &
server_pid=$!

HUBLS_E2E_URL="http://127.0.0.1:$port" HUBLS_E2E_WORK="$work" HUBLS_E2E_ARTIFACTS="$artifacts" \
  "$python" "$here/vscode_e2e.py"
