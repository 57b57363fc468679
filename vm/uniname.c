/* Unicode character names: name to code point for \N{...} and back, over
 * the tables vm/uniname.py generates from CPython's unicodedata. */
#include "vm/uniname.h"

#include <stdio.h>
#include <string.h>

/* The tables (vm/uniname_data.h), about 280 KB, all const:
 *
 * - A name is a list of pieces: its words, split again after each '-'.
 *   Pieces are joined with a space unless the first ends in '-' (an
 *   empty piece restores the space of "TIBETAN MARK BKA- SHOG YIG MGO").
 *   Each distinct piece is stored once in uniname_lexicon, grouped by
 *   length, so a word id finds its text with no offset table.
 * - Entries (the names in code point order, then the aliases) are front
 *   coded, since neighbours share words ("LATIN SMALL LETTER A", "... B"):
 *   a byte holding the count of pieces shared with the previous entry and
 *   the count of new ones, then a code per new piece, one byte for the
 *   UNINAME_SHORT most used words and two for the rest. Every
 *   UNINAME_RESTART-th entry is whole, so any entry decodes in a few steps.
 * - uniname_sorted lists the entries in name order, so a name is found by
 *   binary search; uniname_runs maps entries to code points and back.
 * - Names made of a code point (CJK UNIFIED IDEOGRAPH-4E00, NUSHU
 *   CHARACTER-1B170) and Hangul syllables are computed, as CPython does.
 *
 * Nothing is built at start-up and nothing allocates. */

typedef struct UninameRun {
    uint32_t cp;    /* first code point of a run of named code points */
    uint16_t entry; /* the entry of its name; the next ones follow */
} UninameRun;

typedef struct UninameRange {
    uint32_t first, last;
    const char *prefix; /* the name is prefix + "%04X" of the code point */
} UninameRange;

#include "vm/uniname_data.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_PIECES 15 /* the header byte holds 4-bit counts */
#define HANGUL_BASE 0xAC00
#define HANGUL_COUNT 11172

_Static_assert(UNINAME_MAXLEN < AWUNI_NAME_SIZE, "AWUNI_NAME_SIZE too small");
_Static_assert(UNINAME_ENTRIES <= 65536, "entries are uint16_t");

static const char HANGUL_PREFIX[] = "HANGUL SYLLABLE ";
static const char CJK_PREFIX[] = "CJK UNIFIED IDEOGRAPH-";

/* ---- the phrasebook ---- */

static size_t word_text(uint16_t id, const char **text)
{
    size_t lo = 0, hi = COUNT(uniname_len_off);
    while (hi - lo > 1) { /* the longest length whose first id <= id */
        size_t mid = (lo + hi) / 2;
        if (uniname_len_first[mid] <= id)
            lo = mid;
        else
            hi = mid;
    }
    *text = uniname_lexicon + uniname_len_off[lo] +
            (size_t)(id - uniname_len_first[lo]) * lo;
    return lo;
}

/* The word ids of entry i; returns their count. */
static int decode_entry(uint32_t i, uint16_t words[MAX_PIECES])
{
    const uint8_t *p = uniname_phrases + uniname_restart[i / UNINAME_RESTART];
    int n = 0;
    for (uint32_t k = i - i % UNINAME_RESTART;; k++) {
        int add = *p & 15;
        n = *p++ >> 4;
        while (add-- > 0) {
            unsigned b = *p++;
            words[n++] = b < UNINAME_SHORT
                             ? uniname_short[b]
                             : (uint16_t)((b - UNINAME_SHORT) << 8 | *p++);
        }
        if (k == i)
            return n;
    }
}

/* Writes entry i's name and a NUL to buf; returns its length. */
static size_t entry_name(uint32_t i, char *buf)
{
    uint16_t words[MAX_PIECES];
    int n = decode_entry(i, words);
    size_t len = 0;
    bool hyphen = false;
    for (int j = 0; j < n; j++) {
        const char *text;
        size_t wlen = word_text(words[j], &text);
        if (j > 0 && !hyphen)
            buf[len++] = ' ';
        memcpy(buf + len, text, wlen);
        len += wlen;
        hyphen = wlen > 0 && text[wlen - 1] == '-';
    }
    buf[len] = '\0';
    return len;
}

/* The run holding entry (by_entry) or code point x: the last that starts
 * at or before it. */
static size_t find_run(uint32_t x, bool by_entry)
{
    size_t lo = 0, hi = COUNT(uniname_runs);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        uint32_t start =
            by_entry ? uniname_runs[mid].entry : uniname_runs[mid].cp;
        if (start <= x)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static uint32_t entry_cp(uint32_t e)
{
    if (e >= UNINAME_NAMES)
        return uniname_alias_cp[e - UNINAME_NAMES];
    const UninameRun *r = &uniname_runs[find_run(e, true)];
    return r->cp + (e - r->entry);
}

/* key is upper case: a binary search over the entries in name order. */
static bool table_lookup(const char *key, size_t len, uint32_t *cp)
{
    size_t lo = 0, hi = UNINAME_ENTRIES;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        char buf[AWUNI_NAME_SIZE];
        size_t n = entry_name(uniname_sorted[mid], buf);
        int c = memcmp(buf, key, n < len ? n : len);
        if (c == 0)
            c = (n > len) - (n < len);
        if (c == 0) {
            *cp = entry_cp(uniname_sorted[mid]);
            return true;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* ---- computed names ---- */

/* Upper-case hex digits (as CPython's CJK check wants them); -1 if not. */
static long parse_hex(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (c - 'A' + 10);
        else
            return -1;
    }
    return v;
}

static bool in_ranges(const UninameRange *r, size_t count, uint32_t cp,
                      const char *prefix)
{
    for (size_t i = 0; i < count; i++)
        if (cp >= r[i].first && cp <= r[i].last &&
            (!prefix || strcmp(prefix, r[i].prefix) == 0))
            return true;
    return false;
}

static bool cjk_lookup(const char *digits, size_t n, uint32_t *cp)
{
    long v = n == 4 || n == 5 ? parse_hex(digits, n) : -1;
    if (v < 0 || !in_ranges(uniname_cjk, COUNT(uniname_cjk), (uint32_t)v, NULL))
        return false;
    *cp = (uint32_t)v;
    return true;
}

/* PREFIX-HEX names other than CJK unified ideographs are table names to
 * CPython: their case is ignored and the digits are exactly "%04X". */
static bool hex_lookup(const char *key, size_t len, uint32_t *cp)
{
    for (size_t i = 0; i < COUNT(uniname_hex); i++) {
        const char *prefix = uniname_hex[i].prefix;
        size_t plen = strlen(prefix);
        if (len < plen + 4 || len > plen + 6 || memcmp(key, prefix, plen))
            continue;
        long v = parse_hex(key + plen, len - plen);
        char digits[16];
        if (v < 0 ||
            snprintf(digits, sizeof digits, "%04lX", v) != (int)(len - plen))
            return false;
        if (!in_ranges(uniname_hex, COUNT(uniname_hex), (uint32_t)v, prefix))
            return false;
        *cp = (uint32_t)v;
        return true;
    }
    return false;
}

/* CPython's find_syllable: the first of the longest jamo names that
 * start s; *used is its length (0 and -1 returned when none). */
static int find_jamo(const char *s, size_t n, const char *const *names,
                     int count, size_t *used)
{
    int best = -1;
    *used = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(names[i]);
        if ((best < 0 || l > *used) && l <= n && !memcmp(s, names[i], l)) {
            best = i;
            *used = l;
        }
    }
    return best;
}

static bool hangul_lookup(const char *s, size_t n, uint32_t *cp)
{
    size_t used;
    int l = find_jamo(s, n, uniname_hangul_lead,
                      (int)COUNT(uniname_hangul_lead), &used);
    s += used, n -= used;
    int v = find_jamo(s, n, uniname_hangul_vowel,
                      (int)COUNT(uniname_hangul_vowel), &used);
    s += used, n -= used;
    int t = find_jamo(s, n, uniname_hangul_tail,
                      (int)COUNT(uniname_hangul_tail), &used);
    if (l < 0 || v < 0 || t < 0 || used != n)
        return false;
    *cp = HANGUL_BASE + (uint32_t)((l * 21 + v) * 28 + t);
    return true;
}

/* ---- the API ---- */

static bool starts_with(const char *s, size_t len, const char *prefix,
                        size_t plen)
{
    return len >= plen && memcmp(s, prefix, plen) == 0;
}

bool awuni_lookup(const char *name, size_t len, uint32_t *cp)
{
    char key[UNINAME_MAXLEN];
    if (len == 0 || len > UNINAME_MAXLEN)
        return false;
    /* CPython matches these two prefixes with their case */
    if (starts_with(name, len, HANGUL_PREFIX, sizeof HANGUL_PREFIX - 1))
        return hangul_lookup(name + sizeof HANGUL_PREFIX - 1,
                             len - (sizeof HANGUL_PREFIX - 1), cp);
    if (starts_with(name, len, CJK_PREFIX, sizeof CJK_PREFIX - 1))
        return cjk_lookup(name + sizeof CJK_PREFIX - 1,
                          len - (sizeof CJK_PREFIX - 1), cp);
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    return hex_lookup(key, len, cp) || table_lookup(key, len, cp);
}

static size_t hangul_name(uint32_t cp, char *buf)
{
    uint32_t s = cp - HANGUL_BASE;
    return (size_t)snprintf(buf, AWUNI_NAME_SIZE, "%s%s%s%s", HANGUL_PREFIX,
                            uniname_hangul_lead[s / (21 * 28)],
                            uniname_hangul_vowel[s / 28 % 21],
                            uniname_hangul_tail[s % 28]);
}

size_t awuni_name(uint32_t cp, char *buf)
{
    buf[0] = '\0';
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT)
        return hangul_name(cp, buf);
    if (in_ranges(uniname_cjk, COUNT(uniname_cjk), cp, NULL))
        return (size_t)snprintf(buf, AWUNI_NAME_SIZE, "%s%04X", CJK_PREFIX,
                                (unsigned)cp);
    for (size_t i = 0; i < COUNT(uniname_hex); i++)
        if (cp >= uniname_hex[i].first && cp <= uniname_hex[i].last)
            return (size_t)snprintf(buf, AWUNI_NAME_SIZE, "%s%04X",
                                    uniname_hex[i].prefix, (unsigned)cp);
    size_t r = find_run(cp, false);
    const UninameRun *run = &uniname_runs[r];
    uint32_t e = run->entry + (cp - run->cp);
    uint32_t end =
        r + 1 < COUNT(uniname_runs) ? uniname_runs[r + 1].entry : UNINAME_NAMES;
    if (cp < run->cp || e >= end)
        return 0;
    return entry_name(e, buf);
}
