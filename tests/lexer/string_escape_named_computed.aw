# CJK unified ideographs and Hangul syllables have computed names; so do the
# CJK compatibility ideographs, Nushu and Khitan characters here.
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"), ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-3400}"), ascii("\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-2A6DF}"))
print(ascii("\N{HANGUL SYLLABLE GA}"), ascii("\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{HANGUL SYLLABLE A}"), ascii("\N{HANGUL SYLLABLE GGAGG}"))
print(ascii("\N{HANGUL SYLLABLE HIH}"), "\N{HANGUL SYLLABLE HAN}\N{HANGUL SYLLABLE GEUL}")
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}"), ascii("\N{CJK COMPATIBILITY IDEOGRAPH-2FA1D}"))
print(ascii("\N{NUSHU CHARACTER-1B2FB}"), ascii("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))
print(ascii("\N{TIBETAN MARK BKA- SHOG YIG MGO}"), ascii("\N{TIBETAN MARK TSA -PHRU}"))
print(ascii("\N{HANGUL JUNGSEONG O-E}"), ascii("\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}"))
