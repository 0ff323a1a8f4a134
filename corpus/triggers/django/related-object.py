# Django: accessing a reverse one-to-one (or a null forward FK in a custom check) that has no row.
# needs: pip install django
# hubls-run: python3 {file} profile; python3 {file} invoice
import pathlib
import sys

pathlib.Path("accounts").mkdir(exist_ok=True)
pathlib.Path("accounts/__init__.py").write_text("")
pathlib.Path("accounts/models.py").write_text('''
from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")


class Order(models.Model):
    number = models.CharField(max_length=20)


class Invoice(models.Model):
    order = models.OneToOneField(Order, on_delete=models.CASCADE)
''')

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "accounts"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.apps import apps
from django.db import connection

with connection.schema_editor() as editor:
    for model in apps.get_models():
        editor.create_model(model)

from django.contrib.auth.models import User
from accounts.models import Order

if sys.argv[1] == "profile":
    user = User.objects.create(username="ada")
    print(user.profile)
else:
    order = Order.objects.create(number="A-1")
    print(order.invoice)
