# hubls-run: python3 {file}; python3 -c "import sys; print(totl)"
def report(items):
    total = sum(items)
    print(f"total: {totla}")


report([1, 2, 3])
