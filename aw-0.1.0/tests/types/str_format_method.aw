print("{} and {}".format("a", "b"), "{1}{0}{1}".format("x", "y"), "{name}!".format(name="n"))
print("{0[1]} {d[k]} {0[0]}".format([10, 20], d={"k": "v"}))
print("{:>5}|{:<5}|{:^5}|".format(1, 2, 3), "{{}} {}".format(0))
print("{!r} {!s} {!a}".format("é", "é", "é"))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e)
