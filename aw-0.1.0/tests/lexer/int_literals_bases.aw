print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B0)
print(0x_ff, 0o_7, 0b_1_0)
print(0, 00, 0_0, 123)
print(0xDEADBEEFCAFEBABE1234)
