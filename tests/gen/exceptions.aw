def fails():
    yield 1
    raise ValueError("boom")
try:
    for x in fails():
        print(x)
except ValueError as e:
    print("caught", e)

def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
print(c.gi_running, c.gi_frame)
c.close()

def thrower():
    while True:
        try:
            yield
        except KeyError as e:
            print("caught KeyError", e)
t = thrower()
next(t)
t.throw(KeyError("k"))
t.throw(KeyError, "j")
try:
    t.throw(IndexError("x"))
except IndexError as e:
    print("IndexError propagated", e)
try:
    next(t)
except StopIteration:
    print("finished after throw")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def gen_in_except():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        raise
g = gen_in_except()
print(next(g))
try:
    raise ValueError("outer")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))

def g3():
    x = yield
    print("x", x)
    y = yield x * 2
    print("y", y)
g = g3()
next(g)
print(g.send(5))
try:
    g.send(7)
except StopIteration:
    print("done")
try:
    g3().send(1)
except TypeError as e:
    print(e)

def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
t2 = thrower()
try:
    t2.throw(ZeroDivisionError("early"))
except ZeroDivisionError as e:
    print("thrown before start:", e)
print(next(t2, "exhausted"))
