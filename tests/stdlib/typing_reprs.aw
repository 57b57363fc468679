# typing objects print as CPython's
import typing as t
print(t.List, t.List[int], t.Dict[str, int], t.Set[bytes], t.FrozenSet)
print(t.Tuple[int, ...], t.Tuple[()], t.Tuple[int, str])
print(t.Iterable[t.List[int]], t.Mapping[str, int], t.Type[int])
print(t.Generator[int, None, None], t.Dict[str, None])
print(t.Any, t.Union, t.Optional, t.Callable, t.Literal[1, "a"], t.ClassVar[int])
print(t.List["Node"])
