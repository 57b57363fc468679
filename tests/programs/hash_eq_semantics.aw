# __eq__ and __hash__ together: the default identity semantics, __hash__
# set to None when __eq__ is defined alone, explicit __hash__, inherited
# hashes, objects as dict keys and set members, and mutation pitfalls.


class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class Hashable(EqOnly):
    def __hash__(self):
        return hash(self.v)


class KeepsParentHash(Hashable):
    def describe(self):
        return f"value {self.v}"


class RedefinesEq(Hashable):
    def __eq__(self, other):
        return self.v == getattr(other, "v", None)


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}), {a: 1}[a])
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) == 1)
for make in [lambda: hash(EqOnly(1)), lambda: {EqOnly(1)}, lambda: {EqOnly(1): 0}]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(hash(Hashable(5)) == hash(5), len({Hashable(1), Hashable(1), Hashable(2)}))
print({Hashable("k"): "found"}[Hashable("k")], Hashable(3) in [Hashable(3)], Hashable(3) in {Hashable(3)})
print(KeepsParentHash.__hash__ is Hashable.__hash__, len({KeepsParentHash(1), KeepsParentHash(1)}))
print(RedefinesEq.__hash__, RedefinesEq(1) == Hashable(1))
try:
    {RedefinesEq(1)}
except TypeError as e:
    print("TypeError:", e)

m = Mutable(1)
box = {m}
m.v = 2
print(m in box, Mutable(2) in box, Mutable(1) in box, len(box), [x.v for x in box])

# equality falls back to identity when __eq__ returns NotImplemented
class Picky:
    def __eq__(self, other):
        if isinstance(other, Picky):
            return True
        return NotImplemented

    __hash__ = object.__hash__


pk = Picky()
print(pk == Picky(), pk == 1, pk != 1, pk == pk, 1 == pk, [pk].count(pk), [Picky()].index(pk))
print(len({pk, Picky()}), pk in [1, 2, Picky()], [1, pk].index(pk))


class Record:
    def __init__(self, *fields):
        self.fields = fields

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.fields == other.fields

    def __hash__(self):
        return hash((type(self).__name__,) + self.fields)


class Other(Record):
    pass


r1, r2, r3 = Record(1, "a"), Record(1, "a"), Other(1, "a")
print(r1 == r2, r1 == r3, r1 != r3, len({r1, r2, r3}), hash(r1) == hash(r2))
counts = {}
for r in [r1, r2, r3, Record(2), Other(1, "a")]:
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.values()), counts[Record(1, "a")], counts[Other(1, "a")])
print(object.__eq__(r1, r1), object.__eq__(r1, r2), object.__ne__(r1, r2))
