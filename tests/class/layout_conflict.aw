try:
    class LD(list, dict): pass
except TypeError as e:
    print(e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print(e)
