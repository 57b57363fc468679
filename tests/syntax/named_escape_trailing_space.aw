print("ok")
x = "\N{LATIN SMALL LETTER A }"
