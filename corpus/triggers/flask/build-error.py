# Flask: url_for with an endpoint name that does not exist, or without a required argument.
# needs: pip install flask
# hubls-run: python3 {file} profile; python3 {file} post_detail; python3 {file} missing-arg
import sys
from flask import Flask, url_for

app = Flask(__name__)


@app.route("/")
def index():
    return "home"


@app.route("/posts/<int:post_id>")
def show_post(post_id):
    return str(post_id)


with app.test_request_context():
    if sys.argv[1] == "missing-arg":
        print(url_for("show_post"))
    else:
        print(url_for(sys.argv[1]))
