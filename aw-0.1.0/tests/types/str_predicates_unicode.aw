for s in ["٣", "²", "é", "日本", "Ⅻ", "\u3000", "ǅ"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric())
