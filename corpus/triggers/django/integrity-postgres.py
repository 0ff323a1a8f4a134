# Django on PostgreSQL: unique and not-null violations (psycopg2 messages wrapped by Django).
# needs: pip install django psycopg2-binary
# hubls-needs: postgres
# hubls-run: python3 {file} unique; python3 {file} notnull
import os
import pathlib
import sys

pathlib.Path("crm").mkdir(exist_ok=True)
pathlib.Path("crm/__init__.py").write_text("")
pathlib.Path("crm/models.py").write_text('''
from django.db import models


class Lead(models.Model):
    email = models.EmailField(unique=True)


class Note(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE)
''')

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["crm"],
    DATABASES={"default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "postgres",
        "USER": os.environ.get("PGUSER", "postgres"),
        "HOST": os.environ.get("PGHOST", "/tmp"),
    }},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.db import connection
from crm.models import Lead, Note

with connection.schema_editor() as editor:
    for model in (Note, Lead):
        editor.execute(f"DROP TABLE IF EXISTS {model._meta.db_table} CASCADE")
    editor.create_model(Lead)
    editor.create_model(Note)

if sys.argv[1] == "unique":
    Lead.objects.create(email="ada@example.com")
    Lead.objects.create(email="ada@example.com")
else:
    Note.objects.create()
