# hubls-run: python3 {file}; python3 -c "import math; math.exp(1000)"; python3 -c "print(float(10 ** 400))"
print(2.0 ** 10000)
