# hubls-run: python3 {file}; python3 -c "print(f'{\"12.5\":.2f}')"
price = None
print(f"total: {price:.2f}")
