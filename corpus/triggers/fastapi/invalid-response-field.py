# FastAPI: return annotation / response_model that is not a Pydantic-compatible type.
# needs: pip install fastapi sqlalchemy
# hubls-run: python3 {file} orm; python3 {file} session
import sys
from fastapi import FastAPI
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)


app = FastAPI()

if sys.argv[1] == "orm":
    @app.get("/users/{user_id}")
    def get_user(user_id: int) -> User:
        ...
else:
    @app.get("/session", response_model=Session)
    def get_session():
        ...
