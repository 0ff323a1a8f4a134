# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=logging-fstring-interpolation,logging-not-lazy,logging-format-interpolation {file}
# hubls-tool: pylint
import logging

log = logging.getLogger(__name__)


def handle(user, order):
    log.info(f"user {user} placed order {order}")
    logging.debug("order %s" % order)
    log.warning("user {}".format(user))
