print("ok")
x = "\N{cjk unified ideograph-4e00}"
