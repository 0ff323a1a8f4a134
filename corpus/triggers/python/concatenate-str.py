# hubls-run: python3 {file}; python3 -c "print('a' + None)"; python3 -c "print([1] + (2,))"
count = 3
print("items: " + count)
