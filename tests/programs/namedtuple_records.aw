# Records with collections.namedtuple: fields, defaults, _replace, _asdict,
# _make, unpacking, sorting and grouping, and subclassing a namedtuple.
from collections import namedtuple, OrderedDict
import itertools

Employee = namedtuple("Employee", "name dept salary age")
Point = namedtuple("Point", ["x", "y"], defaults=[0])

staff = [Employee("ann", "eng", 120, 34), Employee("bob", "ops", 90, 45),
         Employee("cy", "eng", 135, 29), Employee("dee", "sales", 80, 51),
         Employee("eve", "ops", 95, 38), Employee._make(["fay", "eng", 110, 41])]
print(staff[0])
print(staff[0].salary, staff[0][2], staff[-1], len(staff[0]))
name, dept, *rest = staff[1]
print(name, dept, rest)
print(Employee._fields, Point._fields, Point._field_defaults)
print(Point(1), Point(1, 2), Point(y=5, x=3), Point(1) == (1, 0))
raised = staff[0]._replace(salary=130)
print(raised, staff[0].salary, raised is staff[0])
print(raised._asdict(), type(raised._asdict()).__name__)

for dept, grp in itertools.groupby(sorted(staff, key=lambda e: e.dept), key=lambda e: e.dept):
    members = list(grp)
    avg = sum([e.salary for e in members]) / len(members)
    print(f"{dept:<6} {len(members)} avg {avg:7.2f} oldest {max(members, key=lambda e: e.age).name}")
print([e.name for e in sorted(staff, key=lambda e: (-e.salary, e.name))])
print(max(staff, key=lambda e: e.age).name, min(staff).name, sorted(staff)[1].name)
try:
    staff[0].salary = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Employee("x", "y")
except TypeError as e:
    print("TypeError:", e)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -7)
print(v, v.norm1, isinstance(v, tuple), Vec.__mro__[1].__name__, hash(v) == hash((4, -5)))
print(dict([Point(1, 2), Point(3, 4)]), tuple(Point(9, 8)), Point(1, 2)._replace(y=0))
od = OrderedDict([("b", 2), ("a", 1)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
