# hubls-run: python3 {file}
import pathlib, subprocess, sys
pathlib.Path("a.py").write_text("total = sum([1, 2, 3]\nprint(total)\n")
pathlib.Path("b.py").write_text("config = {'debug': True,\n\n")
pathlib.Path("c.py").write_text("name = 'alice\n")
for name in ["a.py", "b.py", "c.py"]:
    subprocess.run([sys.executable, name])
