# Table names and aliases ignore ASCII case; the computed CJK and Hangul
# names do not (see string_escape_named_computed.aw).
print("\N{latin small letter e with acute}", "\N{Euro Sign}")
print(ascii("\N{lf}"), ascii("\N{cjk compatibility ideograph-f900}"))
print(ascii("\N{nushu character-1b170}"), ascii("\N{Snowman}"))
