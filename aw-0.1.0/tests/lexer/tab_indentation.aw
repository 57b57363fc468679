def f(n):
	if n:
		return "tab"
	return "none"
print(f(1), f(0))
