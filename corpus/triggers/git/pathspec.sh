# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && cd repo
echo x > app.py && g add . && g commit -q -m base
g checkout feature/login
g add src/main.rs
g rm docs/old.md
