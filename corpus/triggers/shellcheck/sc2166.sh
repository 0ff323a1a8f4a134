#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
if [ -f "$a" -a -f "$b" ]; then echo both; fi
if [ -z "$x" -o -z "$y" ]; then echo missing; fi
