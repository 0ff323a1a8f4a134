# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
g init -q --bare remote.git
g clone -q remote.git repo 2>/dev/null && cd repo && echo x > a && g add a && g commit -q -m one && g push -q origin main
echo y >> a
g pull --rebase
g add a
g pull --rebase
