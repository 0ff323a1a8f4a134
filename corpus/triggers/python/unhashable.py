# hubls-run: python3 {file}; python3 -c "s = set(); s.add({'id': 1})"
seen = {}
key = ["alice", "admin"]
seen[key] = True
