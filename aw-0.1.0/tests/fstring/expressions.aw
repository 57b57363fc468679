d = {"k": [1, 2, 3]}
def double(v):
    return v * 2
print(f"{d['k'][1]} {len(d)} {double(21)} {'yes' if d else 'no'}")
print(f"{(lambda y: y + 1)(4)}")
print(f"{ 1 + 2 }")
print(f"{[i * i for i in range(4)]}")
print(f"{'a' 'b'}")
print(f"{3 > 2}")
print(f"""{
    1 +
    2
}""")
