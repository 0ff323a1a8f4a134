# hubls-run: python3 {file}; python3 -c "d = {'a': 1}; d.has_key('a')"
names = "alice,bob"
names.append("carol")
