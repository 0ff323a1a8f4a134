# Flask: request.get_json() / request.json on a request that is not application/json -> 415.
# needs: pip install flask
# hubls-run: python3 {file}
from flask import Flask, request

app = Flask(__name__)


@app.post("/api/items")
def create_item():
    return {"name": request.get_json()["name"]}


client = app.test_client()
for kwargs in ({"data": {"name": "pen"}}, {"data": '{"name": "pen"}'}):
    response = client.post("/api/items", **kwargs)
    print(response.status, response.get_data(as_text=True).splitlines()[-1])
app.config["PROPAGATE_EXCEPTIONS"] = True
with app.test_request_context("/api/items", method="POST", data="name=pen"):
    request.get_json()
