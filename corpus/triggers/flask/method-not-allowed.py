# Flask: POST to a route that only accepts GET (the default) -> 405.
# needs: pip install flask
# hubls-run: python3 {file}
from flask import Flask, request
from werkzeug.exceptions import MethodNotAllowed

app = Flask(__name__)


@app.route("/login")
def login():
    return "form"


client = app.test_client()
response = client.post("/login", data={"user": "ada"})
print(response.status)
print(response.get_data(as_text=True))
with app.test_request_context("/login", method="POST"):
    adapter = app.url_map.bind("localhost")
    try:
        adapter.match("/login", method="POST")
    except MethodNotAllowed as exc:
        print(f"{type(exc).__module__}.{type(exc).__name__}: {exc}")
