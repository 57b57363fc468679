# \N{...} in f-strings: its braces are not a replacement field.
x = 42
print(f"\N{SNOWMAN}{x}\N{EURO SIGN}")
print(f"{x}\N{lf}{x}".split())
print(f"{x:\N{DIGIT ZERO}>5}", f"{x:\N{bullet}^7}")
print(f"\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}")
print(rf"\N{x}")
print(ascii(f"\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}"))
