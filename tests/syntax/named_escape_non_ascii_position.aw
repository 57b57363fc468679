print("ok")
x = "é€\N{é}"
