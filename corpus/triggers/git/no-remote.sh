# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && cd repo
echo x > a && g add a && g commit -q -m one
g push origin main
g pull upstream main
g fetch heroku
