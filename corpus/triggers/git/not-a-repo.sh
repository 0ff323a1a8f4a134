# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
mkdir -p project/src && cd project
g status
cd src && g log --oneline
GIT_DIR=/srv/app/.git git status
git -C /tmp/hubls-trigger/project/src --git-dir=build/.git log
