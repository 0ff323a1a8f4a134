# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1
g() { git -c user.name=Dev -c user.email=dev@example.com -c init.defaultBranch=main "$@"; }
g init -q --bare remote.git
g clone -q remote.git alice 2>/dev/null && g clone -q remote.git bob 2>/dev/null
cd alice && echo a > a.txt && g add . && g commit -q -m "alice 1" && g push -q origin main && cd ..
cd bob && g pull -q --ff-only origin main && cd ..
cd alice && echo a2 >> a.txt && g commit -q -am "alice 2" && g push -q origin main && cd ..
cd bob && echo b > b.txt && g add . && g commit -q -m "bob 1"
g pull
g pull --ff-only
