/* str: creation, interning, hashing, repr, the UTF-8 and Unicode property
 * helpers, and the str type with its slots and iterator. The methods live
 * in vm/str_methods.c. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

typedef struct UniCaseRun {
    uint32_t start;
    uint16_t count;
    uint8_t stride;
    int32_t delta;
} UniCaseRun;

typedef struct UniCaseMulti {
    uint32_t cp;
    uint32_t to[3];
} UniCaseMulti;

#include "vm/str_unidata.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static inline bool is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */

/* Length of the well-formed sequence at p (lead byte >= 0x80) within
 * avail bytes, or 0: overlongs, surrogates and > U+10FFFF are refused. */
static size_t seq_valid(const unsigned char *p, size_t avail)
{
    unsigned char c = p[0], lo = 0x80, hi = 0xBF;
    size_t n, k;

    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (avail < n || p[1] < lo || p[1] > hi)
        return 0;
    for (k = 2; k < n; k++)
        if (!is_cont(p[k]))
            return 0;
    return n;
}

size_t awutf8_check(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, n;

    while (i < len) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        n = seq_valid(p + i, len - i);
        if (n == 0)
            return i;
        i += n;
    }
    return len;
}

uint32_t awutf8_decode(const char *s, size_t *n)
{
    const unsigned char *p = (const unsigned char *)s;

    if (p[0] < 0x80) {
        *n = 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        *n = 2;
        return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (p[0] < 0xF0) {
        *n = 3;
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
               (p[2] & 0x3F);
    }
    *n = 4;
    return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
           (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/* Lead (non-continuation) bytes among the 8 bytes of w: a continuation
 * byte has bit 7 set and bit 6 clear. */
static inline size_t count_leads(uint64_t w)
{
    uint64_t cont = w & ~(w << 1) & 0x8080808080808080ULL;

    return 8 - (size_t)__builtin_popcountll(cont);
}

static inline uint64_t load8(const unsigned char *p)
{
    uint64_t w;

    memcpy(&w, p, 8);
    return w;
}

size_t awutf8_count(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, count = 0;

    for (; i + 8 <= n; i += 8)
        count += count_leads(load8(p + i));
    for (; i < n; i++)
        count += !is_cont(p[i]);
    return count;
}

/* ------------------------------------------------------------------ */
/* Unicode properties and case mapping                                 */

/* Index of the property run holding cp (cp >= 256). */
static size_t run_index(uint32_t cp)
{
    size_t lo = 0, hi = COUNT_OF(uni_runs), mid;

    while (hi - lo > 1) {
        mid = lo + (hi - lo) / 2;
        if ((uni_runs[mid] >> 11) <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

uint32_t awuni_flags(uint32_t cp)
{
    if (cp < 256)
        return uni_latin1[cp];
    if (cp > 0x10FFFF)
        return 0;
    return uni_runs[run_index(cp)] & 0x7FF;
}

int awuni_numeric_kind(uint32_t cp)
{
    return (awuni_flags(cp) >> 1) & 3;
}

/* Every run of decimal digits starts at a zero (checked by the
 * generator), so a digit's value is its distance from the run start. */
int awuni_decimal(uint32_t cp)
{
    size_t i;

    if (cp < 256)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (cp > 0x10FFFF)
        return -1;
    i = run_index(cp);
    if (((uni_runs[i] >> 1) & 3) != 3)
        return -1;
    return (int)((cp - (uni_runs[i] >> 11)) % 10);
}

typedef struct CaseTable {
    const UniCaseRun *runs;
    size_t nruns;
    const UniCaseMulti *multi;
    size_t nmulti;
} CaseTable;

static const CaseTable case_tables[4] = {
    {uni_lower_runs, COUNT_OF(uni_lower_runs), uni_lower_multi,
     COUNT_OF(uni_lower_multi)},
    {uni_upper_runs, COUNT_OF(uni_upper_runs), uni_upper_multi,
     COUNT_OF(uni_upper_multi)},
    {uni_title_runs, COUNT_OF(uni_title_runs), uni_title_multi,
     COUNT_OF(uni_title_multi)},
    {uni_fold_runs, COUNT_OF(uni_fold_runs), uni_fold_multi,
     COUNT_OF(uni_fold_multi)},
};

static int case_multi(const CaseTable *t, uint32_t cp, uint32_t out[3])
{
    size_t lo = 0, hi = t->nmulti, mid;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (t->multi[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == t->nmulti || t->multi[lo].cp != cp)
        return 0;
    out[0] = t->multi[lo].to[0];
    out[1] = t->multi[lo].to[1];
    out[2] = t->multi[lo].to[2];
    return out[2] ? 3 : 2;
}

int awuni_case(UniCase which, uint32_t cp, uint32_t out[3])
{
    const CaseTable *t = &case_tables[which];
    const UniCaseRun *r;
    size_t lo = 0, hi = t->nruns, mid;
    uint32_t off;
    int n;

    if (cp < 0x80) {
        if (which == UNI_TO_LOWER || which == UNI_TO_FOLD)
            out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        else
            out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    n = case_multi(t, cp, out);
    if (n)
        return n;
    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (t->runs[mid].start <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    out[0] = cp;
    if (lo == 0)
        return 1;
    r = &t->runs[lo - 1];
    off = cp - r->start;
    if (off % r->stride == 0 && off / r->stride < r->count)
        out[0] = (uint32_t)((int32_t)cp + r->delta);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Creation                                                            */

String *awstr_alloc(AwState *S, Type *t, size_t len)
{
    String *s;

    if (len > AWSTR_MAX_LEN) {
        awerr_nomem(S);
        return NULL;
    }
    s = awgc_alloc(S, t ? t : TYPE(S, STR), OBJ_STR, sizeof(String) + len + 1);
    if (!s)
        return NULL;
    s->hash = -1;
    s->len = len;
    s->ncp = len;
    s->obj.flags = STR_ASCII;
    return s;
}

void awstr_fixup(String *s)
{
    s->ncp = awutf8_count(s->data, s->len);
    if (s->ncp == s->len)
        s->obj.flags |= STR_ASCII;
    else
        s->obj.flags &= (uint16_t)~STR_ASCII;
}

/* "" is shared, and so are one-character ASCII strings, through the
 * intern table (as CPython shares its latin-1 singletons). */
String *awstr_new(AwState *S, const char *s, size_t len)
{
    String *r;

    if (len == 0 && NAME(S, empty))
        return NAME(S, empty);
    if (len == 1 && (unsigned char)s[0] < 0x80)
        return awstr_intern(S, s, 1);
    r = awstr_alloc(S, NULL, len);
    if (!r)
        return NULL;
    if (len)
        memcpy(r->data, s, len);
    awstr_fixup(r);
    return r;
}

String *awstr_cstr(AwState *S, const char *s)
{
    return awstr_new(S, s, strlen(s));
}

String *awstr_printf(AwState *S, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    String *r;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) {
        awerr_nomem(S);
        return NULL;
    }
    if ((size_t)n < sizeof tmp)
        return awstr_new(S, tmp, (size_t)n);
    r = awstr_alloc(S, NULL, (size_t)n);
    if (!r)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(r->data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    awstr_fixup(r);
    return r;
}

/* ------------------------------------------------------------------ */
/* Hashing: SipHash-1-3 as CPython 3.11, keyed by S->hash_seed          */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t)                                           \
    a += b;                                                                    \
    c += d;                                                                    \
    b = ROTL(b, s) ^ a;                                                        \
    d = ROTL(d, t) ^ c;                                                        \
    a = ROTL(a, 32);
#define SIP_ROUND(v0, v1, v2, v3)                                              \
    HALF_ROUND(v0, v1, v2, v3, 13, 16);                                        \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

static uint64_t load_le(const unsigned char *p, size_t n)
{
    uint64_t v = 0;

    while (n--)
        v = v << 8 | p[n];
    return v;
}

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *p,
                          size_t n)
{
    uint64_t b = (uint64_t)n << 56, m;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;

    for (; n >= 8; n -= 8, p += 8) {
        m = load_le(p, 8);
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    b |= load_le(p, n);
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* hash('') is 0 and no hash is -1, as in CPython; bytes hash alike. */
int64_t awstr_hash_bytes(AwState *S, const void *data, size_t len)
{
    int64_t h;

    if (len == 0)
        return 0;
    h = (int64_t)siphash13(S->hash_seed[0], S->hash_seed[1],
                           (const unsigned char *)data, len);
    return h == -1 ? -2 : h;
}

int64_t awstr_hash(AwState *S, String *s)
{
    if (s->hash == -1)
        s->hash = awstr_hash_bytes(S, s->data, s->len);
    return s->hash;
}

bool awstr_equal(String *a, String *b)
{
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if (a->obj.flags & b->obj.flags & STR_INTERNED)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, a->len) == 0;
}

/* ------------------------------------------------------------------ */
/* Interning: a weak open-addressed set with linear probing. The sweep   */
/* turns the slots of dead strings into tombstones.                      */

#define TOMBSTONE ((String *)1)

static String *intern_find(AwState *S, const char *s, size_t len, int64_t h)
{
    InternTable *t = &S->interned;
    String *e;
    size_t i;

    if (!t->slots)
        return NULL;
    for (i = (size_t)h & t->mask;; i = (i + 1) & t->mask) {
        e = t->slots[i];
        if (!e)
            return NULL;
        if (e != TOMBSTONE && e->hash == h && e->len == len &&
            memcmp(e->data, s, len) == 0)
            return e;
    }
}

static void intern_place(InternTable *t, String *s)
{
    size_t i = (size_t)s->hash & t->mask;

    while (t->slots[i] && t->slots[i] != TOMBSTONE)
        i = (i + 1) & t->mask;
    if (!t->slots[i])
        t->fill++;
    t->slots[i] = s;
    t->count++;
}

/* Rebuilds the table with room for one more entry, dropping tombstones. */
static bool intern_grow(AwState *S)
{
    InternTable *t = &S->interned;
    String **old = t->slots;
    size_t oldcap = old ? t->mask + 1 : 0, cap = 256, i;

    while (cap < 2 * (t->count + 1))
        cap *= 2;
    t->slots = awmem_alloc(S, cap * sizeof(String *));
    if (!t->slots) {
        t->slots = old;
        return awerr_nomem(S);
    }
    memset(t->slots, 0, cap * sizeof(String *));
    t->mask = cap - 1;
    t->count = 0;
    t->fill = 0;
    for (i = 0; i < oldcap; i++)
        if (old[i] && old[i] != TOMBSTONE)
            intern_place(t, old[i]);
    if (old)
        awmem_free(S, old, oldcap * sizeof(String *));
    return true;
}

static bool intern_insert(AwState *S, String *s)
{
    InternTable *t = &S->interned;

    if (!t->slots || (t->fill + 1) * 4 > (t->mask + 1) * 3)
        if (!intern_grow(S))
            return false;
    intern_place(t, s);
    s->obj.flags |= STR_INTERNED;
    return true;
}

String *awstr_intern(AwState *S, const char *s, size_t len)
{
    int64_t h = awstr_hash_bytes(S, s, len);
    String *r = intern_find(S, s, len, h);

    if (r)
        return r;
    r = awstr_alloc(S, NULL, len);
    if (!r)
        return NULL;
    memcpy(r->data, s, len);
    awstr_fixup(r);
    r->hash = h;
    return intern_insert(S, r) ? r : NULL;
}

String *awstr_intern_cstr(AwState *S, const char *s)
{
    return awstr_intern(S, s, strlen(s));
}

String *awstr_intern_str(AwState *S, String *s)
{
    String *r;

    if (s->obj.flags & STR_INTERNED)
        return s;
    r = intern_find(S, s->data, s->len, awstr_hash(S, s));
    if (r)
        return r;
    if (s->obj.type == TYPE(S, STR))
        return intern_insert(S, s) ? s : NULL;
    awgc_push(S, OBJ_VAL(s));
    r = awstr_intern(S, s->data, s->len);
    awgc_pop(S, 1);
    return r;
}

/* ------------------------------------------------------------------ */
/* Indexing and repr                                                   */

/* Offset of the lead byte of code point i (< ncp), counting leads from
 * the start a word at a time. */
static size_t offset_forward(const unsigned char *p, size_t len, size_t i)
{
    size_t off = 0, k = 0, c; /* k: leads in [0, off) */

    for (; off + 8 <= len; off += 8, k += c) {
        c = count_leads(load8(p + off));
        if (k + c > i)
            break;
    }
    for (;; off++) {
        if (is_cont(p[off]))
            continue;
        if (k == i)
            return off;
        k++;
    }
}

/* The same from the end: before counts the leads in [0, off). */
static size_t offset_backward(const unsigned char *p, size_t len, size_t ncp,
                              size_t i)
{
    size_t off = len, before = ncp, c;

    for (; off >= 8; off -= 8, before -= c) {
        c = count_leads(load8(p + off - 8));
        if (before - c <= i)
            break;
    }
    for (;;) {
        if (!is_cont(p[--off]) && --before == i)
            return off;
    }
}

/* Non-ASCII indexing scans from the nearer end; ASCII is direct. */
size_t awstr_offset(String *s, size_t i)
{
    const unsigned char *p = (const unsigned char *)s->data;

    if (s->obj.flags & STR_ASCII)
        return i;
    if (i >= s->ncp)
        return s->len;
    if (i <= s->ncp / 2)
        return offset_forward(p, s->len, i);
    return offset_backward(p, s->len, s->ncp, i);
}

static void put_hex(StrBuf *b, char kind, uint32_t c, int digits)
{
    static const char hex[] = "0123456789abcdef";
    char tmp[10];
    int i;

    tmp[0] = '\\';
    tmp[1] = kind;
    for (i = 0; i < digits; i++)
        tmp[2 + i] = hex[(c >> (4 * (digits - 1 - i))) & 15];
    awbuf_put(b, tmp, (size_t)digits + 2);
}

/* One code point of a repr: CPython's unicode_repr escapes. */
static void repr_char(StrBuf *b, uint32_t c, char quote, bool ascii,
                      const char *raw, size_t n)
{
    if (c == (uint32_t)quote || c == '\\') {
        awbuf_putc(b, '\\');
        awbuf_putc(b, (char)c);
    } else if (c == '\t') {
        awbuf_put(b, "\\t", 2);
    } else if (c == '\n') {
        awbuf_put(b, "\\n", 2);
    } else if (c == '\r') {
        awbuf_put(b, "\\r", 2);
    } else if (c < 0x20 || c == 0x7f) {
        put_hex(b, 'x', c, 2);
    } else if (c < 0x7f) {
        awbuf_putc(b, (char)c);
    } else if (!ascii && (awuni_flags(c) & UNI_PRINTABLE)) {
        awbuf_put(b, raw, n);
    } else if (c <= 0xff) {
        put_hex(b, 'x', c, 2);
    } else if (c <= 0xffff) {
        put_hex(b, 'u', c, 4);
    } else {
        put_hex(b, 'U', c, 8);
    }
}

static String *repr_impl(AwState *S, String *s, bool ascii)
{
    const char *p = s->data;
    char quote = '\'';
    size_t i, n;
    uint32_t c;
    StrBuf b;

    if (memchr(p, '\'', s->len) && !memchr(p, '"', s->len))
        quote = '"';
    awbuf_init(S, &b);
    awbuf_putc(&b, quote);
    for (i = 0; i < s->len; i += n) {
        c = awutf8_decode(p + i, &n);
        repr_char(&b, c, quote, ascii, p + i, n);
    }
    awbuf_putc(&b, quote);
    return awbuf_finish(&b);
}

String *awstr_repr(AwState *S, String *s)
{
    return repr_impl(S, s, false);
}

String *awstr_ascii(AwState *S, String *s)
{
    return repr_impl(S, s, true);
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

static bool is_exact(AwState *S, Value v)
{
    return AS_OBJ(v)->type == TYPE(S, STR);
}

static bool str_repr(AwState *S, Value self, Value *out)
{
    String *r = awstr_repr(S, AS_STR(self));

    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

/* str() of a subclass instance is an exact str copy. */
static bool str_str(AwState *S, Value self, Value *out)
{
    String *r;

    if (is_exact(S, self)) {
        *out = self;
        return true;
    }
    r = awstr_new(S, AS_STR(self)->data, AS_STR(self)->len);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static bool str_hash(AwState *S, Value self, int64_t *out)
{
    *out = awstr_hash(S, AS_STR(self));
    return true;
}

/* Code point order is UTF-8 byte order. */
static bool str_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    String *x, *y;
    int c;

    if (!IS_STR(a) || !IS_STR(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    x = AS_STR(a);
    y = AS_STR(b);
    if (op == CMP_EQ || op == CMP_NE) {
        *out = BOOL_VAL(awstr_equal(x, y) == (op == CMP_EQ));
        return true;
    }
    c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
    if (c == 0)
        c = (x->len > y->len) - (x->len < y->len);
    switch (op) {
    case CMP_LT: *out = BOOL_VAL(c < 0); break;
    case CMP_LE: *out = BOOL_VAL(c <= 0); break;
    case CMP_GT: *out = BOOL_VAL(c > 0); break;
    default: *out = BOOL_VAL(c >= 0); break;
    }
    return true;
}

static bool str_concat(AwState *S, Value a, Value b, Value *out)
{
    String *x = AS_STR(a), *y = AS_STR(b), *r;

    if (y->len == 0 && is_exact(S, a)) {
        *out = a;
        return true;
    }
    if (x->len == 0 && is_exact(S, b)) {
        *out = b;
        return true;
    }
    if (x->len > (size_t)INT64_MAX - y->len)
        return awerr_format(S, EXC_OverflowError,
                            "strings are too large to concat");
    r = awstr_alloc(S, NULL, x->len + y->len);
    if (!r)
        return false;
    memcpy(r->data, x->data, x->len);
    memcpy(r->data + x->len, y->data, y->len);
    r->ncp = x->ncp + y->ncp;
    r->obj.flags = x->obj.flags & y->obj.flags & STR_ASCII;
    *out = OBJ_VAL(r);
    return true;
}

static bool str_repeat(AwState *S, Value v, int64_t n, Value *out)
{
    String *s = AS_STR(v), *r;
    size_t total, done, chunk;

    if (n <= 0 || s->len == 0) {
        *out = OBJ_VAL(NAME(S, empty));
        return true;
    }
    if (n == 1 && is_exact(S, v)) {
        *out = v;
        return true;
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / s->len)
        return awerr_format(S, EXC_OverflowError,
                            "repeated string is too long");
    total = s->len * (size_t)n;
    r = awstr_alloc(S, NULL, total);
    if (!r)
        return false;
    memcpy(r->data, s->data, s->len);
    for (done = s->len; done < total; done += chunk) {
        chunk = done < total - done ? done : total - done;
        memcpy(r->data + done, r->data, chunk);
    }
    r->ncp = s->ncp * (size_t)n;
    r->obj.flags = s->obj.flags & STR_ASCII;
    *out = OBJ_VAL(r);
    return true;
}

/* Makes *v an int (small or big) from a bool or an object with __index__:
 * 1 done, 0 not an integer (no exception), -1 error. Only instances of
 * classes can have __index__. */
static int as_index(AwState *S, Value *v)
{
    if (IS_BOOL(*v)) {
        *v = INT_VAL(AS_BOOL(*v));
        return 1;
    }
    if (IS_KIND(*v, OBJ_INSTANCE)) {
        if (awobj_index(S, *v, v))
            return 1;
        if (!awerr_matches(S, EXC_TYPE(S, TypeError)))
            return -1;
        awerr_clear(S);
        return 0;
    }
    return IS_ANYINT(*v) ? 1 : 0;
}

/* The count of seq * n: 1 with *out set, 0 when n is no integer (no
 * exception), -1 on error. */
static int repeat_count(AwState *S, Value n, int64_t *out)
{
    int r = as_index(S, &n);

    if (r <= 0)
        return r;
    if (IS_BIGINT(n)) {
        awerr_format(S, EXC_OverflowError,
                     "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = AS_INT(n);
    return 1;
}

static bool str_binop(AwState *S, int op, Value a, Value b, Value *out);

/* CPython tries the right operand's reflected method (__radd__,
 * __rmul__) before the sequence operation: only classes can have one. */
static bool try_reflected(AwState *S, int op, Value a, Value b, Value *out)
{
    Type *tb = awobj_type(S, b);

    *out = NOTIMPL_VAL(S);
    if (!(tb->tflags & TF_HEAPTYPE) || !tb->binop || tb->binop == str_binop)
        return true;
    return tb->binop(S, op, a, b, out);
}

static bool str_mul(AwState *S, Value a, Value b, Value *out)
{
    bool left = IS_STR(a);
    Value seq = left ? a : b, n = left ? b : a;
    int64_t k;
    int r;

    if (left && !IS_ANYINT(n) && !IS_BOOL(n)) {
        if (!try_reflected(S, BINOP_MUL, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    r = repeat_count(S, n, &k);
    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "can't multiply sequence by non-int of type "
                            "'%s'",
                            awobj_typename(S, n));
    return str_repeat(S, seq, k, out);
}

static bool str_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op >= BINOP_INPLACE)
        op -= BINOP_INPLACE;
    switch (op) {
    case BINOP_ADD:
        if (!IS_STR(a))
            break;
        if (IS_STR(b))
            return str_concat(S, a, b, out);
        if (!try_reflected(S, op, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
        return awerr_format(S, EXC_TypeError,
                            "can only concatenate str (not \"%s\") to str",
                            awobj_typename(S, b));
    case BINOP_MUL: return str_mul(S, a, b, out);
    case BINOP_MOD:
        if (IS_STR(a))
            return awfmt_percent(S, a, b, out);
        break;
    default: break;
    }
    *out = NOTIMPL_VAL(S);
    return true;
}

static bool str_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)AS_STR(self)->ncp;
    return true;
}

static int str_truth(AwState *S, Value self)
{
    return AS_STR(self)->len != 0;
}

/* Byte offset just after the code point at off. */
static size_t next_off(const char *p, size_t off)
{
    while (is_cont((unsigned char)p[++off]))
        ;
    return off;
}

static size_t prev_off(const char *p, size_t off)
{
    while (is_cont((unsigned char)p[--off]))
        ;
    return off;
}

static bool char_at(AwState *S, String *s, size_t i, Value *out)
{
    size_t off = awstr_offset(s, i);
    String *r = awstr_new(S, s->data + off, next_off(s->data, off) - off);

    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

/* s[start::step] for n code points of a non-ASCII string. */
static String *slice_walk(AwState *S, String *s, int64_t start, int64_t step,
                          int64_t n)
{
    size_t off = awstr_offset(s, (size_t)start);
    int64_t k, j;
    StrBuf b;

    awbuf_init(S, &b);
    for (k = 0; k < n; k++) {
        awbuf_put(&b, s->data + off, next_off(s->data, off) - off);
        if (k + 1 == n)
            break;
        for (j = 0; j < step; j++)
            off = next_off(s->data, off);
        for (j = 0; j > step; j--)
            off = prev_off(s->data, off);
    }
    return awbuf_finish(&b);
}

static bool str_slice(AwState *S, Value self, Slice *sl, Value *out)
{
    String *s = AS_STR(self), *r;
    int64_t start, stop, step, n, k;
    size_t a;

    if (!awslice_indices(S, sl, (int64_t)s->ncp, &start, &stop, &step, &n))
        return false;
    if (n <= 0) {
        *out = OBJ_VAL(NAME(S, empty));
        return true;
    }
    if (step == 1 && (size_t)n == s->ncp && is_exact(S, self)) {
        *out = self;
        return true;
    }
    if (step == 1) {
        a = awstr_offset(s, (size_t)start);
        r = awstr_new(S, s->data + a, awstr_offset(s, (size_t)(start + n)) - a);
    } else if (s->obj.flags & STR_ASCII) {
        r = awstr_alloc(S, NULL, (size_t)n);
        if (r)
            for (k = 0; k < n; k++)
                r->data[k] = s->data[start + k * step];
    } else {
        r = slice_walk(S, s, start, step, n);
    }
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static bool str_getitem(AwState *S, Value self, Value key, Value *out)
{
    String *s = AS_STR(self);
    int64_t i;
    int r;

    if (IS_KIND(key, OBJ_SLICE))
        return str_slice(S, self, (Slice *)AS_OBJ(key), out);
    r = as_index(S, &key);
    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "string indices must be integers, not '%s'",
                            awobj_typename(S, key));
    if (!awseq_index(S, key, (int64_t)s->ncp, "string", &i))
        return false;
    return char_at(S, s, (size_t)i, out);
}

static int str_contains(AwState *S, Value self, Value x)
{
    String *s = AS_STR(self);

    if (!IS_STR(x)) {
        awerr_format(S, EXC_TypeError,
                     "'in <string>' requires string as left operand, not %s",
                     awobj_typename(S, x));
        return -1;
    }
    return awstr_memfind(s->data, s->len, AS_STR(x)->data, AS_STR(x)->len) >= 0;
}

static bool str_iter(AwState *S, Value self, Value *out)
{
    Iterator *it =
        awgc_alloc(S, TYPE(S, STR_ITER), OBJ_ITERATOR, sizeof(Iterator));

    if (!it)
        return false;
    it->src = self;
    *out = OBJ_VAL(it);
    return true;
}

/* index is a byte offset; the string is dropped once exhausted. */
static int str_iter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    String *s, *c;
    size_t off;

    if (IS_NULL(it->src))
        return 0;
    s = AS_STR(it->src);
    off = (size_t)it->index;
    if (off >= s->len) {
        it->src = NULL_VAL;
        return 0;
    }
    c = awstr_new(S, s->data + off, next_off(s->data, off) - off);
    if (!c)
        return -1;
    it->index += (int64_t)c->len;
    *out = OBJ_VAL(c);
    return 1;
}

static bool iter_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

static bool str_iter_length_hint(AwState *S, int argc, Value *argv,
                                 Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);
    String *s;

    *out = INT_VAL(0);
    if (IS_NULL(it->src))
        return true;
    s = AS_STR(it->src);
    *out = INT_VAL(
        (int64_t)awutf8_count(s->data + it->index, s->len - (size_t)it->index));
    return true;
}

static bool str_iter_dunder_next(AwState *S, int argc, Value *argv,
                                 Tuple *kwnames, Value *out)
{
    int r = str_iter_next(S, argv[0], out);

    if (r == 0)
        return awerr_noargs(S, EXC_StopIteration);
    return r > 0;
}

static bool str_iter_dunder_iter(AwState *S, int argc, Value *argv,
                                 Tuple *kwnames, Value *out)
{
    *out = argv[0];
    return true;
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, MF_METHOD},
    {"__next__", str_iter_dunder_next, MF_METHOD},
    {"__iter__", str_iter_dunder_iter, MF_METHOD},
    {NULL, NULL, 0},
};

static bool str_format(AwState *S, Value self, String *spec, Value *out)
{
    String *r;
    StrBuf b;

    if (spec->len == 0)
        return str_str(S, self, out);
    awbuf_init(S, &b);
    if (!awfmt_spec(S, self, spec->data, spec->len, &b)) {
        awbuf_free(&b);
        return false;
    }
    r = awbuf_finish(&b);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

/* str(bytes, encoding, errors): a[0] object, a[1] encoding, a[2] errors */
static bool str_decode(AwState *S, Value *a, Value *out)
{
    const char *names[2] = {"encoding", "errors"};
    int i;

    for (i = 1; i <= 2; i++)
        if (!IS_NULL(a[i]) && !IS_STR(a[i]))
            return awerr_format(S, EXC_TypeError,
                                "str() argument '%s' must be str, not %s",
                                names[i - 1], awobj_typename(S, a[i]));
    if (IS_NULL(a[0])) {
        *out = OBJ_VAL(NAME(S, empty));
        return true;
    }
    if (IS_STR(a[0]))
        return awerr_format(S, EXC_TypeError, "decoding str is not supported");
    if (!IS_BYTES(a[0]))
        return awerr_format(S, EXC_TypeError,
                            "decoding to str: need a bytes-like object, %s "
                            "found",
                            awobj_typename(S, a[0]));
    return awcodec_decode(S, AS_BYTES(a[0])->data, AS_BYTES(a[0])->len,
                          IS_NULL(a[1]) ? NULL : AS_STR(a[1])->data,
                          IS_NULL(a[2]) ? NULL : AS_STR(a[2])->data, out);
}

static bool str_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    static const char *const kw[] = {"object", "encoding", "errors", NULL};
    Value a[3];
    String *r;
    bool ok;

    if (!awarg_unpack(S, "str", argc, argv, kwnames, 0, 3, kw, a))
        return false;
    *out = OBJ_VAL(NAME(S, empty));
    if (!IS_NULL(a[1]) || !IS_NULL(a[2]))
        ok = str_decode(S, a, out);
    else
        ok = IS_NULL(a[0]) || awobj_str(S, a[0], out);
    if (!ok || t == TYPE(S, STR))
        return ok;
    awgc_push(S, *out);
    r = awstr_alloc(S, t, AS_STR(*out)->len);
    awgc_pop(S, 1);
    if (!r)
        return false;
    memcpy(r->data, AS_STR(*out)->data, r->len);
    awstr_fixup(r);
    *out = OBJ_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */

bool awstr_init(AwState *S)
{
    Type *t, *it;

    t = awtype_new_builtin(S, TY_STR, "str", TYPE(S, OBJECT), OBJ_STR,
                           sizeof(String));
    if (!t)
        return false;
    t->tflags |= TF_BASETYPE;
    t->repr = str_repr;
    t->str = str_str;
    t->hash = str_hash;
    t->richcmp = str_richcmp;
    t->binop = str_binop;
    t->len = str_len;
    t->getitem = str_getitem;
    t->contains = str_contains;
    t->iter = str_iter;
    t->truth = str_truth;
    t->format = str_format;
    t->new_ = str_new;
    if (!awtype_add_methods(S, t, awstr_methods))
        return false;
    it = awtype_new_builtin(S, TY_STR_ITER, "str_ascii_iterator",
                            TYPE(S, OBJECT), OBJ_ITERATOR, sizeof(Iterator));
    if (!it)
        return false;
    it->iter = iter_self;
    it->next = str_iter_next;
    if (!awtype_add_methods(S, it, str_iter_methods))
        return false;
    return awbytes_init(S);
}
