# `from util import delay` and a decorator built with functools.wraps, both
# defined in a helper module, used as a Python user would.
import sys
sys.path.insert(0, "_lib")

from util import delay, retry, clamp as limit
import util


@retry(times=3)
def flaky(state):
    state.append(len(state))
    if len(state) < 3:
        raise ValueError(f"attempt {len(state)}")
    return f"ok after {len(state)} attempts"


print(flaky([]), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
print(delay(0), delay(0.001) >= 0.001, limit(15, 0, 10), limit(-3, 0, 10))
print(util.calls, util.delay is delay, util.clamp is limit, util.__name__)
print(sorted([n for n in dir(util) if not n.startswith("_")]))
print(type(util).__name__, hasattr(util, "limit"))
