# hubls-run: python3 {file}; python3 -c "for c in 3.5: pass"
count = 5
for i in count:
    print(i)
