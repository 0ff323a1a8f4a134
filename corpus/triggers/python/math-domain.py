# hubls-run: python3 {file}; python3 -c "import math; math.log(0)"
import math

variance = -0.0001
print(math.sqrt(variance))
