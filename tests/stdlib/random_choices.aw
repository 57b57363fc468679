import random
random.seed(5)
print(random.choices('abc', k=10))
print(random.choices(range(5), [10, 1, 1, 1, 1], k=8))
print(random.choices('xyz', cum_weights=[1, 5, 6], k=6))
print(random.choices([1, 2, 3], weights=[0.1, 0.5, 0.4], k=5), random.choices('ab'), random.choices('ab', k=0), random.choices('ab', k=-3))
def check(*args, **kw):
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
check([], k=2)
check([1, 2], weights=[1])
check([1, 2], weights=[0, 0])
check([1, 2], [1, 1], cum_weights=[1, 2])
check([1, 2], 5)
check([1, 2], weights=[float('inf'), 1])
check([1, 2], [1, 1], [1, 2])
