# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
g init -q repo && cd repo && echo x > a && g add a && g commit -q -m one
g checkout -q -b feature && echo "API_KEY=1" > config.env && mkdir -p docs && echo d > docs/setup.md && g add . && g commit -q -m "add config" && g checkout -q main
# the same paths exist here as untracked files
echo "API_KEY=local" > config.env; mkdir -p docs && echo local > docs/setup.md
g checkout feature
g merge feature
