# Django request-level errors in a single-file project (settings.configure + urlpatterns in this module).
# needs: pip install django
# hubls-run: for s in host host-port csrf-cookie csrf-token template template-include reverse-name reverse-args async-view async-view-2; do python3 {file} $s; done
import sys

import django
from django.conf import settings

settings.configure(
    DEBUG=True,
    ALLOWED_HOSTS=["localhost", "testserver"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="trigger-only",
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"],
    MIDDLEWARE=[
        "django.middleware.common.CommonMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True}],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
)
django.setup()

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.shortcuts import render
from django.template import Context, Template
from django.test import Client
from django.urls import path, reverse


def contact(request):
    return HttpResponse("thanks")


def post_list(request):
    return render(request, "blog/post_list.html", {"posts": []})


def post_detail(request, slug):
    return HttpResponse(slug)


async def feed(request):
    users = [u.username for u in User.objects.all()]
    return HttpResponse(", ".join(users))


urlpatterns = [
    path("contact/", contact),
    path("comment/", contact),
    path("posts/", post_list, name="post-list"),
    path("posts/<slug:slug>/", post_detail, name="post"),
    path("feed/", feed),
    path("api/feed/", feed),
]

scenario = sys.argv[1]
if scenario == "host":
    Client(HTTP_HOST="api.example.com").get("/contact/")
elif scenario == "host-port":
    Client(HTTP_HOST="10.0.0.5:8000").get("/contact/")
elif scenario == "csrf-cookie":
    r = Client(enforce_csrf_checks=True).post("/contact/", {"name": "ada"})
    print(r.status_code)
elif scenario == "csrf-token":
    c = Client(enforce_csrf_checks=True)
    c.cookies["csrftoken"] = "a" * 32
    r = c.post("/comment/", {"body": "hi"})
    print(r.status_code)
elif scenario == "template":
    post_list(None)
elif scenario == "template-include":
    Template('{% include "partials/header.html" %}').render(Context({}))
elif scenario == "reverse-name":
    reverse("post-detail", kwargs={"pk": 1})
elif scenario == "reverse-args":
    reverse("post", kwargs={"pk": 5})
elif scenario in ("async-view", "async-view-2"):
    url = "/feed/" if scenario == "async-view" else "/api/feed/"
    client = Client(raise_request_exception=False, HTTP_ACCEPT="text/plain")
    r = client.get(url)
    print("\n".join(r.content.decode().splitlines()[:2]))
