def primes(n):
    found = []
    for c in range(2, n):
        for p in found:
            if c % p == 0:
                break
        else:
            found.append(c)
    return found
print(primes(50))
