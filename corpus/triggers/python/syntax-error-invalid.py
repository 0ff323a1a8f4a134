# hubls-run: python3 {file}
import pathlib, subprocess, sys
pathlib.Path("a.py").write_text("def main()\n    pass\n")
pathlib.Path("b.py").write_text("x = 1\nif x = 1:\n    pass\n")
pathlib.Path("c.py").write_text("print 'hello'\n")
pathlib.Path("d.py").write_text("items = [1 2 3]\n")
pathlib.Path("e.py").write_text("class = 5\n")
for name in ["a.py", "b.py", "c.py", "d.py", "e.py"]:
    subprocess.run([sys.executable, name])
