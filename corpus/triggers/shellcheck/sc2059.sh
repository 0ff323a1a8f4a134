#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
msg="100% done for $1\n"
printf "$msg"
printf "Hello $USER, you have $1 messages\n"
