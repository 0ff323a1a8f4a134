# Flask: render_template with a template that is not in the templates/ folder.
# needs: pip install flask
# hubls-run: python3 {file} index.html; python3 {file} users/profile.html
import sys
from flask import Flask, render_template

app = Flask(__name__)

with app.test_request_context():
    render_template(sys.argv[1])
