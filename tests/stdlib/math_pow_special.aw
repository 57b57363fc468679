import math
inf, nan = math.inf, math.nan
for x in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, inf, -inf, nan]:
    row = []
    for y in [0.0, 1.0, -1.0, 2.0, 3.0, 0.5, -0.5, inf, -inf, nan]:
        try:
            row.append(repr(math.pow(x, y)))
        except ValueError:
            row.append('VE')
        except OverflowError:
            row.append('OE')
    print(x, ' '.join(row))
