# hubls-run: python3 {file}; python3 -c "host, port = 'localhost'.split(':')"
line = "alice,admin"
name, role, email = line.split(",")
