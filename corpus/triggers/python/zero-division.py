# hubls-run: python3 {file}; python3 -c "print(1.5 / 0)"; python3 -c "print(7 % 0)"
scores = []
print(sum(scores) / len(scores))
