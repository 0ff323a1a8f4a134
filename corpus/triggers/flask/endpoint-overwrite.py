# Flask: two view functions registered under the same endpoint name.
# needs: pip install flask
# hubls-run: python3 {file} plain; python3 {file} decorator
import functools
import sys
from flask import Flask

app = Flask(__name__)

if sys.argv[1] == "plain":
    @app.route("/")
    def index():
        return "home"

    @app.route("/home")
    def index():
        return "home again"
else:
    def login_required(view):
        def wrapper(*args, **kwargs):
            return view(*args, **kwargs)
        return wrapper

    @app.route("/profile")
    @login_required
    def profile():
        return "me"

    @app.route("/settings")
    @login_required
    def settings():
        return "settings"
