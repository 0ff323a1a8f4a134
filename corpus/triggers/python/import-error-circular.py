# Two modules that import names from each other at import time.
# hubls-run: python3 {file}
import pathlib, subprocess, sys
pathlib.Path("models.py").write_text("from services import notify\n\nclass User:\n    pass\n")
pathlib.Path("services.py").write_text("from models import User\n\ndef notify(user: User):\n    pass\n")
subprocess.run([sys.executable, "-c", "import models"])
subprocess.run([sys.executable, "-c", "import services"])
