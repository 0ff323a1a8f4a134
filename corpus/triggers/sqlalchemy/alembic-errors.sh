#!/bin/sh
# Alembic: autogenerate while the database is behind, and a database stamped with a revision whose file is gone.
# needs: pip install alembic sqlalchemy
# hubls-run: sh {file}
set -u
alembic init -q migrations >/dev/null 2>&1 || alembic init migrations >/dev/null
sed -i 's#^sqlalchemy.url = .*#sqlalchemy.url = sqlite:///app.db#' alembic.ini
alembic revision -m "create users" --rev-id a1b2c3d4e5f6 >/dev/null
alembic revision -m "add email" --rev-id 0f9e8d7c6b5a >/dev/null
# 1. the database is at no revision, the scripts are at head -> autogenerate refuses
alembic revision --autogenerate -m "more" 2>&1
alembic upgrade a1b2c3d4e5f6 >/dev/null 2>&1
alembic check 2>&1
# 2. the revision recorded in the database no longer exists in migrations/versions
alembic upgrade head >/dev/null 2>&1
rm migrations/versions/0f9e8d7c6b5a_*.py
alembic upgrade head 2>&1
sqlite3 app.db "UPDATE alembic_version SET version_num = '7d3c2b1a0f9e'" 2>/dev/null || python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute(\"UPDATE alembic_version SET version_num = '7d3c2b1a0f9e'\"); c.commit()"
alembic current 2>&1
