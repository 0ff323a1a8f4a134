# Flask-SQLAlchemy: using db with an app that was never passed to init_app, and a missing database URI.
# needs: pip install flask flask-sqlalchemy
# hubls-run: python3 {file} not-registered; python3 {file} no-uri
import sys
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)


if sys.argv[1] == "not-registered":
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
    with app.app_context():
        db.create_all()
else:
    app = Flask(__name__)
    db.init_app(app)
