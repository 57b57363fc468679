# A helper module built on the standard modules (json, collections,
# itertools, functools, math, string) used from the main program.
import sys
sys.path.insert(0, "_lib")

from textstats import summarize, Report, top_words
import textstats

TEXT = "the cat sat on the mat. The dog sat on the log! A cat, a dog."
r = summarize(TEXT)
print(r)
print(r.to_json())
print(top_words(TEXT, 3))
print(Report.from_json(r.to_json()) == r, textstats.pairs(["a", "b", "c"]))
print(textstats.fact(20), textstats.word_chars(TEXT))
