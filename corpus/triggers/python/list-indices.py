# hubls-run: python3 {file}; python3 -c "rows = [1, 2]; print(rows[1.0])"
users = [{"name": "ann"}, {"name": "bob"}]
print(users["name"])
