# hubls-run: python3 {file}; python3 -c "print(len(42))"
def fetch_items():
    return None


print(len(fetch_items()))
