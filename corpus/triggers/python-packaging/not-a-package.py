# A module file utils.py next to the script shadows a package directory named utils/ (or a dotted import of a plain module).
# hubls-run: python3 {file}
import pathlib, subprocess, sys

pathlib.Path("utils.py").write_text("")
subprocess.run([sys.executable, "-c", "import utils.helpers"])
subprocess.run([sys.executable, "-c", "from json.encoder.fast import dumps"])
