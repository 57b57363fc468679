print("ok")
x = "\N{HANGUL SYLLABLE ga}"
