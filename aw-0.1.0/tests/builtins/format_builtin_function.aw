print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), format(1234567, ","), format([1], ""))
print(format(12, ""), format(12.0), format("abc", ""), format(255, "#x"))
