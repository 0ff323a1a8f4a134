# hubls-run: python3 {file}; python3 -c "print(''[0])"; python3 -c "print((1, 2)[5])"
import sys

args = ["prog"]
print(args[1])
