raise KeyError("it's")
