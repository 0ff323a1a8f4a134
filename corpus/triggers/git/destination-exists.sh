# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
g init -q --bare remote.git
mkdir -p app && echo notes > app/README.md
g clone -q remote.git app
mkdir -p shop-api/src && touch shop-api/src/main.go
g clone -q remote.git shop-api
