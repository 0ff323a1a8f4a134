# hubls-run: python3 {file}; python3 -c "print(None > 0)"
versions = ["10", 2, "3"]
print(sorted(versions))
