import string
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(all([c in string.printable for c in string.whitespace]))
