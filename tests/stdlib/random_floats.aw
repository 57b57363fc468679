import random
random.seed(11)
print(random.uniform(1, 10), random.uniform(5, 5), random.uniform(-1.5, 2), random.uniform(10**20, 10**20 + 1))
print(random.gauss(), random.gauss(), random.gauss(10, 2), random.gauss(mu=1, sigma=0))
print(random.normalvariate(), random.normalvariate(5, 0.5), random.lognormvariate(0, 1))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(1, 1), random.triangular(2, 2, 2))
print(random.expovariate(1.5), random.expovariate(2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3.5, 1.5), random.betavariate(2, 3))
print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
for call in [lambda: random.expovariate(0), lambda: random.uniform('a', 'b'), lambda: random.gammavariate(0, 1), lambda: random.uniform(1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
