#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
make build
if [ $? -ne 0 ]; then
  echo "build failed"
fi
grep -q ready /tmp/state
if [ $? != 0 ]; then exit 1; fi
