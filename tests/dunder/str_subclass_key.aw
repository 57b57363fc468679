class S(str):
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower())
    def __hash__(self): return hash(self.lower())
d = {S("Ab"): 1}
print(d.get(S("aB")), S("X") == "x", "x" == S("X"), S("a") != "A")
print(len({S("a"), S("A"), S("b")}), S("Q") in [S("q")], type(S("a") + "b").__name__)
