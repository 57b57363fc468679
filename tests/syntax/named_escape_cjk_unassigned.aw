print("ok")
x = "\N{CJK UNIFIED IDEOGRAPH-4DC0}"
