# hubls-run: python3 {file}
import pathlib, subprocess, sys
pathlib.Path("a.py").write_text("def main():\n    x = 1\n      y = 2\n")
pathlib.Path("b.py").write_text("for item in [1, 2]:\nprint(item)\n")
pathlib.Path("c.py").write_text("def main():\n        x = 1\n    return x\n")
pathlib.Path("d.py").write_text("def handler(event):\n    if event:\n    return 1\n")
for name in ["a.py", "b.py", "c.py", "d.py"]:
    subprocess.run([sys.executable, name])
