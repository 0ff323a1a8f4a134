#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
source ./env.sh
. /etc/app/defaults.sh
echo "$APP_HOME"
