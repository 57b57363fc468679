import sys

before = list(sys.modules)
import _rel.inner
import _circ_a
print([k for k in sys.modules if k not in before])
