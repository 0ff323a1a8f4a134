#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
if [ $count > 5 ]; then echo many; fi
