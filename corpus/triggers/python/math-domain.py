# hubls-run: python3 {file}; python3 -c "import math; math.log(0)"; python3 -m pytest -q -p no:cacheprovider {file} 2>&1 | grep -E '^E +ValueError'
import math


def stddev(values):
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values) - 0.0001)


# Under pytest: the same failure as the test output shows it.
def test_stddev_of_constant_series():
    assert stddev([3.0, 3.0, 3.0]) == 0.0


if __name__ == "__main__":
    variance = -0.0001
    print(math.sqrt(variance))
