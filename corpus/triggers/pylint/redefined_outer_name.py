# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=redefined-outer-name {file}
# hubls-tool: pylint
import pytest

config = {"debug": True}


@pytest.fixture
def client():
    return object()


def test_home(client):
    config = client
    return config
