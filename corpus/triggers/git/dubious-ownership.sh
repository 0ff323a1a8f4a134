# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && g init -q other-checkout
chown -R nobody repo other-checkout
cd repo && g status
cd ../other-checkout && g log
