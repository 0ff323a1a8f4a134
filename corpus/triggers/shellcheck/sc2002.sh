#!/bin/bash
# hubls-run: /usr/bin/shellcheck -f gcc {file}; /usr/bin/shellcheck {file}; /opt/hubls-tools/shellcheck/bin/shellcheck -o all -i SC2002 -f gcc {file}
# hubls-tool: shellcheck
cat access.log | grep 500
cat users.csv | wc -l
