tests = ["123", "12.3", "abc", "abc123", "   ", "", "ABC", "abc", "Abc", "\t\n", "a b"]
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric())
