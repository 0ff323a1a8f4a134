# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q --bare remote.git
g init -q repo && cd repo
g remote add origin ../remote.git
echo a > a.txt && g add . && g commit -q -m one
echo b >> a.txt && g commit -q -am two
g checkout HEAD~1
g push origin
g commit -q --allow-empty -m "try a fix"
g commit -q --allow-empty -m "try another fix"
g checkout main
