# hubls-run: python3 {file}; python3 -c "a, b, c = [1, 2, 3, 4]"
pairs = {"alpha": 1, "beta": 2}
for key, value in pairs:
    print(key, value)
