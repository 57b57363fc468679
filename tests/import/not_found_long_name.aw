name = "m" * 300
for n in [name, name + ".sub", "_simple." + name]:
    try:
        __import__(n)
    except ModuleNotFoundError as e:
        print(len(str(e)), e.name == n, str(e)[-40:])
try:
    __import__(name, {"__name__": "pkg." + name, "__package__": None}, None,
               ["x"], 1)
except ModuleNotFoundError as e:
    print(len(str(e)), e.name[:10])
