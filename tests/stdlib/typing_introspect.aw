# get_origin, get_args, equality and subscription errors
import typing as t
print(t.get_origin(t.List[int]), t.get_origin(t.Dict[str, int]), t.get_origin(int))
print(t.get_args(t.Dict[str, int]), t.get_args(t.List), t.get_args(int))
print(t.List[int] == t.List[int], t.List[int] == t.List[str], t.List[int] != t.Set[int])
print({t.List[int]: 1}[t.List[int]])
try:
    t.Any[int]
except TypeError as e:
    print(e)
@t.overload
def f(x: int) -> int: ...
def f(x):
    return x
print(f(3), t.final(len) is len, t.no_type_check(f) is f)
