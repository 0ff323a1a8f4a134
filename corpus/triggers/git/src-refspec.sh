# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q --bare remote.git
g init -q -b master repo && cd repo
g remote add origin ../remote.git
g push origin main
echo x > a && g add a && g commit -q -m one
g push -u origin develop
