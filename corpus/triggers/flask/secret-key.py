# Flask: writing to session (or flash()) without app.secret_key; run as a script and under pytest.
# needs: pip install flask pytest
# hubls-run: python3 {file}; python3 -m pytest -q -p no:cacheprovider {file}
from flask import Flask, flash, session

app = Flask(__name__)
app.config["PROPAGATE_EXCEPTIONS"] = True


@app.route("/login")
def login():
    session["user_id"] = 42
    return "ok"


@app.route("/logout")
def logout():
    flash("Signed out")
    return "bye"


def test_logout():
    app.test_client().get("/logout")


if __name__ == "__main__":
    app.test_client().get("/login")
