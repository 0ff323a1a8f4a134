# Flask: request.form["field"] when the form has no such field -> 400 BadRequestKeyError.
# needs: pip install flask
# hubls-run: python3 {file} email; python3 {file} password page
import sys
from flask import Flask, request

app = Flask(__name__)
FIELD = sys.argv[1]


@app.route("/signup", methods=["POST"])
def signup():
    return request.form[FIELD]


if len(sys.argv) > 2:
    # What the browser shows in production (exception not propagated).
    print(app.test_client().post("/signup", data={"username": "ada"}).get_data(as_text=True))
else:
    app.config["DEBUG"] = True
    app.config["PROPAGATE_EXCEPTIONS"] = True
    app.test_client().post("/signup", data={"username": "ada"})
