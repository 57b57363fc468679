# Type-annotated code with the typing module: annotations are stored but
# not enforced; typing names are subscriptable and otherwise inert.
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, Tuple, Union
import typing

Number = Union[int, float]
Matrix = List[List[Number]]
Handler = Callable[[str, int], Optional[str]]


class Inventory:
    items: Dict[str, int]
    owner: Optional[str] = None
    limit: int = 100

    def __init__(self, owner: Optional[str] = None) -> None:
        self.items = {}
        self.owner = owner

    def add(self, name: str, qty: int = 1) -> "Inventory":
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def names(self) -> List[str]:
        return sorted(self.items)

    def pairs(self) -> List[Tuple[str, int]]:
        return sorted(self.items.items())


def total(values: Iterable[Number]) -> Number:
    result: Number = 0
    for v in values:
        result += v
    return result


def apply(handler: Handler, pairs: List[Tuple[str, int]]) -> List[Optional[str]]:
    return [handler(s, n) for s, n in pairs]


def first_or_none(xs: List[Any]) -> Optional[Any]:
    return xs[0] if xs else None


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


def unique(xs: Iterable[int]) -> Set[int]:
    return set(xs)


inv = Inventory("ann").add("apple", 3).add("pear").add("apple")
print(inv.pairs(), inv.names(), inv.owner, Inventory.limit)
print(total([1, 2, 3.5]), total(range(5)))
print(apply(lambda s, n: s * n if n else None, inv.pairs() + [("x", 0)]))
print(first_or_none([]), first_or_none(["a"]), transpose([[1, 2], [3, 4], [5, 6]]))
print(sorted(unique([3, 1, 3, 2])), total("abc" and [10]))
print(Inventory.add.__annotations__)
print(sorted(total.__annotations__), sorted(Inventory.__annotations__))
print(Inventory.__annotations__["limit"], "items" in Inventory.__dict__, "limit" in Inventory.__dict__)
# annotations are not enforced
print(total([True, True]), inv.add(5, 2) is inv, inv.items[5])


def untyped(a, b=2):
    return a + b


def typed(a: int, b: "str" = "s") -> None:
    pass


print(untyped.__annotations__, typed.__annotations__)
x: int = "not an int"
y: List[int]
print(x, "y" in globals(), __annotations__["x"])
