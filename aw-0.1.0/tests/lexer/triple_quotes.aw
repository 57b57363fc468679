a = """line1
line2 "quoted" ""still"" 
line3"""
print(a)
b = '''it's
'a' '' end'''
print(b)
print("""""", len('''
'''))
print("""a\
b""")
print(r'''\n
x''')
