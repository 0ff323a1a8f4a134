# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
g init -q repo && cd repo && echo x > a && g add a && g commit -q -m one
g branch feature/login && g branch release-2.0
g checkout -b feature/login
g branch release-2.0
g switch -c feature/login
