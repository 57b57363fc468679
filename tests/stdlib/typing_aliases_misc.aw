# more of typing's names exist and subscript
import typing as t
print(t.Awaitable[int], t.Coroutine[None, None, int], t.AsyncIterator[str])
print(t.Sequence[int], t.MutableMapping[str, t.Any], t.Deque[int], t.DefaultDict[str, int])
print(t.Text, t.AnyStr, t.NoReturn, t.Iterator[int])
Vector = t.List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]), scale.__annotations__["v"])
