#!/usr/bin/env bash
# Batch test of hubls.el with Eglot against $HUBLS_BIN (default target/debug/hubls). Installs Emacs and
# Eglot from Debian when missing (needs root and apt).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="${HUBLS_BIN:-target/debug/hubls}"
case "$bin" in /*) ;; *) if [ -x "$PWD/$bin" ]; then bin="$PWD/$bin"; else bin="$repo/$bin"; fi ;; esac
[ -x "$bin" ] || { echo "hubls binary not found at $bin" >&2; exit 2; }
if ! emacs --batch --eval '(progn (require (quote package)) (package-initialize) (require (quote eglot)))' >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq emacs-nox elpa-eglot) >/dev/null 2>&1 \
    || { echo "cannot install emacs-nox and elpa-eglot" >&2; exit 2; }
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
HUBLS_BIN="$bin" timeout 120 emacs --batch -l "$here/test-hubls.el" >"$out" 2>&1
rc=$?
grep -E '^(ok|FAIL) |^[0-9]+ passed, [0-9]+ failed$' "$out"
[ $rc -eq 0 ] || { echo "---- emacs output ----"; cat "$out"; }
exit $rc
