# hubls-run: python3 {file}; python3 -c "list = [1, 2]; print(list((3, 4)))"
total = 10
tax = 0.2
price = total(1 + tax)
