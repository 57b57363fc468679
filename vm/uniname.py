#!/usr/bin/env python3
"""Generate vm/uniname_data.h (the Unicode character names behind \\N{...})
from the running CPython's unicodedata: python3 vm/uniname.py >
vm/uniname_data.h. Run it with CPython 3.11 so the names match it.
python3 vm/uniname.py --check prints test cases for tests/unit/uniname_test
(name, then the code point CPython's \\N{} gives or '-')."""
import codecs
import collections
import ctypes
import re
import sys
import unicodedata as ud

RESTART = 16       # every RESTART-th entry is stored whole
SHORT = 176        # codes below SHORT are one byte: uniname_short[code]
MAX_PIECES = 15    # an entry's header holds two 4-bit counts
HEX_FAMILY_MIN = 64  # a prefix used this often with cp in hex is computed


def name_capi():
    """CPython's getname(code, buf, len, with_alias_and_seq): unicodedata
    does not list name aliases in Python, only through this capsule."""
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype = ctypes.c_void_p
    get.argtypes = [ctypes.py_object, ctypes.c_char_p]
    p = get(ud._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
    fn = ctypes.cast(p, ctypes.POINTER(ctypes.c_void_p))[0]
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p,
                             ctypes.c_int, ctypes.c_int)
    return proto(fn)


def aliases():
    """[(alias, code point)]: CPython keeps aliases at U+F0000 up."""
    getname, buf, out = name_capi(), ctypes.create_string_buffer(256), []
    for c in range(0xF0000, 0xF0200):
        if getname(c, buf, 256, 1):
            alias = buf.value.decode()
            out.append((alias, ord(ud.lookup(alias))))
    assert out and out[0] == ('NULL', 0), 'alias table not found'
    return out


def named_sequences():
    getname, buf, out = name_capi(), ctypes.create_string_buffer(256), []
    for c in range(0xF0200, 0xF0400):
        if getname(c, buf, 256, 1):
            out.append(buf.value.decode())
    return out


def all_names():
    out = {}
    for c in range(0x110000):
        n = ud.name(chr(c), None)
        if n:
            out[c] = n
    return out


def ranges(cps):
    """Runs of consecutive code points: [(first, last)]."""
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def split_algorithmic(names):
    """Removes the names CPython or this table compute: CJK unified
    ideographs, Hangul syllables and PREFIX-HEX families."""
    cjk = {c for c, n in names.items()
           if n.startswith('CJK UNIFIED IDEOGRAPH-')}
    hangul = [c for c, n in names.items() if n.startswith('HANGUL SYLLABLE ')]
    assert hangul == list(range(0xAC00, 0xAC00 + 11172))
    fam = collections.defaultdict(list)
    for c, n in names.items():
        m = re.fullmatch(r'(.*-)([0-9A-F]{4,6})', n)
        if m and m.group(2) == '%04X' % c and c not in cjk:
            fam[m.group(1)].append(c)
    fam = {p: cs for p, cs in fam.items() if len(cs) >= HEX_FAMILY_MIN}
    for c in list(cjk) + hangul + [c for cs in fam.values() for c in cs]:
        del names[c]
    hexranges = sorted((a, b, p) for p, cs in fam.items()
                       for a, b in ranges(cs))
    return ranges(cjk), hexranges


def pieces(name):
    """Words split after each '-'. Joining puts a space after a piece
    unless it ends in '-'; an empty piece restores the space of
    'BKA- SHOG'."""
    out = []
    for word in name.split(' '):
        if out and out[-1].endswith('-'):
            out.append('')
        out += re.findall(r'[^-]*-|[^-]+', word)
    assert join(out) == name, name
    assert len(out) <= MAX_PIECES, name
    return out


def join(ps):
    s = ps[0]
    for prev, p in zip(ps, ps[1:]):
        s += p if prev.endswith('-') else ' ' + p
    return s


def hangul_jamo():
    def syl(l, v, t):
        return ud.name(chr(0xAC00 + (l * 21 + v) * 28 + t))[16:]
    lead = [syl(i, 0, 0)[:-1] for i in range(19)]
    ieung = lead.index('')
    vowel = [syl(ieung, i, 0) for i in range(21)]
    tail = [syl(ieung, 0, i)[1:] for i in range(28)]
    return lead, vowel, tail


class Coder:
    """Front-coded entries: a byte (shared pieces << 4 | new pieces) and
    the new pieces' word codes."""

    def __init__(self, entries):
        self.entries = entries
        self.emitted = []
        prev = []
        for i, ps in enumerate(entries):
            shared = 0
            if i % RESTART:
                while (shared < min(len(ps), len(prev), MAX_PIECES)
                       and ps[shared] == prev[shared]):
                    shared += 1
            self.emitted.append((shared, ps[shared:]))
            prev = ps
        words = sorted({p for ps in entries for p in ps},
                       key=lambda w: (len(w), w))
        self.word_id = {w: i for i, w in enumerate(words)}
        self.words = words
        assert len(words) < (256 - SHORT) << 8
        use = collections.Counter(p for _, new in self.emitted for p in new)
        self.short = [self.word_id[w] for w, _ in use.most_common(SHORT)]
        self.short_code = {w: i for i, w in enumerate(self.short)}

    def encode(self):
        out, restarts = bytearray(), []
        for i, (shared, new) in enumerate(self.emitted):
            if i % RESTART == 0:
                restarts.append(len(out))
            out.append(shared << 4 | len(new))
            for p in new:
                w = self.word_id[p]
                if w in self.short_code:
                    out.append(self.short_code[w])
                else:
                    out += bytes([SHORT + (w >> 8), w & 255])
        return out, restarts


def emit(name, ctype, items, per, fmt):
    print('static const %s %s[%d] = {' % (ctype, name, len(items)))
    for i in range(0, len(items), per):
        line = ' '.join(fmt % x + ',' for x in items[i:i + per])
        print('    ' + line)
    print('};')


def emit_lexicon(words):
    text = ''.join(words)
    print('static const char uniname_lexicon[%d] =' % (len(text) + 1))
    for i in range(0, len(text), 72):
        print('    "%s"' % text[i:i + 72] + (';' if i + 72 >= len(text)
                                               else ''))
    maxlen = len(words[-1])
    first, off, pos = [], [], 0
    for n in range(maxlen + 2):
        ids = [i for i, w in enumerate(words) if len(w) == n]
        first.append(ids[0] if ids else (first[-1] if n else 0))
        off.append(pos)
        pos += len(ids) * n
    first[-1] = len(words)
    print('/* Words of length n are ids [uniname_len_first[n],'
          ' uniname_len_first[n + 1]),')
    print(' * stored from uniname_len_off[n] on, n bytes each. */')
    emit('uniname_len_first', 'uint16_t', first, 8, '%5d')
    emit('uniname_len_off', 'uint32_t', off[:-1], 8, '%5d')


def main():
    names = all_names()
    cjk, hexranges = split_algorithmic(names)
    cps = sorted(names)
    al = sorted(aliases(), key=lambda a: (a[1], a[0]))
    entries = [pieces(names[c]) for c in cps] + [pieces(a) for a, _ in al]
    strings = [names[c] for c in cps] + [a for a, _ in al]
    assert len(set(strings)) == len(strings)
    order = sorted(range(len(strings)), key=lambda i: strings[i])
    assert len(order) < 65536
    coder = Coder(entries)
    phrases, restarts = coder.encode()
    index = {c: i for i, c in enumerate(cps)}
    runs = [(a, index[a]) for a, _ in ranges(cps)]
    lead, vowel, tail = hangul_jamo()
    maxlen = max(map(len, strings + [p + 'XXXXX' for _, _, p in hexranges]))

    print('/* Unicode %s character names, generated by vm/uniname.py from'
          % ud.unidata_version)
    print(' * CPython %d.%d\'s unicodedata: do not edit. See vm/uniname.c.'
          ' */' % sys.version_info[:2])
    print('#define UNINAME_RESTART %d' % RESTART)
    print('#define UNINAME_SHORT %d' % SHORT)
    print('#define UNINAME_MAXLEN %d' % maxlen)
    print('#define UNINAME_NAMES %d /* entries below are names, then'
          ' aliases */' % len(cps))
    print('#define UNINAME_ENTRIES %d' % len(strings))
    emit_lexicon(coder.words)
    print('/* One-byte word codes. */')
    emit('uniname_short', 'uint16_t', coder.short, 8, '%5d')
    print('/* Entries: names in code point order, then aliases. */')
    emit('uniname_phrases', 'uint8_t', list(phrases), 12, '%3d')
    emit('uniname_restart', 'uint32_t', restarts, 8, '%6d')
    print('/* Entry indexes in name order, for the binary search. */')
    emit('uniname_sorted', 'uint16_t', order, 8, '%5d')
    print('/* Runs of named code points: first code point, its entry. */')
    emit('uniname_runs', 'UninameRun', ['{0x%05x, %5d}' % r for r in runs],
         4, '%s')
    emit('uniname_alias_cp', 'uint32_t', [c for _, c in al], 8, '0x%05x')
    print('/* Names CPython computes (CJK UNIFIED IDEOGRAPH-4E00) and'
          ' PREFIX-HEX ones. */')
    emit('uniname_cjk', 'UninameRange', ['{0x%05x, 0x%05x, NULL}' % tuple(r)
                                         for r in cjk], 2, '%s')
    emit('uniname_hex', 'UninameRange', ['{0x%05x, 0x%05x, "%s"}' % r
                                         for r in hexranges], 1, '%s')
    for col, items in (('lead', lead), ('vowel', vowel), ('tail', tail)):
        emit('uniname_hangul_' + col, 'char *const',
             ['"%s"' % x for x in items], 8, '%s')


def check():
    """Every name, alias and named sequence, lower-cased too, and near
    misses, each with what CPython's \\N{} makes of it."""
    names = all_names()
    cases = list(names.values()) + [a for a, _ in aliases()]
    cases += named_sequences()
    cases += [n.lower() for n in cases] + [n.title() for n in cases[::7]]
    cases += [n[:-1] for n in cases[::5]] + [n + 'A' for n in cases[::5]]
    cases += [n.replace(' ', '  ', 1) for n in cases[::11]]
    cases += ['CJK UNIFIED IDEOGRAPH-%X' % c for c in range(0x3300, 0x3500)]
    cases += ['CJK UNIFIED IDEOGRAPH-%05X' % c for c in range(0x4E00, 0x4E10)]
    cases += ['CJK UNIFIED IDEOGRAPH-4e00', 'HANGUL SYLLABLE GAX', 'X',
              'CJK COMPATIBILITY IDEOGRAPH-0F900', '', 'HANGUL SYLLABLE ']
    out = []
    for n in cases:
        try:
            cp = '%x' % ord(codecs.decode('\\N{%s}' % n, 'unicode_escape'))
        except UnicodeDecodeError:
            cp = '-'
        out.append('%s;%s' % (cp, n))
    for c in range(0x110000):
        if c in names or c % 61 == 0:
            out.append('name %x;%s' % (c, names.get(c, '')))
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ != '__main__':
    pass
elif len(sys.argv) > 1 and sys.argv[1] == '--check':
    check()
else:
    main()
