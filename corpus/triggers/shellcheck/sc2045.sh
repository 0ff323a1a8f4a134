#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
for f in $(ls /var/log/*.log); do gzip "$f"; done
for f in $(find . -name '*.tmp'); do rm "$f"; done
for f in `ls *.csv`; do wc -l "$f"; done
