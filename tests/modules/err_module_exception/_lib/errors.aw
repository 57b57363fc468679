class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(f"used {used} of {limit}")


def check(used, limit):
    if used > limit:
        raise QuotaExceeded(used, limit)
    return limit - used
