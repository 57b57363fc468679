import _getattr_hook as m

print(m.real, m.computed)
try:
    m.other
except AttributeError as e:
    print(e)
from _getattr_hook import computed
print(computed)
