PRICES = {"tea": 250, "cake": 400, "bun": 120}


def price(item):
    return PRICES[item]
