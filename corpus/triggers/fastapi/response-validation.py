# FastAPI: the endpoint returns data that does not match its response_model / return type.
# needs: pip install fastapi httpx
# hubls-run: python3 {file}
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()


class UserOut(BaseModel):
    id: int
    email: str


@app.get("/users/{user_id}", response_model=UserOut)
def get_user(user_id: int):
    return {"id": user_id, "mail": "ada@example.com"}


TestClient(app).get("/users/3")
