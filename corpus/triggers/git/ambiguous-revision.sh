# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && cd repo
echo x > a && g add a && g commit -q -m one
g log --oneline origin/main
g diff v1.2.0
g show HEAD~5
g rev-parse --verify develop
