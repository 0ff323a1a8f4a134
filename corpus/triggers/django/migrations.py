# Django makemigrations: adding a non-nullable field to a model that already has a migration
# (interactive prompt and --noinput).
# needs: pip install django
# hubls-run: python3 {file} author; python3 {file} price
import pathlib
import sys

import django
from django.conf import settings

FIELD = sys.argv[1]
app = pathlib.Path("store")
(app / "migrations").mkdir(parents=True, exist_ok=True)
(app / "__init__.py").write_text("")
(app / "migrations" / "__init__.py").write_text("")
for old in (app / "migrations").glob("0*.py"):
    old.unlink()
MODEL = '''
from django.conf import settings
from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
{extra}
'''
(app / "models.py").write_text(MODEL.format(extra=""))

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "store"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()
from django.core.management import call_command

call_command("makemigrations", "store", verbosity=0)

# Now add a required field and run makemigrations again in a fresh process (as a developer would).
extra = {
    "author": "    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)",
    "price": "    price = models.DecimalField(max_digits=8, decimal_places=2)",
}[FIELD]
(app / "models.py").write_text(MODEL.format(extra=extra))
import subprocess

for interactive in (True, False):
    # A terminal run prompts (interactive); CI and scripts use --noinput. stdin is closed, so the prompt ends.
    subprocess.run([sys.executable, "-c", f"""
import django
from django.conf import settings
settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "store"],
    DATABASES={{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}}},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()
from django.core.management import call_command
call_command("makemigrations", "store", interactive={interactive})
"""], stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL if interactive else None)
