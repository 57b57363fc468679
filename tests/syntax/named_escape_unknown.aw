print("ok")
x = "ab\N{NO SUCH NAME}"
