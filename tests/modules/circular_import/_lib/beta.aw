import alpha

alpha.order.append("beta runs")
seen_at_import = [name for name in ("order", "EARLY", "LATE", "from_beta") if hasattr(alpha, name)]
value = 21


def call_alpha():
    return alpha.LATE, alpha.EARLY
