# hubls-run: python3 {file}; python3 -c "s = {1, 2, 3}; [s.discard(x) for x in s]"
sessions = {"a": 1, "b": 0, "c": 0}
for key in sessions:
    if sessions[key] == 0:
        del sessions[key]
