#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
echo "host=$1" >> app.conf
echo "port=$2" >> app.conf
echo "user=$3" >> app.conf
