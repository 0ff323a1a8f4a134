#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
version="1.2.3"
if [[ $version =~ "^1\." ]]; then echo old; fi
if [[ "$1" =~ '[0-9]+' ]]; then echo num; fi
