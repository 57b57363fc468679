x = 10
def f(flag):
    if flag:
        x = 5
    return x
print(f(True))
try:
    f(False)
except UnboundLocalError:
    print("UnboundLocalError even though the branch did not run")
