import time
def check(*args, **kw):
    try:
        print(time.strftime(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
check('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))
check('%Y', (2024, 1, 32, 0, 0, 0, 0, 1, 0))
check('%Y', (2024, 1, 1, 24, 0, 0, 0, 1, 0))
check('%Y', (2024, 1, 1, 0, 60, 0, 0, 1, 0))
check('%Y', (2024, 1, 1, 0, 0, 62, 0, 1, 0))
check('%Y', (2024, 1, 1, 0, 0, 0, -2, 1, 0))
check('%Y', (2024, 1, 1, 0, 0, 0, 0, 367, 0))
check('%Y', (2024, 1, 1))
check('%Y', [2024, 1, 1, 0, 0, 0, 0, 1, 0])
check('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 'x'))
check('%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
check(5)
check('%Y', 5)
check('%Y', None)
check()
check('a', 1, 2)
check(format='%Y')
check('a\0b')
