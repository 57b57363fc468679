import random
def check(*args, **kw):
    try:
        print(random.randrange(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
check(0)
check(-3)
check(5, 1)
check(1, 5, 0)
check(1, 5, -1)
check(1.5)
check('a')
check(1, 'b')
check(5, step=2)
check()
check(1, 2, 3, 4)
try:
    random.randint(1.5, 3)
except ValueError as e:
    print('ValueError', e)
try:
    random.randint(1)
except TypeError as e:
    print('TypeError', e)
