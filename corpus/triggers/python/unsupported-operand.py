# hubls-run: python3 {file}; python3 -c "print(None - 1)"
count = 3
label = "items: "
print(count + label)
