class Gear:
    RATIOS = (3.5, 2.1, 1.4, 1.0)

    @classmethod
    def ratios(cls):
        return list(cls.RATIOS)
