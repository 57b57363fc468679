assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert [], 42
except AssertionError as e:
    print("caught:", e.args)
try:
    assert False
except AssertionError as e:
    print("empty args:", e.args)
