a = 1
b = "two"
s = f"""first {a}
second {b!r}
third {{literal}}"""
print(s)
