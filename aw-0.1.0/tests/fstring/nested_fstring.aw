x = 5
print(f"{f'{x}' * 2}")
print(f"outer {f'inner {x:>{x}}'}")
