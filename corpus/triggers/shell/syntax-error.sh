# hubls-run: bash {file}; bash -c 'if [ -f .env ]; source .env; fi'
# `do` is missing after the for list.
for f in *.log
  gzip "$f"
done
