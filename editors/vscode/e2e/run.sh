#!/usr/bin/env bash
# The extension in a real VS Code. Installs code-server and Playwright once (install.sh), then, each in a
# fresh code-server profile served on 127.0.0.1 and driven from Debian's chromium by vscode_e2e.py:
#   1. the platform package ($1, default ../hubls-linux-x64.vsix: the server binary inside, no
#      hubls.serverPath set): the whole user journey;
#   2. the universal package ($2, default ../hubls.vsix: no binary): with no hubls anywhere it says how
#      to install; with hubls in ~/.local/bin it starts that one.
# No hubls from this machine's PATH or HOME is visible to VS Code. On failure, screenshots, the
# "Knowledge Hub" output and VS Code's logs are kept in a directory whose path is printed
# ($HUBLS_E2E_ARTIFACTS to choose it; HUBLS_E2E_KEEP=1 keeps everything on success too).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
platform_vsix="$(readlink -f "${1:-$here/../hubls-linux-x64.vsix}")"
universal_vsix="$(readlink -f "${2:-$here/../hubls.vsix}")"
for v in "$platform_vsix" "$universal_vsix"; do
  [ -s "$v" ] || { echo "vscode e2e: no package at $v (run editors/vscode/test.sh)" >&2; exit 2; }
done

"$here/install.sh"
tools="${HUBLS_TOOLS:-/opt/hubls-tools}"
code_server="$tools/code-server-4.100.3/node_modules/.bin/code-server"
python="$tools/e2e-venv/bin/python"

work="$(mktemp -d /tmp/hubls-vscode-e2e.XXXXXX)"
artifacts="${HUBLS_E2E_ARTIFACTS:-$work/artifacts}"
mkdir -p "$artifacts"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
cleanup() {
  status=$?
  stop_server
  if [ "$status" -eq 0 ] && [ -z "${HUBLS_E2E_KEEP:-}" ]; then
    rm -rf "$work"
  else
    for suite in platform universal; do
      [ -d "$work/$suite/user/logs" ] && cp -r "$work/$suite/user/logs" "$artifacts/$suite-vscode-logs"
      [ -e "$work/$suite/code-server.log" ] && cp "$work/$suite/code-server.log" "$artifacts/$suite-code-server.log"
    done
    echo "vscode e2e: screenshots, the Knowledge Hub output and VS Code's logs are in $artifacts" >&2
  fi
}
trap cleanup EXIT

# PATH without any hubls: the package's own binary, or its absence, is what is under test.
clean_path="$(printf '%s' "$PATH" | tr ':' '\n' | while read -r d; do [ -x "$d/hubls" ] || printf '%s:' "$d"; done)"
clean_path="${clean_path%:}"

# run_suite NAME VSIX: a fresh profile and HOME, the package installed, code-server up, the checks run.
run_suite() {
  local suite="$1" vsix="$2" dir="$work/$1"
  mkdir -p "$dir/user/User" "$dir/extensions" "$dir/workspace" "$dir/home"
  local cs=(env HOME="$dir/home" PATH="$clean_path" "$code_server" --user-data-dir "$dir/user" --extensions-dir "$dir/extensions")
  "${cs[@]}" --install-extension "$vsix" >"$dir/install-extension.log" 2>&1 || {
    cat "$dir/install-extension.log" >&2; return 1; }
  local port
  port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "${cs[@]}" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override --ignore-last-opened >"$dir/code-server.log" 2>&1 &
  server_pid=$!
  local rc=0
  HUBLS_E2E_SUITE="$suite" HUBLS_E2E_URL="http://127.0.0.1:$port" HUBLS_E2E_WORK="$dir" \
    HUBLS_E2E_ARTIFACTS="$artifacts" "$python" "$here/vscode_e2e.py" || rc=$?
  stop_server
  return "$rc"
}

rc=0
run_suite platform "$platform_vsix" || rc=1
run_suite universal "$universal_vsix" || rc=1
exit "$rc"
