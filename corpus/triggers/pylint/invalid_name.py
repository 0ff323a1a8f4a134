# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=invalid-name {file}
# hubls-tool: pylint
max_retries = 3


def GetUser(userId):
    return userId


class user_profile:
    pass
