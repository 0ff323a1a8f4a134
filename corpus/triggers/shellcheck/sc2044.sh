#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
for f in $(find /data -name '*.json'); do jq . "$f"; done
