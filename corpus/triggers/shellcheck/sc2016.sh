#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
echo 'Home is $HOME'
ssh host 'echo $PATH'
sh -c 'echo "$1"' _ x
msg='Cost: $(date)'
echo "$msg"
