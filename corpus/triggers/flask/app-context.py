# Flask: touching current_app / flask.g outside an application context.
# needs: pip install flask
# hubls-run: python3 {file} current_app; python3 {file} g
import sys
from flask import Flask, current_app, g

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/tmp/uploads"

if sys.argv[1] == "current_app":
    print(current_app.config["UPLOAD_DIR"])
else:
    g.user = "ada"
