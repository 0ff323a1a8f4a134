#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
run() {
  exec docker run $@
}
args=("a b" c)
printf '%s\n' ${args[@]}
run "$@"
