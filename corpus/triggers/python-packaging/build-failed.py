# Local source packages whose C extension build fails (a missing header, as with absent -dev packages).
# Needs PyPI for pip's isolated build environment (setuptools).
# hubls-run: python3 {file}
import pathlib, subprocess, sys

for name in ["fastparse", "geohashx"]:
    pkg = pathlib.Path(name)
    pkg.mkdir(exist_ok=True)
    (pkg / "setup.py").write_text(
        "from setuptools import setup, Extension\n"
        f"setup(name='{name}', version='0.1', ext_modules=[Extension('{name}._speedups', ['speedups.c'])])\n"
    )
    (pkg / "speedups.c").write_text("#include <missing_library.h>\nint x;\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", f"./{name}"])
