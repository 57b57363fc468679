big = 10 ** 5000
print(big.bit_length())
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)), str(10 ** 4299)[:5])
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
