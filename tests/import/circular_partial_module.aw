import _circ_a

print(_circ_a.use_b(), _circ_a.a_value)
import sys
print([k for k in sys.modules if k.startswith("_circ")])
