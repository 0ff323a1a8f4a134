# hubls-run: python3 {file}
import pathlib, subprocess, sys
pathlib.Path("a.py").write_text("def main():\n    x = 1\n\treturn x\n")
pathlib.Path("b.py").write_text("if True:\n\tif True:\n        \tpass\n")
for name in ["a.py", "b.py"]:
    subprocess.run([sys.executable, name])
