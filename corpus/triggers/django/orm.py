# Django ORM errors in a throw-away project: the script writes a "blog" app, configures settings for
# SQLite and runs one scenario per argument.
# needs: pip install django
# hubls-run: for s in get-missing get-missing-author get-many get-many-tag no-table no-table-comment bad-field bad-field-filter async-query async-save; do python3 {file} $s; done
import asyncio
import os
import pathlib
import sys

pathlib.Path("blog").mkdir(exist_ok=True)
pathlib.Path("blog/__init__.py").write_text("")
pathlib.Path("blog/models.py").write_text('''
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)


class Tag(models.Model):
    slug = models.SlugField()


class Post(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)
    tags = models.ManyToManyField(Tag)


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE)
    body = models.TextField()
''')

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["blog"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.db import connection
from blog.models import Author, Comment, Post, Tag

scenario = sys.argv[1]
if not scenario.startswith("no-table"):
    with connection.schema_editor() as editor:
        for model in (Author, Tag, Post, Comment):
            editor.create_model(model)

if scenario == "get-missing":
    Post.objects.get(pk=42)
elif scenario == "get-missing-author":
    Author.objects.get(name="ada")
elif scenario == "get-many":
    Post.objects.create(title="Hello")
    Post.objects.create(title="Hello")
    Post.objects.get(title="Hello")
elif scenario == "get-many-tag":
    for _ in range(3):
        Tag.objects.create(slug="django")
    Tag.objects.get(slug="django")
elif scenario == "no-table":
    print(Post.objects.count())
elif scenario == "no-table-comment":
    print(list(Comment.objects.all()))
elif scenario == "bad-field":
    Post.objects.filter(titel="Hello").first()
elif scenario == "bad-field-filter":
    list(Author.objects.order_by("created_at"))
elif scenario == "async-query":
    async def view():
        return Post.objects.get(pk=1)
    asyncio.run(view())
elif scenario == "async-save":
    async def view():
        Author(name="ada").save()
    asyncio.run(view())
