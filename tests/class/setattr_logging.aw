class Rec:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
r = Rec()
r.a = 1
r.b = [2]
print(r.a, r.b, vars(r))
