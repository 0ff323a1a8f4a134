# A local source package whose build fails, like a C extension without compiler or headers.
# Needs PyPI for pip's isolated build environment (setuptools).
# hubls-run: python3 {file}
import pathlib, subprocess, sys

pkg = pathlib.Path("fastparse")
pkg.mkdir(exist_ok=True)
(pkg / "setup.py").write_text(
    "from setuptools import setup, Extension\n"
    "setup(name='fastparse', version='0.1', ext_modules=[Extension('fastparse._speedups', ['speedups.c'])])\n"
)
(pkg / "speedups.c").write_text('#include <missing_library.h>\nint x;\n')
subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "./fastparse"])
