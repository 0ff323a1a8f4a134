#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
name="report.txt"
base=$(echo "$name" | sed 's/\.txt$//')
upper=$(echo "$name" | sed -e 's/a/A/g')
echo "$base $upper"
