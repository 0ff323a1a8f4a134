# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
g init -q repo && cd repo
printf 'timeout = 10\n' > settings.py && g add . && g commit -q -m base
g checkout -q -b feature && printf 'timeout = 30\n' > settings.py && g commit -q -am feature
g checkout -q main && printf 'timeout = 5\n' > settings.py && g commit -q -am main
g merge -q feature >/dev/null
g commit -m "merge"
g pull . feature
g checkout feature
