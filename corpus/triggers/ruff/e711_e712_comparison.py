# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select E711,E712 {file}
# hubls-tool: ruff


def check(user, active, admin):
    if user == None:
        return False
    if active == True and admin != False:
        return True
    return user != None
