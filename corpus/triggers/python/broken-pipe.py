# hubls-run: python3 {file} | head -n 1
for i in range(100_000):
    print(f"line {i}")
