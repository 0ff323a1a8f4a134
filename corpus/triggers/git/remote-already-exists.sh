# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q repo && cd repo
g remote add origin https://github.com/example/app.git
g remote add origin git@github.com:example/app.git
g remote add upstream https://github.com/example/upstream.git
g remote add upstream https://github.com/example/upstream.git
