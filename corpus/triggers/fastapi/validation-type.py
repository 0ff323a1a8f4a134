# Pydantic v2: values of the wrong type.
# needs: pip install pydantic
# hubls-run: python3 {file} int; python3 {file} float; python3 {file} bool
import sys
from pydantic import BaseModel


class Item(BaseModel):
    quantity: int = 0
    price: float = 0.0
    active: bool = True


kind = sys.argv[1]
if kind == "int":
    Item(quantity="three")
elif kind == "float":
    Item(price="12,50")
else:
    Item(active="maybe")
