x = "X"
print(rf"\n{x}\t")
print(fr'{x}\{x}')
