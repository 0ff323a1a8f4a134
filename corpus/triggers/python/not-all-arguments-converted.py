# hubls-run: python3 {file}; python3 -c "print('%s and %s' % ('a',))"
name, count = "ann", 3
print("user %s" % (name, count))
