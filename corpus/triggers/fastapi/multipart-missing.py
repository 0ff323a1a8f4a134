# FastAPI: Form()/UploadFile parameters without the python-multipart package installed.
# needs: pip install fastapi
# hubls-run: python3 {file} form; python3 {file} upload
import sys

# Behave as if python-multipart were not installed, whatever this machine has: a None entry in
# sys.modules makes `import python_multipart` / `import multipart` raise ImportError.
sys.modules["python_multipart"] = None
sys.modules["multipart"] = None
from fastapi import FastAPI, File, Form, UploadFile

app = FastAPI()

if sys.argv[1] == "form":
    @app.post("/login")
    def login(username: str = Form(), password: str = Form()):
        return {"user": username}
else:
    @app.post("/avatar")
    def upload(file: UploadFile = File()):
        return {"name": file.filename}
