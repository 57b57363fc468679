print("ÉCOLE".lower(), "straße".upper(), "ǆ".title(), "ß".capitalize(), "İ".lower() == "i̇")
print("ΑΒΓ".lower(), "ñandú".upper(), "ﬁ".upper(), len("ﬁ".upper()))
