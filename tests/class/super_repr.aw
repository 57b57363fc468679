class B:
    def m(self):
        return super()
print(B().m())
print(super(B, B()).__thisclass__)
