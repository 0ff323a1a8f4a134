# Django: reverse() for a URL name that is namespaced/missing, and {% url %} with an empty argument.
# needs: pip install django
# hubls-run: python3 {file} name; python3 {file} empty-arg
import sys

import django
from django.conf import settings

settings.configure(
    ROOT_URLCONF=__name__,
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
django.setup()

from django.http import HttpResponse
from django.shortcuts import redirect
from django.template import Context, Template
from django.urls import path


def profile(request, username):
    return HttpResponse(username)


urlpatterns = [path("users/<str:username>/", profile, name="profile")]

if sys.argv[1] == "name":
    redirect("login")
else:
    # "user" is not in the context, so the argument renders as ''.
    Template("{% url 'profile' user.username %}").render(Context({}))
