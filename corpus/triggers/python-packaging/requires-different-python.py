# Builds a tiny wheel whose metadata says Requires-Python >=3.12, then installs it with Python 3.11 (offline).
# hubls-run: python3 {file}
import subprocess, sys, zipfile, base64, hashlib


def build(name, version, requires):
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": "",
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nRequires-Python: {requires}\n",
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    wheel = f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path, text in files.items():
            zf.writestr(path, text)
    return wheel


for name, requires in [("fastlib", ">=3.12"), ("legacytool", "<3.8,>=2.7")]:
    wheel = build(name, "1.0.0", requires)
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-index", "--disable-pip-version-check", wheel])
