# hubls-run: python3 {file}
import pathlib, subprocess, sys

pathlib.Path("a.py").write_text("import asyncio\n\ndef load():\n    await asyncio.sleep(1)\n")
pathlib.Path("b.py").write_text("def read(lock):\n    async with lock:\n        pass\n")
pathlib.Path("c.py").write_text("def collect(stream):\n    return [x async for x in stream]\n")
for name in ["a.py", "b.py", "c.py"]:
    subprocess.run([sys.executable, name])
