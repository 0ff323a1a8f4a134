# hubls-run: sh {file}; LC_ALL=C sh -c ./hello.sh
# A script saved with Windows line endings (CRLF) runs its shebang as "bash\r".
printf '#!/usr/bin/env bash\r\necho hello\r\n' > hello.sh
printf '#!/bin/bash\r\necho deploy\r\n' > deploy.sh
printf '#!/usr/bin/pyhton3\nprint(1)\n' > tool.py
chmod +x hello.sh deploy.sh tool.py
./hello.sh
bash -c ./deploy.sh
bash -c ./tool.py
./tool.py
