print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65 + 1))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
