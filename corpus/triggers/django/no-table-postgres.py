# Django on PostgreSQL: querying a model whose migration was never applied.
# needs: pip install django psycopg2-binary
# hubls-needs: postgres
# hubls-run: python3 {file} post; python3 {file} order
import os
import pathlib
import sys

pathlib.Path("shop").mkdir(exist_ok=True)
pathlib.Path("shop/__init__.py").write_text("")
pathlib.Path("shop/models.py").write_text('''
from django.db import models


class Post(models.Model):
    title = models.CharField(max_length=200)


class Order(models.Model):
    total = models.IntegerField()
''')

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["shop"],
    DATABASES={"default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "postgres",
        "USER": os.environ.get("PGUSER", "postgres"),
        "HOST": os.environ.get("PGHOST", "/tmp"),
    }},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from shop.models import Order, Post

model = Post if sys.argv[1] == "post" else Order
print(model.objects.count())
