import random
def check(*args, **kw):
    try:
        print(random.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
check({1, 2}, 1)
check({'a': 1}, 1)
check([1, 2], 3)
check([1, 2], -1)
check([1, 2, 3], 2, counts=[1, 2])
check([1, 2], 2, counts=[0, 0])
check([1, 2], 2, counts=[1.5, 1])
check([1, 2])
check([1, 2], 1, 2)
