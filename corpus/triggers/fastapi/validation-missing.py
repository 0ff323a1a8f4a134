# Pydantic v2: a required field is missing.
# needs: pip install pydantic
# hubls-run: python3 {file} user; python3 {file} order
import sys
from pydantic import BaseModel


class User(BaseModel):
    name: str
    email: str


class Order(BaseModel):
    id: int
    total: float


if sys.argv[1] == "user":
    User(name="ada")
else:
    Order.model_validate({"id": 7})
