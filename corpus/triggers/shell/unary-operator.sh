# hubls-run: bash {file}; bash -c 'name="Ada Lovelace"; [ $name = Ada ] && echo hi'
# $STATUS is empty and unquoted, so the test sees `[ = ok ]`.
STATUS=""
if [ $STATUS = "ok" ]; then echo fine; fi
