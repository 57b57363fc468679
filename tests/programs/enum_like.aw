# Enumerations without the enum module: a class decorator that turns
# class constants into singleton members with name/value, lookup by value,
# iteration through a registry, ordering, and flags combined with |.
import functools


def enumeration(cls):
    members = []
    for name, value in list(vars(cls).items()):
        if name.isupper():
            member = cls.__new__(cls)
            member.name, member.value = name, value
            setattr(cls, name, member)
            members.append(member)
    cls._members = members
    cls._by_value = {m.value: m for m in members}
    return cls


class EnumBase:
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    @classmethod
    def from_value(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None

    @classmethod
    def members(cls):
        return list(cls._members)

    def __hash__(self):
        return hash(self.name)


@enumeration
class Color(EnumBase):
    RED = 1
    GREEN = 2
    BLUE = 3
    helper = "not a member"


@functools.total_ordering
@enumeration
class Level(EnumBase):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.value < other.value

    def __eq__(self, other):
        return self is other

    __hash__ = EnumBase.__hash__


@enumeration
class Perm(EnumBase):
    R = 4
    W = 2
    X = 1

    def __or__(self, other):
        return PermSet({self}) | other

    def __hash__(self):
        return self.value


class PermSet:
    def __init__(self, perms=()):
        self.perms = frozenset(perms)

    def __or__(self, other):
        extra = other.perms if isinstance(other, PermSet) else {other}
        return PermSet(self.perms | extra)

    __ror__ = __or__

    def __contains__(self, perm):
        return perm in self.perms

    @property
    def value(self):
        return sum([p.value for p in self.perms])

    def __str__(self):
        return "".join([p.name if p in self.perms else "-" for p in Perm.members()])


print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color.helper)
print(Color.members(), len(Color.members()), Color.from_value(2) is Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED.name)
try:
    Color.from_value(7)
except ValueError as e:
    print("ValueError:", e)
print(Level.INFO < Level.ERROR, Level.WARNING >= Level.INFO, max(Level.members()), sorted([Level.ERROR, Level.DEBUG]))
threshold = Level.WARNING
msgs = [(Level.DEBUG, "details"), (Level.ERROR, "disk full"), (Level.INFO, "started"),
        (Level.WARNING, "slow")]
print([f"{lvl.name}: {text}" for lvl, text in msgs if lvl >= threshold])
print({Level.INFO: "i"}[Level.from_value(20)], Level.INFO == Level.INFO, Level.INFO != Level.DEBUG)
try:
    Level.INFO < Color.RED
except TypeError as e:
    print("TypeError:", e)
rw = Perm.R | Perm.W
print(rw, rw.value, Perm.W in rw, Perm.X in rw, rw | Perm.X, (rw | Perm.X).value)
print(PermSet(), Perm.X | Perm.X, str(Perm.X | PermSet([Perm.R])))
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED]:
    counts[c.name] = counts.get(c.name, 0) + 1
print(counts, [m.name for m in Perm.members()], Color.RED is Color.from_value(1))
