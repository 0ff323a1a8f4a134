# hubls-run: pip install -q GitPython >/dev/null 2>&1; sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main -c advice.detachedHead=true "$@"; }
g init -q --bare remote.git
g init -q seed && cd seed && echo "# Remote README" > README.md && g add . && g commit -q -m "Initial commit" && g push -q ../remote.git main && cd ..
g init -q local && cd local && echo "print(1)" > app.py && g add . && g commit -q -m "local start"
g remote add origin ../remote.git
g pull --no-rebase origin main
g fetch -q origin && g merge origin/main
HOME=/root python3 -c "
import git  # GitPython
repo = git.Repo('.')
repo.git.merge('origin/main')
" 2>&1 | grep "stderr:"
