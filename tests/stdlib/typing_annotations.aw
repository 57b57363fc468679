# annotations that use typing evaluate
from typing import List, Dict, Optional, Callable, Any, Tuple, Iterable, TYPE_CHECKING, cast
import typing

def f(x: List[int], y: Optional[Dict[str, int]] = None) -> Callable[[int], str]:
    return str

def g(*args: Any, **kw: Any) -> Tuple[int, ...]:
    return args

print(f.__annotations__)
print(g.__annotations__)
print(f([1])(5), g(1, 2))
total: int = 0
names: List[str] = ["a"]
print(__annotations__)
print(TYPE_CHECKING, cast(int, "x"), cast(List[int], [1]))
if TYPE_CHECKING:
    print("never")
def h(items: Iterable["Node"]) -> "typing.Iterator[int]":
    return iter([])
print(h.__annotations__)
