#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
files=($(ls /tmp))
ids=( $(cut -d, -f1 users.csv) )
echo "${files[@]}" "${ids[@]}"
