#!/bin/bash
# hubls-run: /opt/hubls-tools/shellcheck/bin/shellcheck -f gcc {file}; /opt/hubls-tools/shellcheck/bin/shellcheck {file}
# hubls-tool: shellcheck
f() {
  local config=$(cat /etc/app.conf)
  echo "$config"
}
export VERSION=$(git describe --tags)
f
