# FastAPI: request body / query parameter that fails validation -> 422 with a "detail" list.
# needs: pip install fastapi httpx
# hubls-run: python3 {file}
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()


class ItemIn(BaseModel):
    name: str
    price: float


@app.post("/items")
def create_item(item: ItemIn):
    return item


@app.get("/items")
def list_items(limit: int = 10):
    return []


client = TestClient(app)
r = client.post("/items", json={"price": 3.5})
print(r.status_code, r.text)
r = client.get("/items", params={"limit": "ten"})
print(r.status_code, r.text)
