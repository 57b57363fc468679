s = "a\nb\tc\\d\'e\"f"
print(s)
print(repr("\a\b\f\v\r\0"))
print("\x41\x62\101\60\7" == "Ab" + "A07"[0] + "0" + "\a")
print("\u00e9\u20ac\U0001F600", len("\U0001F600"))
print(repr("\x00\x1f\x7f\x80\xff"))
print("line one \
continued")
print('\'', "\"", '"', "'")
print(len("\777"), ord("\777"))
