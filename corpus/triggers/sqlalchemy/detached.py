# SQLAlchemy: lazy-loading a relationship / expired attribute after the session is closed.
# The "<User at 0x...>" address changes on every run, so the entry quotes the line from "is not bound" on.
# needs: pip install sqlalchemy
# hubls-run: python3 {file} lazy; python3 {file} expired
import sys

from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    posts: Mapped[list["Post"]] = relationship(back_populates="author")


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    author: Mapped[User] = relationship(back_populates="posts")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(User(name="ada"))
    session.commit()


def load_user():
    with Session(engine) as session:
        user = session.get(User, 1)
        if sys.argv[1] == "expired":
            session.commit()          # expires every loaded attribute
        return user


user = load_user()
if sys.argv[1] == "lazy":
    print(user.posts)
else:
    print(user.name)
