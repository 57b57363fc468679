# an explicit memo dict is filled with id(original) -> copy
import copy

x = [1, 2]
memo = {}
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] is y[0], y[0] is y[1])
z = copy.deepcopy(x, memo)
print(z is y[0])
pre = {id(x): "replaced"}
print(copy.deepcopy([x, 3], pre))
print(copy.deepcopy(x, None) == x)
