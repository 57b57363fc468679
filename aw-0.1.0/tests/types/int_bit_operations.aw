print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print(~5, ~-1, -1 & 0xff, -256 | 15, 5 ^ -3, -5 >> 1, -1 >> 100, 1 << 100)
print(-(2 ** 70) >> 3, (2 ** 70 + 5) & 7, (2 ** 80) | 1, -(2 ** 65) & (2 ** 66 - 1))
print(12 & 10, 12 | 10, 12 ^ 10, 0b1010 << 2)
try:
    1 << -1
except ValueError as e:
    print(e)
