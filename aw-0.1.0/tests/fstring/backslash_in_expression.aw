print("never printed")
s = f"{'\n'.join(['a', 'b'])}"
