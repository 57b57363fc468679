print(1_000_000)
print(1_2_3 + 4_5)
print(0x_dead_beef)
print(1_0.5, 1_0e1_0)
