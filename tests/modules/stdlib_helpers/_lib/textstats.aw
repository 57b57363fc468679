import collections
import functools
import itertools
import json
import math
import string


class Report:
    def __init__(self, words, unique, longest, mean_len):
        self.words, self.unique, self.longest, self.mean_len = words, unique, longest, mean_len

    def to_json(self):
        return json.dumps(vars(self), sort_keys=True)

    @classmethod
    def from_json(cls, text):
        return cls(**json.loads(text))

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __repr__(self):
        return f"Report(words={self.words}, unique={self.unique}, longest={self.longest!r}, mean_len={self.mean_len})"


def _words(text):
    return text.lower().translate(str.maketrans("", "", string.punctuation)).split()


def summarize(text):
    ws = _words(text)
    longest = max(ws, key=len)
    return Report(len(ws), len(set(ws)), longest, round(math.fsum([len(w) for w in ws]) / len(ws), 3))


def top_words(text, n):
    return collections.Counter(_words(text)).most_common(n)


def pairs(items):
    return ["".join(p) for p in itertools.combinations(items, 2)]


@functools.lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


def word_chars(text):
    return sum([c in string.ascii_letters for c in text])
