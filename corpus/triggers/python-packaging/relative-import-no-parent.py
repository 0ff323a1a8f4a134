# A module of a package run as a script: `python app/main.py` instead of `python -m app.main`.
# hubls-run: python3 {file}
import pathlib, subprocess, sys

pkg = pathlib.Path("app")
pkg.mkdir(exist_ok=True)
(pkg / "__init__.py").write_text("")
(pkg / "utils.py").write_text("def slugify(s):\n    return s.lower()\n")
(pkg / "main.py").write_text("from .utils import slugify\nprint(slugify('Hi'))\n")
(pkg / "cli.py").write_text("from . import utils\n")
subprocess.run([sys.executable, "app/main.py"])
subprocess.run([sys.executable, "app/cli.py"])
subprocess.run([sys.executable, "-m", "app.main"])
(pkg / "admin.py").write_text("from ..settings import DEBUG\n")
subprocess.run([sys.executable, "-m", "app.admin"])
