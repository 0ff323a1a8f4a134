# Flask: reading request / session outside a request.
# needs: pip install flask
# hubls-run: python3 {file} request; python3 {file} session
import sys
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev"

with app.app_context():
    if sys.argv[1] == "request":
        print(request.args.get("page"))
    else:
        print(session.get("user_id"))
