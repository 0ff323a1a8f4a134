# Flask: a view function that returns None.
# needs: pip install flask
# hubls-run: python3 {file} save; python3 {file} delete_item
import sys
from flask import Flask

app = Flask(__name__)
app.config["PROPAGATE_EXCEPTIONS"] = True


def handler():
    print("saved")


app.add_url_rule("/x", endpoint=sys.argv[1], view_func=handler)
app.test_client().get("/x")
