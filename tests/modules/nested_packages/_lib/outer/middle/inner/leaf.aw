from .. import inner
from ...middle import __name__ as middle_name
from outer import LOG
LOG.append("leaf")


def where():
    return f"{__name__} under {middle_name} (inner VALUE {inner.VALUE})"
