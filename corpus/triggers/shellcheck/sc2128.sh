#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
hosts=(web1 web2 db1)
echo "first: $hosts"
for h in $hosts; do echo "$h"; done
