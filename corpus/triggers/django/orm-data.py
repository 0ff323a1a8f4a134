# Django ORM data errors: constraint violations, naive datetimes, non-numeric ids.
# needs: pip install django
# hubls-run: for s in unique notnull naive naive-2 number number-2; do python3 {file} $s; done
import datetime
import pathlib
import sys

pathlib.Path("shop").mkdir(exist_ok=True)
pathlib.Path("shop/__init__.py").write_text("")
pathlib.Path("shop/models.py").write_text('''
from django.db import models


class Customer(models.Model):
    email = models.EmailField(unique=True)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    placed_at = models.DateTimeField(null=True)
    shipped_at = models.DateTimeField(null=True)
''')

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["shop"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    USE_TZ=True,
)
django.setup()

from django.db import connection
from shop.models import Customer, Order

with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)

s = sys.argv[1]
if s == "unique":
    Customer.objects.create(email="ada@example.com")
    Customer.objects.create(email="ada@example.com")
elif s == "notnull":
    Order.objects.create()
elif s.startswith("naive"):
    customer = Customer.objects.create(email="bob@example.com")
    if s == "naive":
        Order.objects.create(customer=customer, placed_at=datetime.datetime(2024, 5, 1, 12, 30))
    else:
        Order.objects.create(customer=customer, shipped_at=datetime.datetime(2024, 5, 3, 9, 0))
elif s == "number":
    Order.objects.filter(pk="abc").first()
else:
    Customer.objects.get(id="42/edit")
