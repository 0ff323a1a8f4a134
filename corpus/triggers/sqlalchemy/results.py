# SQLAlchemy: one()/scalar_one() with zero or several rows, ambiguous foreign keys, annotations without Mapped[].
# needs: pip install sqlalchemy
# hubls-run: for s in none many ambiguous ambiguous-2 annotation annotation-2; do python3 {file} $s; done
import sys

from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, configure_mappers, mapped_column, relationship

s = sys.argv[1]


class Base(DeclarativeBase):
    pass


if s in ("none", "many"):
    class User(Base):
        __tablename__ = "users"
        id: Mapped[int] = mapped_column(primary_key=True)
        team: Mapped[str]

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all([User(team="core"), User(team="core")])
        session.commit()
        team = "web" if s == "none" else "core"
        session.scalars(select(User).where(User.team == team)).one()
elif s in ("ambiguous", "ambiguous-2"):
    class User(Base):
        __tablename__ = "users"
        id: Mapped[int] = mapped_column(primary_key=True)

    class Transfer(Base):
        __tablename__ = "transfers"
        id: Mapped[int] = mapped_column(primary_key=True)
        sender_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
        receiver_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
        if s == "ambiguous":
            sender: Mapped[User] = relationship()
        else:
            receiver: Mapped[User] = relationship()
    configure_mappers()
else:
    class Product(Base):
        __tablename__ = "products"
        id: Mapped[int] = mapped_column(primary_key=True)
        if s == "annotation":
            name: str = mapped_column()
        else:
            tags: list[str]
