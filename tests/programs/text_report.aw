# Text processing with the string module's constants: a Caesar cipher, a
# password checker, a template-free report with aligned columns.
import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(len(string.ascii_letters), len(string.printable), repr(string.whitespace))


class Caesar:
    def __init__(self, shift):
        self.shift = shift % 26
        lo, up = string.ascii_lowercase, string.ascii_uppercase
        src = lo + up
        dst = lo[self.shift:] + lo[:self.shift] + up[self.shift:] + up[:self.shift]
        self.enc = str.maketrans(src, dst)
        self.dec = str.maketrans(dst, src)

    def encrypt(self, text):
        return text.translate(self.enc)

    def decrypt(self, text):
        return text.translate(self.dec)


c = Caesar(3)
secret = c.encrypt("Hello, World! xyz")
print(secret, "|", c.decrypt(secret), "|", Caesar(-1).encrypt("abc"), Caesar(29).shift)


def crack(cipher, known_word):
    for shift in range(26):
        guess = Caesar(shift).decrypt(cipher)
        if known_word in guess.split():
            return shift, guess
    return None


print(crack(Caesar(11).encrypt("meet me at the old oak tree"), "oak"))


class PasswordPolicy:
    def __init__(self, min_len=8):
        self.min_len = min_len
        self.rules = [
            ("length", lambda p: len(p) >= self.min_len),
            ("lower", lambda p: any([ch in string.ascii_lowercase for ch in p])),
            ("upper", lambda p: any([ch in string.ascii_uppercase for ch in p])),
            ("digit", lambda p: any([ch in string.digits for ch in p])),
            ("symbol", lambda p: any([ch in string.punctuation for ch in p])),
        ]

    def failures(self, password):
        return [name for name, rule in self.rules if not rule(password)]

    def __call__(self, password):
        return not self.failures(password)


policy = PasswordPolicy()
for pw in ["hunter2", "Tr0ub4dor&3", "correcthorsebatterystaple", "P@ssw0rd", "SHOUT123!"]:
    print(f"{pw:<27} {'ok' if policy(pw) else 'weak':<5} {policy.failures(pw)}")


class Table:
    def __init__(self, headers, aligns):
        self.headers = headers
        self.aligns = aligns
        self.rows = []

    def add(self, *row):
        self.rows.append([str(x) for x in row])
        return self

    def render(self):
        cols = list(zip(self.headers, *self.rows))
        widths = [max([len(x) for x in col]) for col in cols]

        def fmt(row):
            cells = []
            for text, width, align in zip(row, widths, self.aligns):
                cells.append(text.ljust(width) if align == "<" else
                             text.rjust(width) if align == ">" else text.center(width))
            return "| " + " | ".join(cells) + " |"

        rule = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
        return "\n".join([rule, fmt(self.headers), rule] + [fmt(r) for r in self.rows] + [rule])


t = Table(["city", "country", "pop (k)"], "<^>")
t.add("Lisbon", "PT", 545).add("Reykjavik", "IS", 139).add("Ulaanbaatar", "MN", 1645)
print(t.render())
word = "Mississippi"
stats = {name: sum([ch in chars for ch in word]) for name, chars in
         [("lower", string.ascii_lowercase), ("upper", string.ascii_uppercase),
          ("vowels", "aeiouAEIOU")]}
print(stats, "x".join(string.digits[:4]))
