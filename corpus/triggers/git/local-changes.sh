# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && cd repo
printf 'debug = False\n' > config.py; printf 'a\n' > Makefile
g add . && g commit -q -m base
g checkout -q -b feature
printf 'debug = True\n' > config.py; printf 'b\n' > Makefile
g commit -q -am "feature config"
g checkout -q main
printf 'debug = None\n' > config.py
g checkout feature
g merge feature
printf 'c\n' > Makefile
g pull . feature
