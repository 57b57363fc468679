print("before")
print(undefined_variable_qq)
