# A package: __init__ runs once, submodules are imported with import a.b,
# from a import b, import a.b as c; names and __package__ are set.
import sys
sys.path.insert(0, "_lib")

import shop.cart
print(shop.__name__, shop.cart.__name__, shop.cart.__package__, shop.__package__)
print(shop.VERSION, shop.cart.Cart().add("tea", 2).total())
from shop import pricing
import shop.pricing as pr
print(pr is pricing, pricing.price("tea"), shop.pricing is pricing)
from shop.pricing import price, PRICES
print(price("cake"), sorted(PRICES))
print(shop.init_runs, hasattr(shop, "cart"), hasattr(shop, "pricing"))
print(sorted([m for m in sys.modules if m.startswith("shop")]))
print(shop.__file__.endswith("__init__.aw"), hasattr(shop, "__path__"), hasattr(pricing, "__path__"))
