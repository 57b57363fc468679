print(float("1.5"), float(" -2.5e3 "), float("1_000.5"), float(".5"), float("5."), float("1e-3"))
print(float(10), float(True), float("0x10" if False else "16"), float(2 ** 60))
for s in ["abc", "1.2.3", "", "1e", "1_", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
