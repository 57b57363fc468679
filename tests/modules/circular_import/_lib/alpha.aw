order = ["alpha start"]
EARLY = "early"

import beta

order.append("alpha end")
LATE = "late"


def from_beta():
    return beta.value * 2
