def f():
    pass
print(f())
if True:
    pass
for i in range(2):
    pass
while False:
    pass
print("done")
