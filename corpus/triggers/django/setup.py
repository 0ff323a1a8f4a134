# Django start-up errors: settings not configured, app registry not ready, empty SECRET_KEY,
# models outside INSTALLED_APPS.
# needs: pip install django
# hubls-run: for s in no-settings no-settings-model apps-not-loaded models-not-loaded secret-key app-label app-label-2; do python3 {file} $s; done
import sys

scenario = sys.argv[1]

if scenario == "no-settings":
    from django.conf import settings
    print(settings.DEBUG)
elif scenario == "no-settings-model":
    from django.contrib.auth.models import User
elif scenario == "apps-not-loaded":
    from django.conf import settings
    settings.configure(INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"])
    from django.contrib.auth.models import User      # before django.setup()
elif scenario == "models-not-loaded":
    from django.conf import settings
    settings.configure(INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"])
    from django.apps import apps
    apps.get_model("auth", "User")
elif scenario == "secret-key":
    from django.conf import settings
    settings.configure(SECRET_KEY="")
    print(settings.SECRET_KEY)
else:
    import django
    from django.conf import settings
    settings.configure(INSTALLED_APPS=["django.contrib.contenttypes"])
    django.setup()
    from django.db import models

    if scenario == "app-label":
        class Note(models.Model):
            text = models.TextField()
    else:
        class Invoice(models.Model):
            total = models.DecimalField(max_digits=10, decimal_places=2)
