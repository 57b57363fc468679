/* The methods of str, and those bytes shares with str (split, find, strip,
 * justification, case changes...): one implementation works on the bytes
 * of either, counting code points where str needs it. */
#define _GNU_SOURCE /* memmem, memrchr */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Byte search                                                         */

int64_t awstr_memfind(const char *hay, size_t n, const char *needle, size_t m)
{
    const char *p;

    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    p = m == 1 ? memchr(hay, needle[0], n) : memmem(hay, n, needle, m);
    return p ? p - hay : -1;
}

int64_t awstr_memrfind(const char *hay, size_t n, const char *needle, size_t m)
{
    const char *p;
    size_t end;

    if (m == 0)
        return (int64_t)n;
    if (m > n)
        return -1;
    for (end = n - m + 1; end > 0; end = (size_t)(p - hay)) {
        p = memrchr(hay, needle[0], end);
        if (!p)
            return -1;
        if (memcmp(p + 1, needle + 1, m - 1) == 0)
            return p - hay;
    }
    return -1;
}

int64_t awstr_memcount(const char *hay, size_t n, const char *needle, size_t m,
                       int64_t max)
{
    int64_t count = 0, pos;
    size_t i = 0;

    if (m == 0)
        return 0;
    while (count < max) {
        pos = awstr_memfind(hay + i, n - i, needle, m);
        if (pos < 0)
            break;
        count++;
        i += (size_t)pos + m;
    }
    return count;
}

/* ------------------------------------------------------------------ */
/* The text of self or of an argument                                  */

typedef struct Text {
    Value v;
    const char *p;
    size_t len; /* bytes */
    size_t ncp; /* code points; len for bytes */
    bool isbytes;
    bool ascii; /* byte offsets are code point indices */
    char one;   /* a bytes argument given as an int */
} Text;

static void text_of(Value v, Text *t)
{
    t->v = v;
    if (IS_BYTES(v)) {
        t->p = (const char *)AS_BYTES(v)->data;
        t->len = t->ncp = AS_BYTES(v)->len;
        t->isbytes = t->ascii = true;
    } else {
        t->p = AS_STR(v)->data;
        t->len = AS_STR(v)->len;
        t->ncp = AS_STR(v)->ncp;
        t->isbytes = false;
        t->ascii = (AS_OBJ(v)->flags & STR_ASCII) != 0;
    }
}

static const char *kind_name(const Text *t)
{
    return t->isbytes ? "bytes" : "str";
}

/* An argument of self's kind; strfmt is str's TypeError (one %s: the
 * argument's type), bytes always say "a bytes-like object...". */
static bool arg_text(AwState *S, const Text *self, Value v, const char *strfmt,
                     Text *out)
{
    if (self->isbytes ? IS_BYTES(v) : IS_STR(v)) {
        text_of(v, out);
        return true;
    }
    if (self->isbytes)
        return awerr_format(S, EXC_TypeError,
                            "a bytes-like object is required, not '%s'",
                            awobj_typename(S, v));
    return awerr_format(S, EXC_TypeError, strfmt, awobj_typename(S, v));
}

static bool is_exact(AwState *S, const Text *t)
{
    return AS_OBJ(t->v)->type == (t->isbytes ? TYPE(S, BYTES) : TYPE(S, STR));
}

/* A new str or bytes of n bytes of t at off; t itself when that is all
 * of an exact str or bytes, as CPython shares it. */
static bool piece(AwState *S, const Text *t, size_t off, size_t n, Value *out)
{
    if (off == 0 && n == t->len && is_exact(S, t)) {
        *out = t->v;
        return true;
    }
    if (t->isbytes) {
        Bytes *b = awbytes_new(S, (const uint8_t *)t->p + off, n);
        if (!b)
            return false;
        *out = OBJ_VAL(b);
    } else {
        String *s = awstr_new(S, t->p + off, n);
        if (!s)
            return false;
        *out = OBJ_VAL(s);
    }
    return true;
}

static bool whole(AwState *S, const Text *t, Value *out)
{
    return piece(S, t, 0, t->len, out);
}

static bool finish(AwState *S, StrBuf *b, bool isbytes, Value *out)
{
    Obj *o = isbytes ? (Obj *)awbuf_finish_bytes(b) : (Obj *)awbuf_finish(b);

    if (!o)
        return false;
    *out = OBJ_VAL(o);
    return true;
}

static bool add_piece(AwState *S, List *l, const Text *t, size_t off, size_t n)
{
    Value v;

    return piece(S, t, off, n, &v) && awlist_append(S, l, v);
}

/* Code point length of the UTF-8 sequence starting with byte c. */
static size_t seq_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The code point at byte offset off (a byte for bytes), its length in n. */
static uint32_t cp_at(const Text *t, size_t off, size_t *n)
{
    if (t->isbytes || (unsigned char)t->p[off] < 0x80) {
        *n = 1;
        return (unsigned char)t->p[off];
    }
    return awutf8_decode(t->p + off, n);
}

/* The code point ending at byte offset end. */
static uint32_t cp_before(const Text *t, size_t end, size_t *n)
{
    size_t start = end - 1;

    if (!t->isbytes)
        while ((t->p[start] & 0xC0) == 0x80)
            start--;
    *n = end - start;
    return cp_at(t, start, n);
}

static size_t off_of(const Text *t, int64_t cp)
{
    return t->ascii ? (size_t)cp : awstr_offset(AS_STR(t->v), (size_t)cp);
}

static int64_t cp_of(const Text *t, size_t off)
{
    return t->ascii ? (int64_t)off : (int64_t)awutf8_count(t->p, off);
}

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

enum { A_NOARGS, A_O, A_CLINIC, A_PARSE };

/* Arity of a positional-only method with the wording CPython uses for
 * its kind of argument parsing (style). */
static bool check_args(AwState *S, const char *tn, const char *name, int nargs,
                       Tuple *kwnames, int min, int max, int style)
{
    bool few = nargs < min;
    int lim = few ? min : max;

    if (kwnames && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "%s.%s() takes no keyword arguments", tn, name);
    if (!few && nargs <= max)
        return true;
    if (style == A_NOARGS)
        return awerr_format(S, EXC_TypeError,
                            "%s.%s() takes no arguments (%d given)", tn, name,
                            nargs);
    if (style == A_O)
        return awerr_format(S, EXC_TypeError,
                            "%s.%s() takes exactly one argument (%d given)", tn,
                            name, nargs);
    if (style == A_CLINIC)
        return awerr_format(S, EXC_TypeError,
                            "%s expected %s%d argument%s, got %d", name,
                            min == max ? ""
                            : few      ? "at least "
                                       : "at most ",
                            lim, lim == 1 ? "" : "s", nargs);
    return awerr_format(S, EXC_TypeError,
                        "%s() takes %s %d argument%s (%d given)", name,
                        min == max ? "exactly"
                        : few      ? "at least"
                                   : "at most",
                        lim, lim == 1 ? "" : "s", nargs);
}

static bool self_args(AwState *S, Text *self, const char *name, int argc,
                      Value *argv, Tuple *kwnames, int min, int max, int style)
{
    text_of(argv[0], self);
    return check_args(S, kind_name(self), name, argc - 1, kwnames, min, max,
                      style);
}

/* Makes *v a small or big int from a bool or an object with __index__:
 * 1 done, 0 no integer (no exception), -1 error. */
static int as_index(AwState *S, Value *v)
{
    if (IS_KIND(*v, OBJ_INSTANCE)) {
        if (!awobj_index(S, *v, v)) {
            if (!awerr_matches(S, EXC_TYPE(S, TypeError)))
                return -1;
            awerr_clear(S);
            return 0;
        }
    }
    if (IS_BOOL(*v)) {
        *v = INT_VAL(AS_BOOL(*v));
        return 1;
    }
    return IS_ANYINT(*v) ? 1 : 0;
}

/* An integer argument that must fit a C ssize_t (or a C int). */
static bool arg_int(AwState *S, Value v, bool cint, int64_t *out)
{
    int r = as_index(S, &v);

    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "'%s' object cannot be interpreted as an "
                            "integer",
                            awobj_typename(S, v));
    if (IS_BIGINT(v) ||
        (cint && (AS_INT(v) > INT32_MAX || AS_INT(v) < INT32_MIN)))
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C %s",
                            cint ? "int" : "ssize_t");
    *out = AS_INT(v);
    return true;
}

/* start/end of find and friends: None keeps the default; big ints clamp
 * as CPython's _PyEval_SliceIndex does. */
static bool arg_slice_index(AwState *S, Value v, int64_t *out)
{
    int r;

    if (IS_NULL(v) || IS_NONE(v))
        return true;
    r = as_index(S, &v);
    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "slice indices must be integers or None or have "
                            "an __index__ method");
    if (IS_BIGINT(v))
        *out = awint_sign(v) < 0 ? -(INT64_MAX / 4) : INT64_MAX / 4;
    else
        *out = AS_INT(v);
    return true;
}

/* CPython's ADJUST_INDICES, in code points. */
static void adjust(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0)
        *end = *end < -len ? 0 : *end + len;
    if (*start < 0)
        *start = *start < -len ? 0 : *start + len;
}

static bool ret_bool(Value *out, bool b)
{
    *out = BOOL_VAL(b);
    return true;
}

/* ------------------------------------------------------------------ */
/* find, rfind, index, rindex, count                                   */

enum { F_FIND, F_RFIND, F_INDEX, F_RINDEX, F_COUNT };

/* The substring argument; bytes also take an int. */
static bool sub_arg(AwState *S, const Text *self, Value v, Text *sub)
{
    int r;

    if (!self->isbytes)
        return arg_text(S, self, v, "must be str, not %s", sub);
    if (IS_BYTES(v)) {
        text_of(v, sub);
        return true;
    }
    r = as_index(S, &v);
    if (r < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "argument should be integer or bytes-like "
                            "object, not '%s'",
                            awobj_typename(S, v));
    if (IS_BIGINT(v) || AS_INT(v) < 0 || AS_INT(v) > 255)
        return awerr_format(S, EXC_ValueError, "byte must be in range(0, 256)");
    sub->one = (char)AS_INT(v);
    sub->p = &sub->one;
    sub->len = sub->ncp = 1;
    sub->isbytes = sub->ascii = true;
    return true;
}

static int64_t find_in(const Text *t, const Text *sub, int64_t start,
                       int64_t end, int op)
{
    size_t a, b;
    int64_t pos;

    if (op == F_COUNT) {
        if (end - start < (int64_t)sub->ncp)
            return 0;
        if (sub->len == 0)
            return end - start + 1;
    } else {
        if (end - start < (int64_t)sub->ncp)
            return -1;
        if (sub->len == 0)
            return op == F_FIND || op == F_INDEX ? start : end;
    }
    a = off_of(t, start);
    b = off_of(t, end);
    if (op == F_COUNT)
        return awstr_memcount(t->p + a, b - a, sub->p, sub->len, INT64_MAX);
    if (op == F_FIND || op == F_INDEX)
        pos = awstr_memfind(t->p + a, b - a, sub->p, sub->len);
    else
        pos = awstr_memrfind(t->p + a, b - a, sub->p, sub->len);
    return pos < 0 ? -1 : cp_of(t, a + (size_t)pos);
}

static const char *const find_names[] = {"find", "rfind", "index", "rindex",
                                         "count"};

static bool do_find(AwState *S, int argc, Value *argv, Tuple *kwnames, int op,
                    Value *out)
{
    int64_t start = 0, end = INT64_MAX, r;
    Text self, sub;

    if (!self_args(S, &self, find_names[op], argc, argv, kwnames, 1, 3,
                   A_PARSE) ||
        !sub_arg(S, &self, argv[1], &sub) ||
        (argc > 2 && !arg_slice_index(S, argv[2], &start)) ||
        (argc > 3 && !arg_slice_index(S, argv[3], &end)))
        return false;
    adjust(&start, &end, (int64_t)self.ncp);
    r = find_in(&self, &sub, start, end, op);
    if (r < 0 && (op == F_INDEX || op == F_RINDEX))
        return awerr_format(S, EXC_ValueError, "%s not found",
                            self.isbytes ? "subsection" : "substring");
    *out = INT_VAL(r);
    return true;
}

static bool m_find(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_find(S, argc, argv, kw, F_FIND, out);
}

static bool m_rfind(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_find(S, argc, argv, kw, F_RFIND, out);
}

static bool m_index(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_find(S, argc, argv, kw, F_INDEX, out);
}

static bool m_rindex(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_find(S, argc, argv, kw, F_RINDEX, out);
}

static bool m_count(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_find(S, argc, argv, kw, F_COUNT, out);
}

/* ------------------------------------------------------------------ */
/* startswith, endswith                                                */

static bool tailmatch(const Text *t, const Text *sub, int64_t start,
                      int64_t end, bool atend)
{
    size_t off;

    adjust(&start, &end, (int64_t)t->ncp);
    end -= (int64_t)sub->ncp;
    if (end < start)
        return false;
    if (sub->len == 0)
        return true;
    off = off_of(t, atend ? end : start);
    return off + sub->len <= t->len &&
           memcmp(t->p + off, sub->p, sub->len) == 0;
}

static bool do_tailmatch(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         bool atend, Value *out)
{
    const char *name = atend ? "endswith" : "startswith";
    int64_t start = 0, end = INT64_MAX;
    Text self, sub;
    Tuple *tup;
    size_t i;

    if (!self_args(S, &self, name, argc, argv, kwnames, 1, 3, A_PARSE) ||
        (argc > 2 && !arg_slice_index(S, argv[2], &start)) ||
        (argc > 3 && !arg_slice_index(S, argv[3], &end)))
        return false;
    if (!IS_TUPLE(argv[1])) {
        if (!(self.isbytes ? IS_BYTES(argv[1]) : IS_STR(argv[1])))
            return awerr_format(S, EXC_TypeError,
                                "%s first arg must be %s or a tuple of %s, "
                                "not %s",
                                name, kind_name(&self), kind_name(&self),
                                awobj_typename(S, argv[1]));
        text_of(argv[1], &sub);
        return ret_bool(out, tailmatch(&self, &sub, start, end, atend));
    }
    tup = AS_TUPLE(argv[1]);
    for (i = 0; i < tup->len; i++) {
        if (!self.isbytes && !IS_STR(tup->items[i]))
            return awerr_format(S, EXC_TypeError,
                                "tuple for %s must only contain str, not %s",
                                name, awobj_typename(S, tup->items[i]));
        if (!arg_text(S, &self, tup->items[i], "", &sub))
            return false;
        if (tailmatch(&self, &sub, start, end, atend))
            return ret_bool(out, true);
    }
    return ret_bool(out, false);
}

static bool m_startswith(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    return do_tailmatch(S, argc, argv, kw, false, out);
}

static bool m_endswith(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_tailmatch(S, argc, argv, kw, true, out);
}

/* ------------------------------------------------------------------ */
/* split, rsplit, splitlines                                           */

/* Whitespace: Unicode's for str, ASCII's for bytes (no \x1c-\x1f). */
static bool is_space(const Text *t, uint32_t c)
{
    if (t->isbytes)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return (awuni_flags(c) & UNI_SPACE) != 0;
}

static bool space_at(const Text *t, size_t off, size_t *n)
{
    return is_space(t, cp_at(t, off, n));
}

static bool space_before(const Text *t, size_t end, size_t *n)
{
    return is_space(t, cp_before(t, end, n));
}

static bool split_ws(AwState *S, List *l, const Text *t, int64_t max)
{
    size_t i = 0, j, n = 0;

    while (max-- > 0) {
        while (i < t->len && space_at(t, i, &n))
            i += n;
        if (i == t->len)
            return true;
        j = i;
        i += n;
        while (i < t->len && !space_at(t, i, &n))
            i += n;
        if (!add_piece(S, l, t, j, i - j))
            return false;
    }
    while (i < t->len && space_at(t, i, &n))
        i += n;
    return i == t->len || add_piece(S, l, t, i, t->len - i);
}

static bool rsplit_ws(AwState *S, List *l, const Text *t, int64_t max)
{
    size_t i = t->len, j, n = 0;

    while (max-- > 0) {
        while (i > 0 && space_before(t, i, &n))
            i -= n;
        if (i == 0)
            return true;
        j = i;
        i -= n;
        while (i > 0 && !space_before(t, i, &n))
            i -= n;
        if (!add_piece(S, l, t, i, j - i))
            return false;
    }
    while (i > 0 && space_before(t, i, &n))
        i -= n;
    return i == 0 || add_piece(S, l, t, 0, i);
}

static bool split_sep(AwState *S, List *l, const Text *t, const Text *sep,
                      int64_t max)
{
    size_t i = 0;
    int64_t pos;

    while (max-- > 0) {
        pos = awstr_memfind(t->p + i, t->len - i, sep->p, sep->len);
        if (pos < 0)
            break;
        if (!add_piece(S, l, t, i, (size_t)pos))
            return false;
        i += (size_t)pos + sep->len;
    }
    return add_piece(S, l, t, i, t->len - i);
}

static bool rsplit_sep(AwState *S, List *l, const Text *t, const Text *sep,
                       int64_t max)
{
    size_t j = t->len, a;
    int64_t pos;

    while (max-- > 0) {
        pos = awstr_memrfind(t->p, j, sep->p, sep->len);
        if (pos < 0)
            break;
        a = (size_t)pos + sep->len;
        if (!add_piece(S, l, t, a, j - a))
            return false;
        j = (size_t)pos;
    }
    return add_piece(S, l, t, 0, j);
}

static void list_reverse(List *l)
{
    size_t i, j;
    Value v;

    for (i = 0, j = l->len; i + 1 < j; i++, j--) {
        v = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = v;
    }
}

static bool do_split(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     bool right, Value *out)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    int64_t max = -1;
    Text self, sep;
    Value a[2];
    List *l;
    bool ok;

    text_of(argv[0], &self);
    if (!awarg_unpack(S, right ? "rsplit" : "split", argc - 1, argv + 1,
                      kwnames, 0, 2, kw, a) ||
        (!IS_NULL(a[1]) && !arg_int(S, a[1], false, &max)))
        return false;
    if (max < 0)
        max = INT64_MAX;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0])) {
        if (!arg_text(S, &self, a[0], "must be str or None, not %s", &sep))
            return false;
        if (sep.len == 0)
            return awerr_format(S, EXC_ValueError, "empty separator");
    }
    l = awlist_new(S, 0);
    if (!l)
        return false;
    awgc_push(S, OBJ_VAL(l));
    if (IS_NULL(a[0]) || IS_NONE(a[0]))
        ok = right ? rsplit_ws(S, l, &self, max) : split_ws(S, l, &self, max);
    else
        ok = right ? rsplit_sep(S, l, &self, &sep, max)
                   : split_sep(S, l, &self, &sep, max);
    awgc_pop(S, 1);
    if (right)
        list_reverse(l);
    *out = OBJ_VAL(l);
    return ok;
}

static bool m_split(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_split(S, argc, argv, kw, false, out);
}

static bool m_rsplit(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_split(S, argc, argv, kw, true, out);
}

/* \n \r for bytes; str adds \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
static bool linebreak_at(const Text *t, size_t off, size_t *n)
{
    uint32_t c = cp_at(t, off, n);

    if (c == '\n' || c == '\r')
        return true;
    if (t->isbytes)
        return false;
    return c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

static bool m_splitlines(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kw[] = {"keepends", NULL};
    int64_t keep = 0;
    size_t i = 0, j, eol, n = 0;
    Value a[1];
    Text self;
    List *l;

    text_of(argv[0], &self);
    if (!awarg_unpack(S, "splitlines", argc - 1, argv + 1, kwnames, 0, 1, kw,
                      a) ||
        (!IS_NULL(a[0]) && !arg_int(S, a[0], true, &keep)))
        return false;
    l = awlist_new(S, 0);
    if (!l)
        return false;
    awgc_push(S, OBJ_VAL(l));
    while (i < self.len) {
        j = i;
        while (i < self.len && !linebreak_at(&self, i, &n))
            i += n;
        eol = i;
        if (i < self.len) {
            if (self.p[i] == '\r' && i + 1 < self.len && self.p[i + 1] == '\n')
                i += 2;
            else
                i += n;
            if (keep)
                eol = i;
        }
        if (!add_piece(S, l, &self, j, eol - j)) {
            awgc_pop(S, 1);
            return false;
        }
    }
    awgc_pop(S, 1);
    *out = OBJ_VAL(l);
    return true;
}

/* ------------------------------------------------------------------ */
/* join                                                                */

/* A list or tuple of the items of argv[1] (kept rooted in argv[1]). */
static bool join_items(AwState *S, Value *argv, Value **items, size_t *n)
{
    Value it;
    List *l;

    if (!IS_LIST(argv[1]) && !IS_TUPLE(argv[1])) {
        if (!awobj_iter(S, argv[1], &it)) {
            if (awerr_matches(S, EXC_TYPE(S, TypeError))) {
                awerr_clear(S);
                awerr_format(S, EXC_TypeError, "can only join an iterable");
            }
            return false;
        }
        argv[1] = it;
        l = awlist_from_iterable(S, it);
        if (!l)
            return false;
        argv[1] = OBJ_VAL(l);
    }
    if (IS_LIST(argv[1])) {
        *items = AS_LIST(argv[1])->items;
        *n = AS_LIST(argv[1])->len;
    } else {
        *items = AS_TUPLE(argv[1])->items;
        *n = AS_TUPLE(argv[1])->len;
    }
    return true;
}

/* Total size of the result; checks every item's kind. */
static bool join_size(AwState *S, const Text *self, const Value *items,
                      size_t n, size_t *total)
{
    Text t;
    size_t i;

    *total = self->len * (n - 1);
    for (i = 0; i < n; i++) {
        if (self->isbytes ? !IS_BYTES(items[i]) : !IS_STR(items[i]))
            return awerr_format(
                S, EXC_TypeError, "sequence item %zu: expected %s, %s found", i,
                self->isbytes ? "a bytes-like object" : "str instance",
                awobj_typename(S, items[i]));
        text_of(items[i], &t);
        if (t.len > (size_t)INT64_MAX - *total)
            return awerr_format(S, EXC_OverflowError,
                                "join() result is too long for a Python "
                                "string");
        *total += t.len;
    }
    return true;
}

static char *join_alloc(AwState *S, const Text *self, size_t total, Value *out)
{
    if (self->isbytes) {
        Bytes *b = awbytes_alloc(S, NULL, NULL, total);
        *out = OBJ_VAL(b);
        return b ? (char *)b->data : NULL;
    } else {
        String *s = awstr_alloc(S, NULL, total);
        *out = OBJ_VAL(s);
        return s ? s->data : NULL;
    }
}

static bool m_join(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    size_t n, i, total, at = 0;
    Value *items;
    Text self, t;
    char *dst;

    if (!self_args(S, &self, "join", argc, argv, kwnames, 1, 1, A_O) ||
        !join_items(S, argv, &items, &n))
        return false;
    if (n == 0)
        return piece(S, &self, 0, 0, out);
    if (n == 1 && (self.isbytes ? IS_BYTES(items[0]) : IS_STR(items[0]))) {
        text_of(items[0], &t);
        if (is_exact(S, &t)) {
            *out = items[0];
            return true;
        }
    }
    if (!join_size(S, &self, items, n, &total))
        return false;
    dst = join_alloc(S, &self, total, out);
    if (!dst)
        return false;
    items =
        IS_LIST(argv[1]) ? AS_LIST(argv[1])->items : AS_TUPLE(argv[1])->items;
    for (i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(dst + at, self.p, self.len);
            at += self.len;
        }
        text_of(items[i], &t);
        memcpy(dst + at, t.p, t.len);
        at += t.len;
    }
    if (!self.isbytes)
        awstr_fixup(AS_STR(*out));
    return true;
}

/* ------------------------------------------------------------------ */
/* strip, lstrip, rstrip                                               */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

/* Is the code point of n bytes at s one of chars (or whitespace when
 * chars is NULL)? A valid UTF-8 sequence occurs in chars only as a whole
 * code point, so a byte search answers. */
static bool strip_member(const Text *t, const Text *chars, const char *s,
                         size_t n)
{
    size_t k;

    if (!chars)
        return is_space(t, cp_at(t, (size_t)(s - t->p), &k));
    return awstr_memfind(chars->p, chars->len, s, n) >= 0;
}

static bool do_strip(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     int which, const char *name, Value *out)
{
    Text self, chars, *cp = NULL;
    size_t i = 0, j, n;

    if (!self_args(S, &self, name, argc, argv, kwnames, 0, 1, A_CLINIC))
        return false;
    if (argc > 1 && !IS_NONE(argv[1])) {
        if (!self.isbytes && !IS_STR(argv[1]))
            return awerr_format(S, EXC_TypeError, "%s arg must be None or str",
                                name);
        if (!arg_text(S, &self, argv[1], "", &chars))
            return false;
        cp = &chars;
    }
    j = self.len;
    if (which & STRIP_LEFT) {
        while (i < j) {
            n = self.isbytes ? 1 : seq_len((unsigned char)self.p[i]);
            if (!strip_member(&self, cp, self.p + i, n))
                break;
            i += n;
        }
    }
    if (which & STRIP_RIGHT) {
        while (j > i) {
            cp_before(&self, j, &n);
            if (!strip_member(&self, cp, self.p + j - n, n))
                break;
            j -= n;
        }
    }
    return piece(S, &self, i, j - i, out);
}

static bool m_strip(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_strip(S, argc, argv, kw, STRIP_BOTH, "strip", out);
}

static bool m_lstrip(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_strip(S, argc, argv, kw, STRIP_LEFT, "lstrip", out);
}

static bool m_rstrip(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_strip(S, argc, argv, kw, STRIP_RIGHT, "rstrip", out);
}

/* ------------------------------------------------------------------ */
/* replace, removeprefix, removesuffix                                 */

/* new inserted before each of the first max code points (and at the end
 * when max allows): CPython's replace with an empty old. */
static bool replace_empty(AwState *S, const Text *t, const Text *new,
                          int64_t max, Value *out)
{
    size_t i, n;
    int64_t k = 0;
    StrBuf b;

    awbuf_init(S, &b);
    for (i = 0; i < t->len; i += n, k++) {
        n = t->isbytes ? 1 : seq_len((unsigned char)t->p[i]);
        if (k < max)
            awbuf_put(&b, new->p, new->len);
        awbuf_put(&b, t->p + i, n);
    }
    if (k < max)
        awbuf_put(&b, new->p, new->len);
    return finish(S, &b, t->isbytes, out);
}

static bool replace_sub(AwState *S, const Text *t, const Text *old,
                        const Text *new, int64_t max, Value *out)
{
    int64_t k, pos;
    size_t i = 0;
    StrBuf b;

    if (awstr_memcount(t->p, t->len, old->p, old->len, max) == 0)
        return whole(S, t, out);
    awbuf_init(S, &b);
    for (k = 0; k < max; k++) {
        pos = awstr_memfind(t->p + i, t->len - i, old->p, old->len);
        if (pos < 0)
            break;
        awbuf_put(&b, t->p + i, (size_t)pos);
        awbuf_put(&b, new->p, new->len);
        i += (size_t)pos + old->len;
    }
    awbuf_put(&b, t->p + i, t->len - i);
    return finish(S, &b, t->isbytes, out);
}

static bool m_replace(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    int64_t max = -1;
    Text self, old, new;

    if (!self_args(S, &self, "replace", argc, argv, kwnames, 2, 3, A_CLINIC) ||
        !arg_text(S, &self, argv[1], "replace() argument 1 must be str, not %s",
                  &old) ||
        !arg_text(S, &self, argv[2], "replace() argument 2 must be str, not %s",
                  &new) ||
        (argc > 3 && !arg_int(S, argv[3], false, &max)))
        return false;
    if (max < 0)
        max = INT64_MAX;
    if (max == 0 || (old.len == new.len &&memcmp(old.p, new.p, old.len) == 0))
        return whole(S, &self, out);
    if (old.len == 0)
        return replace_empty(S, &self, &new, max, out);
    return replace_sub(S, &self, &old, &new, max, out);
}

static bool do_remove(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      bool suffix, Value *out)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    char fmt[64];
    Text self, fix;

    snprintf(fmt, sizeof fmt, "%s() argument must be str, not %%s", name);
    if (!self_args(S, &self, name, argc, argv, kwnames, 1, 1, A_O) ||
        !arg_text(S, &self, argv[1], fmt, &fix))
        return false;
    if (fix.len > 0 && fix.len <= self.len) {
        if (!suffix && memcmp(self.p, fix.p, fix.len) == 0)
            return piece(S, &self, fix.len, self.len - fix.len, out);
        if (suffix && memcmp(self.p + self.len - fix.len, fix.p, fix.len) == 0)
            return piece(S, &self, 0, self.len - fix.len, out);
    }
    return whole(S, &self, out);
}

static bool m_removeprefix(AwState *S, int argc, Value *argv, Tuple *kw,
                           Value *out)
{
    return do_remove(S, argc, argv, kw, false, out);
}

static bool m_removesuffix(AwState *S, int argc, Value *argv, Tuple *kw,
                           Value *out)
{
    return do_remove(S, argc, argv, kw, true, out);
}

/* ------------------------------------------------------------------ */
/* partition, rpartition                                               */

static bool do_partition(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         bool right, Value *out)
{
    Text self, sep;
    Tuple *t;
    int64_t pos;
    size_t a, b;
    bool ok;

    if (!self_args(S, &self, right ? "rpartition" : "partition", argc, argv,
                   kwnames, 1, 1, A_O) ||
        !arg_text(S, &self, argv[1], "must be str, not %s", &sep))
        return false;
    if (sep.len == 0)
        return awerr_format(S, EXC_ValueError, "empty separator");
    pos = right ? awstr_memrfind(self.p, self.len, sep.p, sep.len)
                : awstr_memfind(self.p, self.len, sep.p, sep.len);
    if (pos < 0)
        a = b = right ? 0 : self.len;
    else
        b = (a = (size_t)pos) + sep.len;
    t = awtuple_new(S, 3);
    if (!t)
        return false;
    awgc_push(S, OBJ_VAL(t));
    ok = (pos < 0 ? piece(S, &self, 0, 0, &t->items[1])
                  : piece(S, &sep, 0, sep.len, &t->items[1])) &&
         piece(S, &self, 0, a, &t->items[0]) &&
         piece(S, &self, b, self.len - b, &t->items[2]);
    awgc_pop(S, 1);
    *out = OBJ_VAL(t);
    return ok;
}

static bool m_partition(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    return do_partition(S, argc, argv, kw, false, out);
}

static bool m_rpartition(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    return do_partition(S, argc, argv, kw, true, out);
}

/* ------------------------------------------------------------------ */
/* center, ljust, rjust, zfill, expandtabs                             */

static bool fill_arg(AwState *S, const Text *self, const char *name, Value v,
                     Text *fill)
{
    if (self->isbytes) {
        if (!IS_BYTES(v) || AS_BYTES(v)->len != 1)
            return awerr_format(S, EXC_TypeError,
                                "%s() argument 2 must be a byte string of "
                                "length 1, not %s",
                                name, awobj_typename(S, v));
    } else {
        if (!IS_STR(v))
            return awerr_format(S, EXC_TypeError,
                                "The fill character must be a unicode "
                                "character, not %s",
                                awobj_typename(S, v));
        if (AS_STR(v)->ncp != 1)
            return awerr_format(S, EXC_TypeError,
                                "The fill character must be exactly one "
                                "character long");
    }
    text_of(v, fill);
    return true;
}

/* Appends count copies of unit (n bytes) with one reservation, so that a
 * huge width fails at once instead of looping. */
static void put_repeat(StrBuf *b, const char *unit, size_t n, int64_t count)
{
    size_t total, done, chunk;
    char *dst;

    if (count <= 0 || n == 0)
        return;
    if ((uint64_t)count > AWSTR_MAX_LEN / n) {
        b->failed = true;
        return;
    }
    total = n * (size_t)count;
    if (!awbuf_reserve(b, total))
        return;
    dst = b->data + b->len;
    memcpy(dst, unit, n);
    for (done = n; done < total; done += chunk) {
        chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
    }
    b->len += total;
    b->data[b->len] = '\0';
}

static bool pad(AwState *S, const Text *t, int64_t left, int64_t right,
                const Text *fill, Value *out)
{
    StrBuf b;

    awbuf_init(S, &b);
    put_repeat(&b, fill->p, fill->len, left);
    awbuf_put(&b, t->p, t->len);
    put_repeat(&b, fill->p, fill->len, right);
    return finish(S, &b, t->isbytes, out);
}

enum { J_LEFT, J_RIGHT, J_CENTER };
static const char *const just_names[] = {"ljust", "rjust", "center"};

static bool do_justify(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       int how, Value *out)
{
    const char *name = just_names[how];
    int64_t width, marg, left;
    Text self, fill = {0};

    if (!self_args(S, &self, name, argc, argv, kwnames, 1, 2, A_CLINIC) ||
        !arg_int(S, argv[1], false, &width) ||
        (argc > 2 && !fill_arg(S, &self, name, argv[2], &fill)))
        return false;
    if (argc <= 2) {
        fill.p = " ";
        fill.len = 1;
    }
    if (width <= (int64_t)self.ncp)
        return whole(S, &self, out);
    marg = width - (int64_t)self.ncp;
    if (how == J_CENTER)
        left = marg / 2 + (marg & width & 1);
    else
        left = how == J_RIGHT ? marg : 0;
    return pad(S, &self, left, marg - left, &fill, out);
}

static bool m_ljust(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_justify(S, argc, argv, kw, J_LEFT, out);
}

static bool m_rjust(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_justify(S, argc, argv, kw, J_RIGHT, out);
}

static bool m_center(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return do_justify(S, argc, argv, kw, J_CENTER, out);
}

static bool m_zfill(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Text self, zero = {0};
    int64_t width;
    char *p;

    if (!self_args(S, &self, "zfill", argc, argv, kwnames, 1, 1, A_O) ||
        !arg_int(S, argv[1], false, &width))
        return false;
    if (width <= (int64_t)self.ncp)
        return whole(S, &self, out);
    zero.p = "0";
    zero.len = 1;
    if (!pad(S, &self, width - (int64_t)self.ncp, 0, &zero, out))
        return false;
    p = self.isbytes ? (char *)AS_BYTES(*out)->data : AS_STR(*out)->data;
    width -= (int64_t)self.ncp;
    if (p[width] == '+' || p[width] == '-') {
        p[0] = p[width];
        p[width] = '0';
    }
    return true;
}

static bool m_expandtabs(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kw[] = {"tabsize", NULL};
    int64_t tab = 8, col = 0, k;
    size_t i, n;
    Value a[1];
    Text self;
    StrBuf b;

    text_of(argv[0], &self);
    if (!awarg_unpack(S, "expandtabs", argc - 1, argv + 1, kwnames, 0, 1, kw,
                      a) ||
        (!IS_NULL(a[0]) && !arg_int(S, a[0], true, &tab)))
        return false;
    awbuf_init(S, &b);
    for (i = 0; i < self.len && !b.failed; i += n) {
        n = self.isbytes ? 1 : seq_len((unsigned char)self.p[i]);
        if (self.p[i] == '\t') {
            if (tab > 0) {
                k = tab - col % tab;
                put_repeat(&b, " ", 1, k);
                col += k;
            }
            continue;
        }
        awbuf_put(&b, self.p + i, n);
        col = self.p[i] == '\n' || self.p[i] == '\r' ? 0 : col + 1;
    }
    return finish(S, &b, self.isbytes, out);
}

/* ------------------------------------------------------------------ */
/* Case changes                                                        */

enum { C_UPPER, C_LOWER, C_FOLD, C_SWAP, C_TITLE, C_CAP };

static inline char up(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

static inline char low(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* The ASCII rules (bytes, and str without non-ASCII). */
static void ascii_case(const char *src, char *dst, size_t n, int op)
{
    bool prev = false, l, u;
    size_t i;

    for (i = 0; i < n; i++) {
        char c = src[i];
        l = c >= 'a' && c <= 'z';
        u = c >= 'A' && c <= 'Z';
        switch (op) {
        case C_UPPER: dst[i] = up(c); break;
        case C_LOWER:
        case C_FOLD: dst[i] = low(c); break;
        case C_SWAP: dst[i] = l ? up(c) : low(c); break;
        case C_CAP: dst[i] = i == 0 ? up(c) : low(c); break;
        default:
            dst[i] = prev ? low(c) : up(c);
            prev = l || u;
            break;
        }
    }
}

static bool is_cased(uint32_t c)
{
    return (awuni_flags(c) & (UNI_UPPER | UNI_LOWER | UNI_TITLE)) != 0;
}

static bool ignorable(uint32_t c)
{
    return (awuni_flags(c) & UNI_CASE_IGNORABLE) != 0;
}

/* Is the capital sigma at cps[i] final: cased letter (then case-ignorable
 * ones) before it, and no cased letter after the case-ignorable ones? */
static bool final_sigma(const uint32_t *cps, size_t n, size_t i)
{
    uint32_t c = 0;
    size_t j;
    bool fin;

    for (j = i; j > 0; j--) {
        c = cps[j - 1];
        if (!ignorable(c))
            break;
    }
    fin = j > 0 && is_cased(c);
    if (fin && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = cps[j];
            if (!ignorable(c))
                break;
        }
        fin = j == n || !is_cased(c);
    }
    return fin;
}

static int lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t m[3])
{
    if (cps[i] == 0x3A3) {
        m[0] = final_sigma(cps, n, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return awuni_case(UNI_TO_LOWER, cps[i], m);
}

static int map_one(const uint32_t *cps, size_t n, size_t i, int op, bool *prev,
                   uint32_t m[3])
{
    uint32_t c = cps[i], fl;
    int k;

    switch (op) {
    case C_UPPER: return awuni_case(UNI_TO_UPPER, c, m);
    case C_LOWER: return lower_at(cps, n, i, m);
    case C_FOLD: return awuni_case(UNI_TO_FOLD, c, m);
    case C_SWAP:
        fl = awuni_flags(c);
        if (fl & UNI_UPPER)
            return lower_at(cps, n, i, m);
        if (fl & UNI_LOWER)
            return awuni_case(UNI_TO_UPPER, c, m);
        m[0] = c;
        return 1;
    case C_CAP:
        return i == 0 ? awuni_case(UNI_TO_TITLE, c, m) : lower_at(cps, n, i, m);
    default:
        k = *prev ? lower_at(cps, n, i, m) : awuni_case(UNI_TO_TITLE, c, m);
        *prev = is_cased(c);
        return k;
    }
}

static bool unicode_case(AwState *S, const Text *t, int op, Value *out)
{
    uint32_t *cps, m[3];
    size_t i, off, len, size = t->ncp * sizeof(uint32_t);
    bool prev = false;
    int k, j;
    StrBuf b;

    cps = awmem_alloc(S, size);
    if (!cps)
        return awerr_nomem(S);
    for (i = 0, off = 0; i < t->ncp; i++, off += len)
        cps[i] = awutf8_decode(t->p + off, &len);
    awbuf_init(S, &b);
    for (i = 0; i < t->ncp; i++) {
        k = map_one(cps, t->ncp, i, op, &prev, m);
        for (j = 0; j < k; j++)
            awbuf_put_cp(&b, m[j]);
    }
    awmem_free(S, cps, size);
    return finish(S, &b, false, out);
}

static bool do_case(AwState *S, int argc, Value *argv, Tuple *kwnames, int op,
                    const char *name, Value *out)
{
    Text self;
    char *dst;

    if (!self_args(S, &self, name, argc, argv, kwnames, 0, 0, A_NOARGS))
        return false;
    if (!self.ascii)
        return unicode_case(S, &self, op, out);
    if (self.isbytes) {
        Bytes *b = awbytes_alloc(S, NULL, NULL, self.len);
        if (!b)
            return false;
        dst = (char *)b->data;
        *out = OBJ_VAL(b);
    } else {
        String *s = awstr_alloc(S, NULL, self.len);
        if (!s)
            return false;
        dst = s->data;
        *out = OBJ_VAL(s);
    }
    ascii_case(self.p, dst, self.len, op);
    return true;
}

#define CASE_METHOD(fn, op, name)                                              \
    static bool fn(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)   \
    {                                                                          \
        return do_case(S, argc, argv, kw, op, name, out);                      \
    }
CASE_METHOD(m_upper, C_UPPER, "upper")
CASE_METHOD(m_lower, C_LOWER, "lower")
CASE_METHOD(m_casefold, C_FOLD, "casefold")
CASE_METHOD(m_swapcase, C_SWAP, "swapcase")
CASE_METHOD(m_title, C_TITLE, "title")
CASE_METHOD(m_capitalize, C_CAP, "capitalize")

/* ------------------------------------------------------------------ */
/* Predicates                                                          */

enum {
    P_ALPHA,
    P_DECIMAL,
    P_DIGIT,
    P_NUMERIC,
    P_ALNUM,
    P_SPACE,
    P_PRINTABLE,
    P_UPPER,
    P_LOWER,
    P_TITLE,
    P_IDENT,
    P_ASCII
};

/* Properties of a byte of a bytes object: ASCII letters, digits and
 * " \t\n\v\f\r" only. */
static uint32_t byte_flags(uint32_t c)
{
    uint32_t f;

    if (c >= 0x80)
        return 0;
    f = awuni_flags(c) & (uint32_t)~UNI_SPACE;
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        f |= UNI_SPACE;
    return f;
}

/* alpha .. printable: every code point has the property. */
static bool all_have(const Text *t, int p)
{
    size_t i, n;
    uint32_t f;
    int num;

    for (i = 0; i < t->len; i += n) {
        uint32_t c = cp_at(t, i, &n);
        f = t->isbytes ? byte_flags(c) : awuni_flags(c);
        num = (int)(f >> 1) & 3;
        if ((p == P_ALPHA && !(f & UNI_ALPHA)) || (p == P_DECIMAL && num < 3) ||
            (p == P_DIGIT && num < 2) || (p == P_NUMERIC && num < 1) ||
            (p == P_ALNUM && !(f & UNI_ALPHA) && num < 1) ||
            (p == P_SPACE && !(f & UNI_SPACE)) ||
            (p == P_PRINTABLE && !(f & UNI_PRINTABLE)))
            return false;
    }
    return true;
}

/* isupper, islower, istitle: CPython's loops over cased characters. */
static bool case_pred(const Text *t, int p)
{
    bool cased = false, prev = false;
    size_t i, n;
    uint32_t f;

    for (i = 0; i < t->len; i += n) {
        uint32_t c = cp_at(t, i, &n);
        bool u, l, ti;
        f = t->isbytes ? byte_flags(c) : awuni_flags(c);
        u = f & UNI_UPPER;
        l = f & UNI_LOWER;
        ti = f & UNI_TITLE;
        if (p == P_UPPER) {
            if (l || ti)
                return false;
            cased = cased || u;
        } else if (p == P_LOWER) {
            if (u || ti)
                return false;
            cased = cased || l;
        } else if (u || ti || l) {
            if (prev == (u || ti))
                return false;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return cased;
}

static bool is_identifier(const Text *t)
{
    size_t i, n;

    if (t->len == 0 || !(awuni_flags(cp_at(t, 0, &n)) & UNI_XID_START))
        return false;
    for (i = n; i < t->len; i += n)
        if (!(awuni_flags(cp_at(t, i, &n)) & UNI_XID_CONTINUE))
            return false;
    return true;
}

static bool predicate(const Text *t, int p)
{
    size_t i;

    switch (p) {
    case P_ASCII:
        if (!t->isbytes)
            return t->ascii;
        for (i = 0; i < t->len; i++)
            if ((unsigned char)t->p[i] >= 0x80)
                return false;
        return true;
    case P_PRINTABLE: return all_have(t, p);
    case P_UPPER:
    case P_LOWER:
    case P_TITLE: return case_pred(t, p);
    case P_IDENT: return is_identifier(t);
    default: return t->len > 0 && all_have(t, p);
    }
}

static bool do_pred(AwState *S, int argc, Value *argv, Tuple *kwnames, int p,
                    const char *name, Value *out)
{
    Text self;

    if (!self_args(S, &self, name, argc, argv, kwnames, 0, 0, A_NOARGS))
        return false;
    return ret_bool(out, predicate(&self, p));
}

#define PRED_METHOD(fn, p, name)                                               \
    static bool fn(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)   \
    {                                                                          \
        return do_pred(S, argc, argv, kw, p, name, out);                       \
    }
PRED_METHOD(m_isalpha, P_ALPHA, "isalpha")
PRED_METHOD(m_isdecimal, P_DECIMAL, "isdecimal")
PRED_METHOD(m_isdigit, P_DIGIT, "isdigit")
PRED_METHOD(m_isnumeric, P_NUMERIC, "isnumeric")
PRED_METHOD(m_isalnum, P_ALNUM, "isalnum")
PRED_METHOD(m_isspace, P_SPACE, "isspace")
PRED_METHOD(m_isprintable, P_PRINTABLE, "isprintable")
PRED_METHOD(m_isupper, P_UPPER, "isupper")
PRED_METHOD(m_islower, P_LOWER, "islower")
PRED_METHOD(m_istitle, P_TITLE, "istitle")
PRED_METHOD(m_isidentifier, P_IDENT, "isidentifier")
PRED_METHOD(m_isascii, P_ASCII, "isascii")

/* ------------------------------------------------------------------ */
/* encode, format, format_map, __format__                              */

static bool m_encode(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    int i;

    if (!awarg_unpack(S, "encode", argc - 1, argv + 1, kwnames, 0, 2, kw, a))
        return false;
    for (i = 0; i < 2; i++)
        if (!IS_NULL(a[i]) && !IS_STR(a[i]))
            return awerr_format(S, EXC_TypeError,
                                "encode() argument '%s' must be str, not %s",
                                names[i], awobj_typename(S, a[i]));
    return awcodec_encode(S, AS_STR(argv[0]),
                          IS_NULL(a[0]) ? NULL : AS_STR(a[0])->data,
                          IS_NULL(a[1]) ? NULL : AS_STR(a[1])->data, out);
}

static bool m_format(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return awfmt_format(S, AS_STR(argv[0]), argc - 1, argv + 1, kwnames, out);
}

/* format_map: the names its fields use (nested ones in format specs
 * too) are looked up in the mapping and passed to awfmt_format as
 * keyword arguments. names and values are rooted lists. */
typedef struct FieldScan {
    Value map;
    List *names, *values;
} FieldScan;

static bool field_name(AwState *S, FieldScan *fs, const char *p, size_t n)
{
    String *name;
    Value v;
    size_t i;

    for (i = 0; i < n && p[i] >= '0' && p[i] <= '9'; i++)
        ;
    if (i == n)
        return awerr_format(S, EXC_ValueError,
                            "Format string contains positional fields");
    for (i = 0; i < fs->names->len; i++) {
        String *have = AS_STR(fs->names->items[i]);
        if (have->len == n && memcmp(have->data, p, n) == 0)
            return true;
    }
    name = awstr_intern(S, p, n);
    if (!name || !awlist_append(S, fs->names, OBJ_VAL(name)))
        return false;
    return awobj_getitem(S, fs->map, OBJ_VAL(name), &v) &&
           awlist_append(S, fs->values, v);
}

static bool scan_fields(AwState *S, FieldScan *fs, const char *p, size_t n)
{
    size_t i = 0, k, end;
    int depth;

    while (i < n) {
        if (p[i] != '{' || (i + 1 < n && p[i + 1] == '{')) {
            i += p[i] == '{' || p[i] == '}' ? 2 : 1;
            continue;
        }
        for (k = i + 1; k < n && !strchr(".[!:}{", p[k]); k++)
            ;
        if (!field_name(S, fs, p + i + 1, k - i - 1))
            return false;
        for (depth = 1, end = k; end < n && depth > 0; end++)
            depth += p[end] == '{' ? 1 : p[end] == '}' ? -1 : 0;
        if (end > k && !scan_fields(S, fs, p + k, end - k - 1))
            return false;
        i = end;
    }
    return true;
}

static bool m_format_map(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    String *fmt = AS_STR(argv[0]);
    FieldScan fs;
    Tuple *kw;
    bool ok;
    Text self;

    if (!self_args(S, &self, "format_map", argc, argv, kwnames, 1, 1, A_O))
        return false;
    fs.map = argv[1];
    fs.names = awlist_new(S, 0);
    if (!fs.names)
        return false;
    awgc_push(S, OBJ_VAL(fs.names));
    fs.values = awlist_new(S, 0);
    if (!fs.values) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_push(S, OBJ_VAL(fs.values));
    ok = scan_fields(S, &fs, fmt->data, fmt->len);
    kw = ok ? awtuple_from_array(S, fs.names->items, fs.names->len) : NULL;
    ok = kw != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(kw));
        ok =
            awfmt_format(S, fmt, 0, fs.values->items, kw->len ? kw : NULL, out);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 2);
    return ok;
}

static bool m_dunder_format(AwState *S, int argc, Value *argv, Tuple *kwnames,
                            Value *out)
{
    String *spec, *r;
    Text self;
    StrBuf b;

    if (!self_args(S, &self, "__format__", argc, argv, kwnames, 1, 1, A_O))
        return false;
    if (!IS_STR(argv[1]))
        return awerr_format(S, EXC_TypeError,
                            "__format__() argument must be str, not %s",
                            awobj_typename(S, argv[1]));
    spec = AS_STR(argv[1]);
    if (spec->len == 0)
        return awobj_str(S, argv[0], out);
    awbuf_init(S, &b);
    if (!awfmt_spec(S, argv[0], spec->data, spec->len, &b)) {
        awbuf_free(&b);
        return false;
    }
    r = awbuf_finish(&b);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static bool m_getnewargs(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    Text self;
    Tuple *t;

    if (!self_args(S, &self, "__getnewargs__", argc, argv, kwnames, 0, 0,
                   A_NOARGS))
        return false;
    t = awtuple_new(S, 1);
    if (!t)
        return false;
    awgc_push(S, OBJ_VAL(t));
    if (!piece(S, &self, 0, self.len, &t->items[0])) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_pop(S, 1);
    *out = OBJ_VAL(t);
    return true;
}

/* ------------------------------------------------------------------ */
/* maketrans, translate                                                */

/* str.maketrans(dict): keys of one character become code points. */
static bool maketrans_dict(AwState *S, Value x, Value *out)
{
    Value k, v, key;
    size_t pos = 0;
    Dict *d = awdict_new(S);

    if (!d)
        return false;
    awgc_push(S, OBJ_VAL(d));
    while (awdict_next(AS_DICT(x), &pos, &k, &v)) {
        if (IS_STR(k)) {
            size_t n;
            if (AS_STR(k)->ncp != 1) {
                awgc_pop(S, 1);
                return awerr_format(S, EXC_ValueError,
                                    "string keys in translate table must be "
                                    "of length 1");
            }
            key = INT_VAL(awutf8_decode(AS_STR(k)->data, &n));
        } else if (IS_ANYINT(k) || IS_BOOL(k)) {
            key = k;
        } else {
            awgc_pop(S, 1);
            return awerr_format(S, EXC_TypeError,
                                "keys in translate table must be strings "
                                "or integers");
        }
        if (!awdict_set(S, d, key, v)) {
            awgc_pop(S, 1);
            return false;
        }
    }
    awgc_pop(S, 1);
    *out = OBJ_VAL(d);
    return true;
}

static bool maketrans_strs(AwState *S, int argc, Value *argv, Value *out)
{
    String *x = AS_STR(argv[0]), *y = AS_STR(argv[1]);
    size_t i = 0, j = 0, n, m;
    Dict *d;
    bool ok = true;

    if (x->ncp != y->ncp)
        return awerr_format(S, EXC_ValueError,
                            "the first two maketrans arguments must have "
                            "equal length");
    d = awdict_new(S);
    if (!d)
        return false;
    awgc_push(S, OBJ_VAL(d));
    for (; ok && i < x->len; i += n, j += m) {
        uint32_t a = awutf8_decode(x->data + i, &n);
        uint32_t b = awutf8_decode(y->data + j, &m);
        ok = awdict_set(S, d, INT_VAL(a), INT_VAL(b));
    }
    if (ok && argc > 2) {
        String *z = AS_STR(argv[2]);
        for (i = 0; ok && i < z->len; i += n)
            ok = awdict_set(S, d, INT_VAL(awutf8_decode(z->data + i, &n)),
                            NONE_VAL);
    }
    awgc_pop(S, 1);
    *out = OBJ_VAL(d);
    return ok;
}

static bool m_maketrans(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    int i;

    if (!check_args(S, "str", "maketrans", argc, kwnames, 1, 3, A_CLINIC))
        return false;
    if (argc == 1) {
        if (!IS_DICT(argv[0]))
            return awerr_format(S, EXC_TypeError,
                                "if you give only one argument to maketrans "
                                "it must be a dict");
        return maketrans_dict(S, argv[0], out);
    }
    for (i = 1; i < argc; i++)
        if (!IS_STR(argv[i]))
            return awerr_format(S, EXC_TypeError,
                                "maketrans() argument %d must be str, not %s",
                                i + 1, awobj_typename(S, argv[i]));
    if (!IS_STR(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "first maketrans argument must be a string if "
                            "there is a second argument");
    return maketrans_strs(S, argc, argv, out);
}

/* Appends the translation of c: 0 kept (lookup failed), 1 done, -1
 * error. */
static int translate_one(AwState *S, Value table, uint32_t c, StrBuf *b)
{
    Value r;

    if (!awobj_getitem(S, table, INT_VAL(c), &r)) {
        if (!awerr_matches(S, EXC_TYPE(S, LookupError)))
            return -1;
        awerr_clear(S);
        return 0;
    }
    if (IS_NONE(r))
        return 1;
    if (IS_STR(r)) {
        awbuf_put(b, AS_STR(r)->data, AS_STR(r)->len);
        return 1;
    }
    if (IS_BOOL(r))
        r = INT_VAL(AS_BOOL(r));
    if (IS_ANYINT(r)) {
        if (IS_BIGINT(r) || AS_INT(r) < 0 || AS_INT(r) > 0x10FFFF) {
            awerr_format(S, EXC_ValueError,
                         "character mapping must be in range(0x110000)");
            return -1;
        }
        awbuf_put_cp(b, (uint32_t)AS_INT(r));
        return 1;
    }
    awerr_format(S, EXC_TypeError,
                 "character mapping must return integer, None or str");
    return -1;
}

static bool m_translate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    size_t i, n;
    Text self;
    StrBuf b;
    int r;

    if (!self_args(S, &self, "translate", argc, argv, kwnames, 1, 1, A_O))
        return false;
    awbuf_init(S, &b);
    for (i = 0; i < self.len; i += n) {
        uint32_t c = cp_at(&self, i, &n);
        r = translate_one(S, argv[1], c, &b);
        if (r < 0) {
            awbuf_free(&b);
            return false;
        }
        if (r == 0)
            awbuf_put(&b, self.p + i, n);
    }
    return finish(S, &b, false, out);
}

/* ------------------------------------------------------------------ */
/* Slot methods: __len__, __add__, __eq__... call the type's slots      */

/* Checks a slot method's arity (CPython's wrapper wording) and returns
 * the str or bytes type whose slots implement it. */
static Type *slot_type(AwState *S, int argc, Tuple *kwnames, int want,
                       Value self)
{
    Type *t = IS_BYTES(self) ? TYPE(S, BYTES) : TYPE(S, STR);

    if (kwnames && kwnames->len > 0) {
        awerr_format(S, EXC_TypeError, "wrapper takes no keyword arguments");
        return NULL;
    }
    if (argc - 1 != want) {
        awerr_format(S, EXC_TypeError, "expected %d argument%s, got %d", want,
                     want == 1 ? "" : "s", argc - 1);
        return NULL;
    }
    return t;
}

static bool m_len(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 0, argv[0]);
    int64_t n;

    if (!t || !t->len(S, argv[0], &n))
        return false;
    *out = INT_VAL(n);
    return true;
}

static bool m_hash(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 0, argv[0]);
    int64_t h;

    if (!t || !t->hash(S, argv[0], &h))
        return false;
    *out = INT_VAL(h);
    return true;
}

static bool m_repr(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 0, argv[0]);

    return t && t->repr(S, argv[0], out);
}

static bool m_str(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 0, argv[0]);

    return t && t->str(S, argv[0], out);
}

static bool m_iter(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 0, argv[0]);

    return t && t->iter(S, argv[0], out);
}

static bool m_getitem(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);

    return t && t->getitem(S, argv[0], argv[1], out);
}

static bool m_contains(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);
    int r;

    if (!t)
        return false;
    r = t->contains(S, argv[0], argv[1]);
    *out = BOOL_VAL(r == 1);
    return r >= 0;
}

static bool m_add(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);

    return t && t->binop(S, BINOP_ADD, argv[0], argv[1], out);
}

/* __mul__ and __rmul__ take the count as an index. */
static bool m_mul(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);
    Value n = argv[1];
    int r;

    if (!t || (r = as_index(S, &n)) < 0)
        return false;
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "'%s' object cannot be interpreted as an "
                            "integer",
                            awobj_typename(S, argv[1]));
    return t->binop(S, BINOP_MUL, argv[0], n, out);
}

static bool m_mod(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);

    return t && t->binop(S, BINOP_MOD, argv[0], argv[1], out);
}

static bool m_rmod(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);

    if (!t)
        return false;
    if (IS_BYTES(argv[0]) ? !IS_BYTES(argv[1]) : !IS_STR(argv[1])) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    return awfmt_percent(S, argv[1], argv[0], out);
}

static bool do_cmp(AwState *S, int argc, Value *argv, Tuple *kw, int op,
                   Value *out)
{
    Type *t = slot_type(S, argc, kw, 1, argv[0]);

    return t && t->richcmp(S, argv[0], argv[1], op, out);
}

#define CMP_METHOD(fn, op)                                                     \
    static bool fn(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)   \
    {                                                                          \
        return do_cmp(S, argc, argv, kw, op, out);                             \
    }
CMP_METHOD(m_lt, CMP_LT)
CMP_METHOD(m_le, CMP_LE)
CMP_METHOD(m_eq, CMP_EQ)
CMP_METHOD(m_ne, CMP_NE)
CMP_METHOD(m_gt, CMP_GT)
CMP_METHOD(m_ge, CMP_GE)

/* ------------------------------------------------------------------ */
/* Tables                                                              */

#define TEXT_METHODS                                                           \
    {"split", m_split, MF_METHOD}, {"rsplit", m_rsplit, MF_METHOD},            \
        {"splitlines", m_splitlines, MF_METHOD}, {"join", m_join, MF_METHOD},  \
        {"strip", m_strip, MF_METHOD}, {"lstrip", m_lstrip, MF_METHOD},        \
        {"rstrip", m_rstrip, MF_METHOD}, {"replace", m_replace, MF_METHOD},    \
        {"find", m_find, MF_METHOD}, {"rfind", m_rfind, MF_METHOD},            \
        {"index", m_index, MF_METHOD}, {"rindex", m_rindex, MF_METHOD},        \
        {"count", m_count, MF_METHOD},                                         \
        {"startswith", m_startswith, MF_METHOD},                               \
        {"endswith", m_endswith, MF_METHOD},                                   \
        {"partition", m_partition, MF_METHOD},                                 \
        {"rpartition", m_rpartition, MF_METHOD},                               \
        {"upper", m_upper, MF_METHOD}, {"lower", m_lower, MF_METHOD},          \
        {"swapcase", m_swapcase, MF_METHOD}, {"title", m_title, MF_METHOD},    \
        {"capitalize", m_capitalize, MF_METHOD},                               \
        {"center", m_center, MF_METHOD}, {"ljust", m_ljust, MF_METHOD},        \
        {"rjust", m_rjust, MF_METHOD}, {"zfill", m_zfill, MF_METHOD},          \
        {"expandtabs", m_expandtabs, MF_METHOD},                               \
        {"isalpha", m_isalpha, MF_METHOD}, {"isdigit", m_isdigit, MF_METHOD},  \
        {"isalnum", m_isalnum, MF_METHOD}, {"isspace", m_isspace, MF_METHOD},  \
        {"isupper", m_isupper, MF_METHOD}, {"islower", m_islower, MF_METHOD},  \
        {"istitle", m_istitle, MF_METHOD}, {"isascii", m_isascii, MF_METHOD},  \
        {"removeprefix", m_removeprefix, MF_METHOD},                           \
        {"removesuffix", m_removesuffix, MF_METHOD},                           \
        {"__getnewargs__", m_getnewargs, MF_METHOD},                           \
        {"__len__", m_len, MF_METHOD}, {"__hash__", m_hash, MF_METHOD},        \
        {"__repr__", m_repr, MF_METHOD}, {"__str__", m_str, MF_METHOD},        \
        {"__iter__", m_iter, MF_METHOD},                                       \
        {"__getitem__", m_getitem, MF_METHOD},                                 \
        {"__contains__", m_contains, MF_METHOD},                               \
        {"__add__", m_add, MF_METHOD}, {"__mul__", m_mul, MF_METHOD},          \
        {"__rmul__", m_mul, MF_METHOD}, {"__mod__", m_mod, MF_METHOD},         \
        {"__rmod__", m_rmod, MF_METHOD}, {"__lt__", m_lt, MF_METHOD},          \
        {"__le__", m_le, MF_METHOD}, {"__eq__", m_eq, MF_METHOD},              \
        {"__ne__", m_ne, MF_METHOD}, {"__gt__", m_gt, MF_METHOD},              \
    {                                                                          \
        "__ge__", m_ge, MF_METHOD                                              \
    }

const MethodDef awstr_methods[] = {
    TEXT_METHODS,
    {"casefold", m_casefold, MF_METHOD},
    {"isdecimal", m_isdecimal, MF_METHOD},
    {"isnumeric", m_isnumeric, MF_METHOD},
    {"isprintable", m_isprintable, MF_METHOD},
    {"isidentifier", m_isidentifier, MF_METHOD},
    {"encode", m_encode, MF_METHOD},
    {"format", m_format, MF_METHOD},
    {"format_map", m_format_map, MF_METHOD},
    {"__format__", m_dunder_format, MF_METHOD},
    {"maketrans", m_maketrans, MF_STATIC},
    {"translate", m_translate, MF_METHOD},
    {NULL, NULL, 0},
};

const MethodDef awbytes_text_methods[] = {
    TEXT_METHODS,
    {NULL, NULL, 0},
};
