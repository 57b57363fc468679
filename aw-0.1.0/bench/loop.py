# A 10,000,000-iteration arithmetic loop in a function (locals, not globals).
def loop(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 3) % 1000003
        i += 1
    return total


print(loop(10000000))
