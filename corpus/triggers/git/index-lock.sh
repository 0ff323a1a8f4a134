# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
# a crashed git process (or an editor's git integration) left the lock file behind
g init -q repo && cd repo && echo x > a && g add a && g commit -q -m one
touch .git/index.lock
echo y >> a
g commit -q -am two
cd .. && g init -q api-server && cd api-server && touch .git/index.lock && echo z > b
g add b
