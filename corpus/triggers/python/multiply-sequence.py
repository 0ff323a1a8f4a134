# hubls-run: python3 {file}; python3 -c "print([0] * '3')"
price = "19.99"
print(price * 1.2)
