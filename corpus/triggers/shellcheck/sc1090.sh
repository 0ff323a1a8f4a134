#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
source "$1"
. "$(dirname "$0")/lib.sh"
