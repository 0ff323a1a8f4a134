# SQLAlchemy 2.x errors, one scenario per argument (SQLite in memory or a temp file).
# needs: pip install sqlalchemy aiosqlite greenlet
# hubls-run: for s in url url-2 dialect dialect-2 exec exec-2 exec-3 textual textual-2 integrity integrity-2 rollback rollback-2 pool pool-2 greenlet greenlet-2 no-table no-table-2; do python3 {file} $s; done
import asyncio
import sys

from sqlalchemy import ForeignKey, String, create_engine, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    posts: Mapped[list["Post"]] = relationship(back_populates="author")


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(unique=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    author: Mapped[User] = relationship(back_populates="posts")


def memory_engine(**kw):
    engine = create_engine("sqlite://", **kw)
    Base.metadata.create_all(engine)
    return engine


s = sys.argv[1]
if s == "url":
    create_engine("localhost:5432/app")
elif s == "url-2":
    create_engine("")
elif s == "dialect":
    create_engine("postgres://app:secret@db.internal:5432/app")
elif s == "dialect-2":
    create_engine("mssql+pyodbcc://sa:pw@sqlserver/app")
elif s == "exec":
    with memory_engine().connect() as conn:
        conn.execute("SELECT count(*) FROM users")
elif s == "exec-2":
    with Session(memory_engine()) as session:
        session.execute("DELETE FROM posts WHERE id = 3")
elif s == "exec-3":
    with memory_engine().begin() as conn:
        conn.execute("UPDATE posts SET slug = lower(slug)")
elif s == "textual":
    with Session(memory_engine()) as session:
        session.scalars(select(User).where("email = 'ada@example.com'")).all()
elif s == "textual-2":
    with Session(memory_engine()) as session:
        session.scalars(select(User).order_by("id desc")).all()
elif s in ("integrity", "integrity-2"):
    with Session(memory_engine()) as session:
        if s == "integrity":
            session.add_all([User(email="ada@example.com"), User(email="ada@example.com")])
        else:
            session.add(User(email=None))
        session.commit()
elif s in ("rollback", "rollback-2"):
    with Session(memory_engine()) as session:
        session.add(User(id=1, email="ada@example.com"))
        session.commit()
        try:
            if s == "rollback":
                session.add(User(email="ada@example.com"))
            else:
                session.add(User(id=1, email="bob@example.com"))
            session.commit()
        except Exception:
            pass                       # swallowed without session.rollback()
        session.scalars(select(User)).all()
elif s in ("pool", "pool-2"):
    size, overflow, timeout = (1, 0, 1) if s == "pool" else (2, 1, 0.5)
    engine = create_engine(
        "sqlite:///pool.db", poolclass=__import__("sqlalchemy").pool.QueuePool,
        pool_size=size, max_overflow=overflow, pool_timeout=timeout,
    )
    held = [engine.connect() for _ in range(size + overflow)]   # never closed
    engine.connect()
elif s in ("greenlet", "greenlet-2"):
    from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

    async def main():
        engine = create_async_engine("sqlite+aiosqlite://")
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        async with AsyncSession(engine) as session:
            session.add(User(email="ada@example.com"))
            await session.commit()
            user = (await session.scalars(select(User))).one()
            if s == "greenlet":
                print(user.posts)          # lazy load in async code
            else:
                user.email = "ada@example.org"
                await session.commit()     # expires the instance
                print(user.email)          # refresh = implicit IO in async code
    asyncio.run(main())
elif s in ("no-table", "no-table-2"):
    engine = create_engine("sqlite://")            # create_all() never called
    with Session(engine) as session:
        model = User if s == "no-table" else Post
        session.scalars(select(model)).all()
