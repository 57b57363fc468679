print("init _pkg._sub.leaf", __name__, __package__)
leaf_value = "leaf"
