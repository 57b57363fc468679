import _pkg._sub.leaf

print(_pkg._sub.leaf.leaf_value)
print(_pkg._sub.__package__, _pkg._sub.leaf.__package__)
