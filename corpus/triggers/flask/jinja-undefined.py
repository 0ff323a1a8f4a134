# Flask/Jinja: a template uses a variable that was not passed, then accesses an attribute of it.
# needs: pip install flask
# hubls-run: python3 {file} attr; python3 {file} strict
import sys
from flask import Flask, render_template_string
from jinja2 import StrictUndefined

app = Flask(__name__)

with app.app_context():
    if sys.argv[1] == "attr":
        render_template_string("<h1>Hello {{ user.name }}</h1>")
    else:
        app.jinja_env.undefined = StrictUndefined
        render_template_string("<p>{{ total_price }}</p>")
