print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{EURO SIGN}")
print(ord("\N{SNOWMAN}"))
