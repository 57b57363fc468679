# argument errors of the itertools constructors
import itertools as it
def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
attempt(it.count, "a")
attempt(it.count, 1, 2, 3)
attempt(it.repeat)
attempt(it.starmap, len)
attempt(it.cycle)
attempt(it.cycle, 1)
attempt(it.pairwise, 1)
attempt(it.groupby, 1)
attempt(it.compress, [1])
attempt(it.takewhile, len)
attempt(it.combinations_with_replacement, "ab")
attempt(it.chain.from_iterable)
