# SQLAlchemy mapping errors raised when the mappers are configured (first query / configure_mappers()).
# needs: pip install sqlalchemy
# hubls-run: for s in name name-2 nofk nofk-2 defined defined-2 nopk nopk-2; do python3 {file} $s; done
import sys

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, configure_mappers, mapped_column, relationship

s = sys.argv[1]


class Base(DeclarativeBase):
    pass


if s in ("name", "name-2"):
    class User(Base):
        __tablename__ = "users"
        id: Mapped[int] = mapped_column(primary_key=True)
        if s == "name":
            posts = relationship("Post")                 # class Post is never defined
        else:
            orders = relationship("Orders", back_populates="customer")   # typo: class is Order

    class Order(Base):
        __tablename__ = "orders"
        id: Mapped[int] = mapped_column(primary_key=True)
        customer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
        customer = relationship("User", back_populates="orders")
    configure_mappers()
elif s == "nofk":
    class User(Base):
        __tablename__ = "users"
        id: Mapped[int] = mapped_column(primary_key=True)
        posts = relationship("Post")

    class Post(Base):
        __tablename__ = "posts"
        id: Mapped[int] = mapped_column(primary_key=True)
        author_id: Mapped[int]                           # no ForeignKey("users.id")
    configure_mappers()
elif s == "nofk-2":
    class Customer(Base):
        __tablename__ = "customers"
        id: Mapped[int] = mapped_column(primary_key=True)

    class Invoice(Base):
        __tablename__ = "invoices"
        id: Mapped[int] = mapped_column(primary_key=True)
        customer_id: Mapped[int] = mapped_column(Integer)  # plain column, no ForeignKey
        customer = relationship(Customer)
    configure_mappers()
elif s in ("defined", "defined-2"):
    name = "users" if s == "defined" else "audit_log"

    class A(Base):
        __tablename__ = name
        id: Mapped[int] = mapped_column(primary_key=True)

    class B(Base):
        __tablename__ = name
        id: Mapped[int] = mapped_column(primary_key=True)
else:
    if s == "nopk":
        class Tag(Base):
            __tablename__ = "tags"
            name: Mapped[str] = mapped_column(String(50))
    else:
        events = Table("events", Base.metadata, Column("payload", String))

        class Event(Base):
            __table__ = events
