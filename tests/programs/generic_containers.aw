# Generic containers written with typing.TypeVar and typing.Generic as
# type-checker users write them: the annotations and subscripted generics
# are inert at run time, the containers just work.
from typing import Callable, Dict, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items[::-1])


class Registry(Generic[K, V]):
    def __init__(self, factory: Callable[[K], V]) -> None:
        self._data: Dict[K, V] = {}
        self._factory = factory

    def get(self, key: K) -> V:
        if key not in self._data:
            self._data[key] = self._factory(key)
        return self._data[key]

    def items(self) -> List[tuple]:
        return sorted(self._data.items())


class TypedQueue(Stack[int]):
    def total(self) -> int:
        return sum(self._items)


s: Stack[str] = Stack()
for w in "to be or not".split():
    s.push(w)
print(len(s), s.peek(), list(s), s.pop(), s.pop(), list(s))
print(Stack[int]().peek(), isinstance(s, Stack))
r: Registry[str, int] = Registry(len)
print(r.get("apple"), r.get("fig"), r.get("apple"), r.items())
q = TypedQueue()
q.push(3)
q.push(4)
print(q.total(), len(q), isinstance(q, Stack), TypedQueue.__mro__[1] is Stack)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)


def first(xs: List[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


print(first([9, 8]), first([], "none"), T.__name__ if hasattr(T, "__name__") else "T")


class Node(Generic[T]):
    def __init__(self, value: T, children: "Optional[List[Node[T]]]" = None):
        self.value = value
        self.children = children or []

    def walk(self) -> List[T]:
        out = [self.value]
        for c in self.children:
            out += c.walk()
        return out


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.walk(), Node.__init__.__annotations__["children"])
