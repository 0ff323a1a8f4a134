# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select SIM102 {file}
# hubls-tool: ruff


def check(user, request):
    if user.is_active:
        if user.is_admin:
            return True
    if request.method == "POST":
        if request.user:
            return True
    return False
