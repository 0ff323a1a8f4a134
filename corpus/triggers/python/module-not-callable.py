# hubls-run: python3 {file}; python3 -c "import pprint; pprint({'a': 1})"; /root/.pyenv/versions/3.12.1/bin/python3 {file}
import datetime

print(datetime(2024, 1, 1))
