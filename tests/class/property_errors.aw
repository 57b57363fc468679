class A:
    @property
    def x(self):
        return 1
    y = property()
a = A()
def set_x():
    a.x = 2
def del_x():
    del a.x
def get_y():
    return a.y
for f in [set_x, del_x, get_y]:
    try:
        f()
    except AttributeError as e:
        print(e)
