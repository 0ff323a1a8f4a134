# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && cd repo
printf 'timeout = 10\n' > settings.py; printf 'v1\n' > VERSION
g add . && g commit -q -m base
g checkout -q -b feature
printf 'timeout = 30\n' > settings.py; printf 'v2-feature\n' > VERSION
g commit -q -am "raise timeout"
g checkout -q main
printf 'timeout = 5\n' > settings.py; printf 'v2-main\n' > VERSION
g commit -q -am "lower timeout"
g merge feature
g merge --abort
g rebase feature
