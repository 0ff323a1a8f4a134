# hubls-run: python3 {file}; python3 -c "float('1,5')"
price = "12.50 EUR"
print(float(price))
