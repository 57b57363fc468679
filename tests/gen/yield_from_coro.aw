async def a2():
    return 1
def notco():
    x = a2()
    try:
        yield from x
    finally:
        x.close()
try:
    list(notco())
except TypeError as e:
    print(e)
