#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
rm -rf "$STEAMROOT/"*
rm -rf "$build_dir"/
rm -rf "$PREFIX/lib"
