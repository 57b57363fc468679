s = {1}
s.add(2); s.add(2); s.add(3)
print(sorted(s))
s.discard(3); s.discard(99)
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s.update([4, 5], {6})
print(sorted(s))
s.intersection_update({4, 5, 7})
print(sorted(s))
s.difference_update({4})
print(sorted(s))
s.symmetric_difference_update({5, 8})
print(sorted(s))
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
t = {1, 2}
u = t.copy(); u.add(3); t.clear()
print(t, sorted(u))
try:
    {[1]}
except TypeError as e:
    print(e)
