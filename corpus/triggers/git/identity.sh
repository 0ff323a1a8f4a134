# hubls-run: sh {file}
export HOME=$PWD GIT_CONFIG_NOSYSTEM=1 EMAIL= GIT_AUTHOR_NAME= GIT_COMMITTER_NAME=
git init -q repo && cd repo
echo x > a && git add a
git -c user.useConfigOnly=true commit -q -m first
git -c user.useConfigOnly=true -c user.email=dev@example.com commit -q -m first
