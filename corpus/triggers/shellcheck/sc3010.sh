#!/bin/sh
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
if [[ -f /etc/app.conf ]]; then echo found; fi
if [ "$a" == "b" ]; then echo same; fi
local x=1
echo "$x"
