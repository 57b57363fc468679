/* Text formatting: the format mini-language (format(v, spec)) for int,
 * bool, float and str, str.format / format_map, and printf-style `%` for
 * str and bytes, all after CPython 3.11 (Python/formatter_unicode.c,
 * Objects/stringlib/unicode_format.h, Objects/unicodeobject.c). */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"

/* ------------------------------------------------------------------ */
/* The format specifier                                                */

typedef struct Spec {
    uint32_t fill;
    char align;    /* < > ^ = */
    char sign;     /* 0 + - ' ' */
    bool no_neg_0; /* z */
    bool alt;      /* # */
    int64_t width; /* -1: none */
    char sep;      /* 0 , _ */
    int group;     /* digits per group: 3, or 4 for _ with b o x X */
    int64_t prec;  /* -1: none */
    uint32_t type; /* 0: none */
} Spec;

typedef struct CpText {
    uint32_t *cp;
    size_t n;
} CpText;

static bool decode_spec(AwState *S, const char *s, size_t len, CpText *t)
{
    t->cp = awmem_alloc(S, (len + 1) * sizeof(uint32_t));
    if (t->cp == NULL)
        return awerr_nomem(S);
    t->n = 0;
    for (size_t i = 0; i < len;) {
        size_t k = 1;
        unsigned char c = (unsigned char)s[i];
        t->cp[t->n++] = c < 0x80 ? c : awutf8_decode(s + i, &k);
        i += k ? k : 1;
    }
    return true;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Digits at cp[*pos]: -1 overflow (raised), else the count consumed. */
static int get_integer(AwState *S, const CpText *t, size_t *pos, int64_t *out)
{
    int64_t acc = 0;
    int n = 0;
    for (; *pos < t->n && t->cp[*pos] >= '0' && t->cp[*pos] <= '9';
         (*pos)++, n++) {
        int d = (int)(t->cp[*pos] - '0');
        if (acc > (INT64_MAX - d) / 10) {
            awerr_format(S, EXC_ValueError,
                         "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return n;
}

static bool sep_type_error(AwState *S, char sep, uint32_t type)
{
    if (type > 32 && type < 128)
        return awerr_format(S, EXC_ValueError, "Cannot specify '%c' with '%c'.",
                            sep, (char)type);
    return awerr_format(S, EXC_ValueError, "Cannot specify '%c' with '\\x%x'.",
                        sep, (unsigned)type);
}

static bool check_separator(AwState *S, Spec *sp)
{
    if (!sp->sep)
        return true;
    switch (sp->type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0: return true;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
        if (sp->sep == '_') {
            sp->group = 4;
            return true;
        }
        /* fall through */
    default: return sep_type_error(S, sp->sep, sp->type);
    }
}

static bool parse_head(const CpText *t, size_t *pos, Spec *sp, bool *fill_given,
                       bool *align_given)
{
    size_t p = 0;
    if (t->n >= 2 && is_align(t->cp[1])) {
        sp->fill = t->cp[0];
        sp->align = (char)t->cp[1];
        *fill_given = *align_given = true;
        p = 2;
    } else if (t->n >= 1 && is_align(t->cp[0])) {
        sp->align = (char)t->cp[0];
        *align_given = true;
        p = 1;
    }
    if (p < t->n && (t->cp[p] == '+' || t->cp[p] == '-' || t->cp[p] == ' '))
        sp->sign = (char)t->cp[p++];
    if (p < t->n && t->cp[p] == 'z') {
        sp->no_neg_0 = true;
        p++;
    }
    if (p < t->n && t->cp[p] == '#') {
        sp->alt = true;
        p++;
    }
    *pos = p;
    return true;
}

static bool parse_grouping(AwState *S, const CpText *t, size_t *p, Spec *sp)
{
    if (*p < t->n && t->cp[*p] == ',') {
        sp->sep = ',';
        (*p)++;
    }
    if (*p < t->n && t->cp[*p] == '_') {
        if (sp->sep)
            return awerr_format(S, EXC_ValueError,
                                "Cannot specify both ',' and '_'.");
        sp->sep = '_';
        (*p)++;
    }
    if (*p < t->n && t->cp[*p] == ',' && sp->sep == '_')
        return awerr_format(S, EXC_ValueError,
                            "Cannot specify both ',' and '_'.");
    return true;
}

/* CPython's parse_internal_render_format_spec. */
static bool parse_spec_cp(AwState *S, Value v, const char *spec, size_t len,
                          const CpText *t, Spec *sp)
{
    bool fill_given = false, align_given = false;
    size_t p;
    parse_head(t, &p, sp, &fill_given, &align_given);
    if (!fill_given && p < t->n && t->cp[p] == '0') {
        sp->fill = '0';
        if (!align_given && sp->align == '>')
            sp->align = '=';
        p++;
    }
    int n = get_integer(S, t, &p, &sp->width);
    if (n < 0)
        return false;
    if (n == 0)
        sp->width = -1;
    if (!parse_grouping(S, t, &p, sp))
        return false;
    if (p < t->n && t->cp[p] == '.') {
        p++;
        n = get_integer(S, t, &p, &sp->prec);
        if (n < 0)
            return false;
        if (n == 0)
            return awerr_format(S, EXC_ValueError,
                                "Format specifier missing precision");
    }
    if (t->n - p > 1)
        return awerr_format(S, EXC_ValueError,
                            "Invalid format specifier '%.*s' for object of "
                            "type '%s'",
                            (int)len, spec, awobj_typename(S, v));
    if (t->n - p == 1)
        sp->type = t->cp[p];
    return check_separator(S, sp);
}

static bool parse_spec(AwState *S, Value v, const char *spec, size_t len,
                       char default_type, char default_align, Spec *sp)
{
    *sp = (Spec){' ',   default_align,
                 0,     false,
                 false, -1,
                 0,     3,
                 -1,    (uint32_t)(unsigned char)default_type};
    CpText t;
    if (!decode_spec(S, spec, len, &t))
        return false;
    bool ok = parse_spec_cp(S, v, spec, len, &t, sp);
    awmem_free(S, t.cp, (len + 1) * sizeof(uint32_t));
    return ok;
}

static bool unknown_code(AwState *S, uint32_t type, Value v)
{
    if (type > 32 && type < 128)
        return awerr_format(S, EXC_ValueError,
                            "Unknown format code '%c' for object of type "
                            "'%s'",
                            (char)type, awobj_typename(S, v));
    return awerr_format(S, EXC_ValueError,
                        "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned)type, awobj_typename(S, v));
}

/* ------------------------------------------------------------------ */
/* Padding and digit grouping                                          */

static void put_fill(StrBuf *b, uint32_t fill, int64_t n)
{
    if (fill < 0x80) {
        for (; n > 0; n--)
            awbuf_putc(b, (char)fill);
        return;
    }
    for (; n > 0; n--)
        awbuf_put_cp(b, fill);
}

/* CPython's _PyUnicode_InsertThousandsGrouping: with buf NULL only counts;
 * else writes backwards ending at buf + end. group 0: no grouping. */
typedef struct Grouping {
    const char *digits;
    int64_t ndigits, min_width;
    int group;
    char sep;
} Grouping;

static void group_put(char *buf, int64_t *bpos, const Grouping *g,
                      int64_t *dpos, int64_t nchars, int64_t nzeros, bool sep)
{
    if (buf == NULL)
        return;
    if (sep)
        buf[--*bpos] = g->sep;
    *bpos -= nchars;
    *dpos -= nchars;
    memcpy(buf + *bpos, g->digits + *dpos, (size_t)nchars);
    *bpos -= nzeros;
    memset(buf + *bpos, '0', (size_t)nzeros);
}

#define MAX2(a, b) ((a) > (b) ? (a) : (b))
#define MIN2(a, b) ((a) < (b) ? (a) : (b))

static int64_t group_fill(char *buf, int64_t end, const Grouping *g)
{
    int64_t min_width = MAX2(0, g->min_width), remaining = g->ndigits;
    int64_t count = 0, bpos = end, dpos = g->ndigits;
    bool sep = false;
    while (g->group > 0) {
        int64_t len = MIN2(g->group, MAX2(MAX2(remaining, min_width), 1));
        int64_t nzeros = MAX2(0, len - remaining);
        int64_t nchars = MAX2(0, MIN2(remaining, len));
        count += (sep ? 1 : 0) + nzeros + nchars;
        group_put(buf, &bpos, g, &dpos, nchars, nzeros, sep);
        sep = true;
        remaining -= nchars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0)
            return count;
        min_width -= 1;
    }
    int64_t len = MAX2(MAX2(remaining, min_width), 1);
    int64_t nzeros = MAX2(0, len - remaining);
    int64_t nchars = MAX2(0, MIN2(remaining, len));
    count += (sep ? 1 : 0) + nzeros + nchars;
    group_put(buf, &bpos, g, &dpos, nchars, nzeros, sep);
    return count;
}

/* A number laid out as sign, prefix, grouped digits, decimal point,
 * remainder (fraction and exponent, or the character of 'c'). */
typedef struct NumParts {
    char sign; /* '-' or 0 */
    const char *prefix;
    int64_t nprefix;
    const char *digits;
    int64_t ndigits;
    bool decimal;
    const char *rem;
    size_t rem_bytes;
    int64_t rem_cps;
    bool upper;
} NumParts;

static void put_upper(StrBuf *b, const char *s, size_t n, bool upper)
{
    size_t start = b->len;
    awbuf_put(b, s, n);
    for (size_t i = start; upper && !b->failed && i < b->len; i++)
        if (b->data[i] >= 'a' && b->data[i] <= 'z')
            b->data[i] = (char)(b->data[i] - 'a' + 'A');
}

static bool put_grouped(StrBuf *b, const Grouping *g, int64_t n, bool upper)
{
    char *buf = awmem_alloc(b->S, (size_t)n + 1);
    if (buf == NULL)
        return awerr_nomem(b->S);
    group_fill(buf, n, g);
    put_upper(b, buf, (size_t)n, upper);
    awmem_free(b->S, buf, (size_t)n + 1);
    return true;
}

static char sign_of(const Spec *sp, char own)
{
    if (sp->sign == '+')
        return own == '-' ? '-' : '+';
    if (sp->sign == ' ')
        return own == '-' ? '-' : ' ';
    return own;
}

static bool put_number(StrBuf *b, const Spec *sp, const NumParts *np)
{
    char sign = sign_of(sp, np->sign);
    int64_t nonpad =
        (sign ? 1 : 0) + np->nprefix + (np->decimal ? 1 : 0) + np->rem_cps;
    Grouping g = {np->digits, np->ndigits, 0, sp->sep ? sp->group : 0, sp->sep};
    if (sp->fill == '0' && sp->align == '=')
        g.min_width = sp->width - nonpad;
    int64_t ngrouped = np->ndigits == 0 ? 0 : group_fill(NULL, 0, &g);
    int64_t pad = sp->width - (nonpad + ngrouped);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (sp->align) {
        case '<': rpad = pad; break;
        case '^':
            lpad = pad / 2;
            rpad = pad - lpad;
            break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    put_fill(b, sp->fill, lpad);
    if (sign)
        awbuf_putc(b, sign);
    put_upper(b, np->prefix, (size_t)np->nprefix, np->upper);
    put_fill(b, sp->fill, spad);
    if (ngrouped && !put_grouped(b, &g, ngrouped, np->upper))
        return false;
    if (np->decimal)
        awbuf_putc(b, '.');
    awbuf_put(b, np->rem, np->rem_bytes);
    put_fill(b, sp->fill, rpad);
    return true;
}

/* ------------------------------------------------------------------ */
/* str, int and float                                                  */

static bool format_str(AwState *S, String *s, const Spec *sp, Value v,
                       StrBuf *b)
{
    if (sp->type != 's' && sp->type != 0)
        return unknown_code(S, sp->type, v);
    if (sp->sign == ' ')
        return awerr_format(S, EXC_ValueError,
                            "Space not allowed in string format specifier");
    if (sp->sign)
        return awerr_format(S, EXC_ValueError,
                            "Sign not allowed in string format specifier");
    if (sp->no_neg_0)
        return awerr_format(S, EXC_ValueError,
                            "Negative zero coercion (z) not allowed in "
                            "string format specifier");
    if (sp->alt)
        return awerr_format(S, EXC_ValueError,
                            "Alternate form (#) not allowed in string format "
                            "specifier");
    if (sp->align == '=')
        return awerr_format(S, EXC_ValueError,
                            "'=' alignment not allowed in string format "
                            "specifier");
    int64_t n = (int64_t)s->ncp;
    if (sp->prec >= 0 && n > sp->prec)
        n = sp->prec;
    int64_t total = sp->width > n ? sp->width : n;
    int64_t lpad = sp->align == '>'   ? total - n
                   : sp->align == '^' ? (total - n) / 2
                                      : 0;
    put_fill(b, sp->fill, lpad);
    awbuf_put(b, s->data,
              n == (int64_t)s->ncp ? s->len : awstr_offset(s, (size_t)n));
    put_fill(b, sp->fill, total - n - lpad);
    return true;
}

static bool format_char(AwState *S, Value v, const Spec *sp, StrBuf *b)
{
    if (sp->sign)
        return awerr_format(S, EXC_ValueError,
                            "Sign not allowed with integer format specifier "
                            "'c'");
    if (sp->alt)
        return awerr_format(S, EXC_ValueError,
                            "Alternate form (#) not allowed with integer "
                            "format specifier 'c'");
    if (IS_BIGINT(v))
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C long");
    if (AS_INT(v) < 0 || AS_INT(v) > 0x10ffff)
        return awerr_format(S, EXC_OverflowError,
                            "%%c arg not in range(0x110000)");
    StrBuf cb;
    awbuf_init(S, &cb);
    awbuf_put_cp(&cb, (uint32_t)AS_INT(v));
    NumParts np = {0, "", 0, "", 0, false, cb.data, cb.len, 1, false};
    bool ok = !cb.failed ? put_number(b, sp, &np) : awerr_nomem(S);
    awbuf_free(&cb);
    return ok;
}

static bool format_int(AwState *S, Value v, const Spec *sp, StrBuf *b)
{
    if (sp->prec != -1)
        return awerr_format(S, EXC_ValueError,
                            "Precision not allowed in integer format "
                            "specifier");
    if (sp->no_neg_0)
        return awerr_format(S, EXC_ValueError,
                            "Negative zero coercion (z) not allowed in "
                            "integer format specifier");
    if (IS_BOOL(v))
        v = INT_VAL(AS_BOOL(v));
    if (sp->type == 'c')
        return format_char(S, v, sp, b);
    uint32_t ty = sp->type;
    int base = ty == 'b' ? 2 : ty == 'o' ? 8 : ty == 'x' || ty == 'X' ? 16 : 10;
    StrBuf t;
    awbuf_init(S, &t);
    if (!awint_to_buf(&t, v, base, false)) {
        awbuf_free(&t);
        return false;
    }
    if (t.failed) {
        awbuf_free(&t);
        return awerr_nomem(S);
    }
    bool neg = t.data[0] == '-';
    const char *pfx = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    NumParts np = {neg ? '-' : 0,
                   pfx,
                   sp->alt && base != 10 ? 2 : 0,
                   t.data + neg,
                   (int64_t)t.len - neg,
                   false,
                   "",
                   0,
                   0,
                   ty == 'X'};
    Spec s2 = *sp;
    if (ty == 'n')
        s2.sep = 0;
    bool ok = put_number(b, &s2, &np);
    awbuf_free(&t);
    return ok;
}

static bool format_double(AwState *S, double d, Value v, const Spec *sp,
                          StrBuf *b)
{
    char type = (char)sp->type;
    unsigned flags =
        (sp->alt ? AWF_ALT : 0) | (sp->no_neg_0 ? AWF_NO_NEG_0 : 0);
    int defprec = 6;
    if (sp->prec > INT_MAX)
        return awerr_format(S, EXC_ValueError, "precision too big");
    if (type == 0) {
        flags |= AWF_ADD_DOT_0;
        type = 'r';
        defprec = 0;
    }
    if (type == 'n')
        type = 'g';
    bool pct = type == '%';
    if (pct) {
        type = 'f';
        d *= 100;
    }
    int prec = (int)sp->prec;
    if (prec < 0)
        prec = defprec;
    else if (type == 'r')
        type = 'g';
    StrBuf t;
    awbuf_init(S, &t);
    awfloat_format(&t, d, type, prec, flags);
    if (pct)
        awbuf_putc(&t, '%');
    if (t.failed) {
        awbuf_free(&t);
        return awerr_nomem(S);
    }
    size_t i = t.data[0] == '-' ? 1 : 0, j = i;
    while (j < t.len && t.data[j] >= '0' && t.data[j] <= '9')
        j++;
    bool dec = j < t.len && t.data[j] == '.';
    size_t r = j + dec;
    NumParts np = {i ? '-' : 0,          "",   0,          t.data + i,
                   (int64_t)(j - i),     dec,  t.data + r, t.len - r,
                   (int64_t)(t.len - r), false};
    Spec s2 = *sp;
    if (sp->type == 'n')
        s2.sep = 0;
    bool ok = put_number(b, &s2, &np);
    awbuf_free(&t);
    return ok;
}

static bool format_float(AwState *S, Value v, const Spec *sp, StrBuf *b)
{
    switch (sp->type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': return format_double(S, AS_FLOAT(v), v, sp, b);
    default: return unknown_code(S, sp->type, v);
    }
}

static bool format_intlike(AwState *S, Value v, const Spec *sp, StrBuf *b)
{
    double d;
    switch (sp->type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n': return format_int(S, v, sp, b);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': return awint_to_double(S, v, &d) && format_double(S, d, v, sp, b);
    default: return unknown_code(S, sp->type, v);
    }
}

bool awfmt_spec(AwState *S, Value v, const char *spec, size_t len, StrBuf *out)
{
    Spec sp;
    bool isint = IS_INT(v) || IS_BIGINT(v) || IS_BOOL(v);
    if (len == 0 && !IS_BOOL(v))
        return awbuf_str(out, v);
    if (len == 0) {
        awbuf_puts(out, AS_BOOL(v) ? "True" : "False");
        return true;
    }
    if (IS_STR(v))
        return parse_spec(S, v, spec, len, 's', '<', &sp) &&
               format_str(S, AS_STR(v), &sp, v, out);
    if (isint)
        return parse_spec(S, v, spec, len, 'd', '>', &sp) &&
               format_intlike(S, v, &sp, out);
    if (IS_FLOAT(v))
        return parse_spec(S, v, spec, len, 0, '>', &sp) &&
               format_float(S, v, &sp, out);
    return awerr_format(S, EXC_TypeError,
                        "unsupported format string passed to %s.__format__",
                        awobj_typename(S, v));
}

/* ------------------------------------------------------------------ */
/* ascii()                                                             */

bool awfmt_ascii(AwState *S, Value v, Value *out)
{
    Value r;
    if (!awobj_repr(S, v, &r))
        return false;
    String *s = AS_STR(r);
    if (s->len == s->ncp) {
        *out = r;
        return true;
    }
    StrBuf b;
    awbuf_init(S, &b);
    for (size_t i = 0; i < s->len;) {
        unsigned char c = (unsigned char)s->data[i];
        size_t k = 1;
        uint32_t cp = c < 0x80 ? c : awutf8_decode(s->data + i, &k);
        i += k;
        if (cp < 0x80)
            awbuf_putc(&b, (char)cp);
        else if (cp < 0x100)
            awbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000)
            awbuf_printf(&b, "\\u%04x", cp);
        else
            awbuf_printf(&b, "\\U%08x", cp);
    }
    String *res = awbuf_finish(&b);
    if (res == NULL)
        return false;
    *out = OBJ_VAL(res);
    return true;
}

/* ------------------------------------------------------------------ */
/* str.format and format_map                                           */

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct FmtCtx {
    AwState *S;
    const Value *args; /* positional arguments, or NULL (format_map) */
    int nargs;
    const Value *kwvals; /* values of kwnames */
    Tuple *kwnames;
    Value mapping; /* format_map's mapping, or NULL_VAL */
    int auto_state;
    int64_t auto_next;
} FmtCtx;

typedef struct Sub {
    const char *s;
    size_t n;
} Sub;

/* The index a field name part spells, -1 when not all digits. */
static bool sub_integer(AwState *S, Sub t, int64_t *out)
{
    int64_t acc = 0;
    *out = -1;
    if (t.n == 0)
        return true;
    for (size_t i = 0; i < t.n; i++) {
        if (t.s[i] < '0' || t.s[i] > '9')
            return true;
        int d = t.s[i] - '0';
        if (acc > (INT64_MAX - d) / 10)
            return awerr_format(S, EXC_ValueError,
                                "Too many decimal digits in format string");
        acc = acc * 10 + d;
    }
    *out = acc;
    return true;
}

static bool auto_number(FmtCtx *c, bool empty, int64_t *index)
{
    if (c->auto_state == AUTO_INIT)
        c->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (c->auto_state == AUTO_MANUAL && empty)
        return awerr_format(c->S, EXC_ValueError,
                            "cannot switch from manual field specification "
                            "to automatic field numbering");
    if (c->auto_state == AUTO_AUTO && !empty)
        return awerr_format(c->S, EXC_ValueError,
                            "cannot switch from automatic field numbering "
                            "to manual field specification");
    if (empty)
        *index = c->auto_next++;
    return true;
}

static bool lookup_keyword(FmtCtx *c, Sub name, Value *out)
{
    AwState *S = c->S;
    String *key = awstr_new(S, name.s, name.n);
    if (key == NULL)
        return false;
    if (!IS_NULL(c->mapping)) {
        awgc_push(S, OBJ_VAL(key));
        bool ok = awobj_getitem(S, c->mapping, OBJ_VAL(key), out);
        awgc_pop(S, 1);
        return ok;
    }
    for (size_t i = 0; c->kwnames && i < c->kwnames->len; i++) {
        String *k = AS_STR(c->kwnames->items[i]);
        if (k->len == name.n && memcmp(k->data, name.s, name.n) == 0) {
            *out = c->kwvals[i];
            return true;
        }
    }
    awgc_push(S, OBJ_VAL(key));
    awerr_value_arg(S, EXC_KeyError, OBJ_VAL(key));
    awgc_pop(S, 1);
    return false;
}

static bool first_object(FmtCtx *c, Sub first, Value *out)
{
    int64_t index;
    if (!sub_integer(c->S, first, &index))
        return false;
    bool empty = first.n == 0;
    if ((empty || index != -1) && !auto_number(c, empty, &index))
        return false;
    if (index == -1)
        return lookup_keyword(c, first, out);
    if (c->args == NULL)
        return awerr_format(c->S, EXC_ValueError,
                            "Format string contains positional fields");
    if (index >= c->nargs)
        return awerr_format(c->S, EXC_IndexError,
                            "Replacement index %lld out of range for "
                            "positional args tuple",
                            (long long)index);
    *out = c->args[index];
    return true;
}

/* One ".name" or "[key]" step of a field name; *obj is rooted by the
 * caller (the root slot is updated in place). */
static bool field_step(FmtCtx *c, Sub *rest, Value *obj)
{
    AwState *S = c->S;
    char kind = rest->s[0];
    Sub name = {rest->s + 1, 0};
    const char *end = rest->s + rest->n;
    if (kind == '.') {
        while (name.s + name.n < end && name.s[name.n] != '.' &&
               name.s[name.n] != '[')
            name.n++;
        rest->s = name.s + name.n;
    } else if (kind == '[') {
        while (name.s + name.n < end && name.s[name.n] != ']')
            name.n++;
        if (name.s + name.n >= end)
            return awerr_format(S, EXC_ValueError,
                                "Missing ']' in format string");
        rest->s = name.s + name.n + 1;
    } else {
        return awerr_format(S, EXC_ValueError,
                            "Only '.' or '[' may follow ']' in format field "
                            "specifier");
    }
    rest->n = (size_t)(end - rest->s);
    if (name.n == 0)
        return awerr_format(S, EXC_ValueError,
                            "Empty attribute in format string");
    int64_t index = -1;
    if (kind == '[' && !sub_integer(S, name, &index))
        return false;
    if (index >= 0)
        return awobj_getitem(S, *obj, INT_VAL(index), obj);
    String *key = kind == '.' ? awstr_intern(S, name.s, name.n)
                              : awstr_new(S, name.s, name.n);
    if (key == NULL)
        return false;
    awgc_push(S, OBJ_VAL(key));
    bool ok = kind == '.' ? awobj_getattr(S, *obj, key, obj)
                          : awobj_getitem(S, *obj, OBJ_VAL(key), obj);
    awgc_pop(S, 1);
    return ok;
}

/* The object a field name designates, pushed on the root stack. */
static bool field_object(FmtCtx *c, Sub field, Value *out)
{
    Sub first = {field.s, 0};
    while (first.n < field.n && field.s[first.n] != '.' &&
           field.s[first.n] != '[')
        first.n++;
    Sub rest = {field.s + first.n, field.n - first.n};
    Value obj;
    if (!first_object(c, first, &obj))
        return false;
    awgc_push(c->S, obj);
    Value *slot = &c->S->roots[c->S->nroots - 1];
    while (rest.n > 0) {
        if (!field_step(c, &rest, slot)) {
            awgc_pop(c->S, 1);
            return false;
        }
    }
    *out = *slot;
    return true; /* still pushed */
}

typedef struct Field {
    Sub name, spec;
    uint32_t conv;
    bool expand;
} Field;

static bool build_string(FmtCtx *c, const char *s, size_t n, int depth,
                         StrBuf *out);

static bool convert_field(AwState *S, uint32_t conv, Value *obj)
{
    switch (conv) {
    case 0: return true;
    case 'r': return awobj_repr(S, *obj, obj);
    case 's': return awobj_str(S, *obj, obj);
    case 'a': return awfmt_ascii(S, *obj, obj);
    default:
        if (conv > 32 && conv < 127)
            return awerr_format(S, EXC_ValueError,
                                "Unknown conversion specifier %c", (char)conv);
        return awerr_format(S, EXC_ValueError,
                            "Unknown conversion specifier \\x%x",
                            (unsigned)conv);
    }
}

static bool render_field(FmtCtx *c, const Field *f, int depth, StrBuf *out)
{
    AwState *S = c->S;
    Value obj;
    if (!field_object(c, f->name, &obj))
        return false;
    Value *slot = &S->roots[S->nroots - 1];
    bool ok = convert_field(S, f->conv, slot);
    String *spec = NULL;
    if (ok && f->expand) {
        StrBuf sb;
        awbuf_init(S, &sb);
        ok = build_string(c, f->spec.s, f->spec.n, depth - 1, &sb);
        spec = ok ? awbuf_finish(&sb) : (awbuf_free(&sb), NULL);
        ok = spec != NULL;
    } else if (ok) {
        spec = awstr_new(S, f->spec.s, f->spec.n);
        ok = spec != NULL;
    }
    Value r;
    if (ok) {
        awgc_push(S, OBJ_VAL(spec));
        ok = awobj_format(S, *slot, spec, &r);
        awgc_pop(S, 1);
    }
    if (ok)
        awbuf_put(out, AS_STR(r)->data, AS_STR(r)->len);
    awgc_pop(S, 1);
    return ok;
}

/* "!c" then '}' (1) or ':' (0) after a field name; -1 on error. */
static int parse_conversion(AwState *S, const char **pp, const char *end,
                            Field *f)
{
    const char *p = *pp;
    if (p >= end) {
        awerr_format(S, EXC_ValueError,
                     "end of string while looking for conversion "
                     "specifier");
        return -1;
    }
    size_t k = 1;
    f->conv =
        (unsigned char)*p < 0x80 ? (unsigned char)*p : awutf8_decode(p, &k);
    p += k;
    int r = 0;
    if (p < end) {
        char c = *p++;
        if (c == '}')
            r = 1;
        else if (c != ':') {
            awerr_format(S, EXC_ValueError,
                         "expected ':' after conversion specifier");
            return -1;
        }
    }
    *pp = p;
    return r;
}

/* The format spec up to the matching '}'. */
static bool parse_format_spec(AwState *S, const char **pp, const char *end,
                              Field *f)
{
    const char *p = *pp;
    int count = 1;
    f->spec.s = p;
    while (p < end) {
        char c = *p++;
        if (c == '{') {
            f->expand = true;
            count++;
        } else if (c == '}' && --count == 0) {
            f->spec.n = (size_t)(p - 1 - f->spec.s);
            *pp = p;
            return true;
        }
    }
    return awerr_format(S, EXC_ValueError, "unmatched '{' in format spec");
}

/* CPython's parse_field: p is just after '{'. */
static bool parse_field(AwState *S, const char **pp, const char *end, Field *f)
{
    const char *p = *pp;
    char c = 0;
    *f = (Field){{p, 0}, {NULL, 0}, 0, false};
    while (p < end) {
        c = *p++;
        if (c == '{')
            return awerr_format(S, EXC_ValueError,
                                "unexpected '{' in field name");
        if (c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    f->name.n = (size_t)(p - 1 - f->name.s);
    if (c == '!') {
        int r = parse_conversion(S, &p, end, f);
        if (r != 0) {
            *pp = p;
            return r > 0;
        }
    }
    if (c == '!' || c == ':') {
        *pp = p;
        return parse_format_spec(S, pp, end, f);
    }
    if (c != '}')
        return awerr_format(S, EXC_ValueError,
                            "expected '}' before end of string");
    *pp = p;
    return true;
}

/* CPython's MarkupIterator loop. */
static bool build_string(FmtCtx *c, const char *s, size_t n, int depth,
                         StrBuf *out)
{
    AwState *S = c->S;
    if (depth <= 0)
        return awerr_format(S, EXC_ValueError, "Max string recursion exceeded");
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *start = p;
        char ch = 0;
        bool markup = false;
        while (p < end) {
            ch = *p++;
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = p >= end;
        size_t len = (size_t)(p - start);
        if (ch == '}' && markup && (at_end || *p != '}'))
            return awerr_format(S, EXC_ValueError,
                                "Single '}' encountered in format string");
        if (at_end && ch == '{' && markup)
            return awerr_format(S, EXC_ValueError,
                                "Single '{' encountered in format string");
        if (markup && !at_end) {
            if (*p == ch) {
                p++;
                markup = false;
            } else {
                len--;
            }
        }
        awbuf_put(out, start, len);
        if (!markup)
            continue;
        Field f;
        if (!parse_field(S, &p, end, &f) || !render_field(c, &f, depth, out))
            return false;
    }
    return true;
}

static bool run_format(FmtCtx *c, String *fmt, Value *out)
{
    StrBuf b;
    awbuf_init(c->S, &b);
    if (!build_string(c, fmt->data, fmt->len, 2, &b)) {
        awbuf_free(&b);
        return false;
    }
    String *s = awbuf_finish(&b);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

bool awfmt_format(AwState *S, String *fmt, int argc, Value *argv,
                  Tuple *kwnames, Value *out)
{
    FmtCtx c = {S, argv, argc, argv + argc, kwnames, NULL_VAL, AUTO_INIT, 0};
    return run_format(&c, fmt, out);
}

bool awfmt_format_map(AwState *S, String *fmt, Value mapping, Value *out)
{
    FmtCtx c = {S, NULL, 0, NULL, NULL, mapping, AUTO_INIT, 0};
    return run_format(&c, fmt, out);
}

/* ------------------------------------------------------------------ */
/* printf-style formatting: fmt % args                                 */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Pct {
    AwState *S;
    bool bytes;
    const char *fmt;
    size_t n, pos;
    Value args;     /* the arguments: the tuple, or the single value */
    Value mapping;  /* the original argument when it is a mapping */
    Value *argroot; /* a root slot for a value looked up by %(key) */
    int64_t arglen, argidx;
    bool dict;
    StrBuf *out;
} Pct;

typedef struct PctArg {
    uint32_t ch;
    size_t chpos; /* byte offset of the conversion character */
    int flags;
    int64_t width;
    int prec;
    bool sign;
} PctArg;

static bool pct_next(Pct *c, uint32_t *ch)
{
    if (c->pos >= c->n)
        return false;
    unsigned char b = (unsigned char)c->fmt[c->pos];
    size_t k = 1;
    *ch = b < 0x80 || c->bytes ? b : awutf8_decode(c->fmt + c->pos, &k);
    c->pos += k;
    return true;
}

static bool pct_incomplete(Pct *c)
{
    return awerr_format(c->S, EXC_ValueError, "incomplete format");
}

static bool pct_getarg(Pct *c, Value *out)
{
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        *out = c->arglen < 0 ? c->args : AS_TUPLE(c->args)->items[i];
        return true;
    }
    return awerr_format(c->S, EXC_TypeError,
                        "not enough arguments for format string");
}

static bool pct_key(Pct *c)
{
    AwState *S = c->S;
    if (!c->dict)
        return awerr_format(S, EXC_TypeError, "format requires a mapping");
    size_t start = c->pos;
    int depth = 1;
    while (depth > 0 && c->pos < c->n) {
        char ch = c->fmt[c->pos++];
        depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
    }
    if (depth > 0)
        return awerr_format(S, EXC_ValueError, "incomplete format key");
    size_t len = c->pos - 1 - start;
    Value key;
    if (c->bytes) {
        Bytes *k = awbytes_new(S, (const uint8_t *)c->fmt + start, len);
        key = OBJ_VAL(k);
        if (k == NULL)
            return false;
    } else {
        String *k = awstr_new(S, c->fmt + start, len);
        key = OBJ_VAL(k);
        if (k == NULL)
            return false;
    }
    awgc_push(S, key);
    bool ok = awobj_getitem(S, c->mapping, key, c->argroot);
    awgc_pop(S, 1);
    c->args = *c->argroot;
    c->arglen = -1;
    c->argidx = -2;
    return ok;
}

/* '*' width or precision: an int argument. */
static bool pct_star(Pct *c, int64_t lo, int64_t hi, const char *what,
                     int64_t *out)
{
    Value v = NULL_VAL;
    if (!pct_getarg(c, &v))
        return false;
    if (!IS_INT(v) && !IS_BIGINT(v) && !IS_BOOL(v))
        return awerr_format(c->S, EXC_TypeError, "* wants int");
    int64_t x = IS_BOOL(v) ? AS_BOOL(v) : IS_INT(v) ? AS_INT(v) : 0;
    if (IS_BIGINT(v) || x < lo || x > hi)
        return awerr_format(c->S, EXC_OverflowError,
                            "Python int too large to convert to C %s", what);
    *out = x;
    return true;
}

static bool pct_digits(Pct *c, PctArg *a, int64_t max, const char *err,
                       int64_t *out)
{
    int64_t v = (int64_t)(a->ch - '0');
    for (;;) {
        if (!pct_next(c, &a->ch))
            return pct_incomplete(c);
        if (a->ch < '0' || a->ch > '9')
            break;
        int d = (int)(a->ch - '0');
        if (v > (max - d) / 10)
            return awerr_format(c->S, EXC_ValueError, "%s", err);
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

static bool pct_width(Pct *c, PctArg *a)
{
    if (a->ch == '*') {
        if (!pct_star(c, -INT64_MAX, INT64_MAX, "ssize_t", &a->width))
            return false;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        return pct_next(c, &a->ch) || pct_incomplete(c);
    }
    if (a->ch >= '0' && a->ch <= '9')
        return pct_digits(c, a, INT64_MAX, "width too big", &a->width);
    return true;
}

static bool pct_prec(Pct *c, PctArg *a)
{
    if (a->ch != '.')
        return true;
    a->prec = 0;
    if (!pct_next(c, &a->ch))
        return pct_incomplete(c);
    int64_t p = 0;
    if (a->ch == '*') {
        if (!pct_star(c, INT_MIN, INT_MAX, "int", &p))
            return false;
        a->prec = p < 0 ? 0 : (int)p;
        return pct_next(c, &a->ch) || pct_incomplete(c);
    }
    if (a->ch >= '0' && a->ch <= '9') {
        if (!pct_digits(c, a, INT_MAX, "precision too big", &p))
            return false;
        a->prec = (int)p;
    }
    return true;
}

/* CPython's unicode_format_arg_parse; c->pos is after the '%'. */
static bool pct_parse(Pct *c, PctArg *a)
{
    if (a->ch == '(') {
        if (!pct_key(c))
            return false;
        if (!pct_next(c, &a->ch))
            return pct_incomplete(c);
    }
    for (;;) {
        const char *f = a->ch < 0x80 ? strchr("-+ #0", (int)a->ch) : NULL;
        if (a->ch == 0 || f == NULL)
            break;
        a->flags |= 1 << (f - "-+ #0");
        if (!pct_next(c, &a->ch))
            return pct_incomplete(c);
    }
    if (!pct_width(c, a) || !pct_prec(c, a))
        return false;
    if ((a->ch == 'h' || a->ch == 'l' || a->ch == 'L') && !pct_next(c, &a->ch))
        return pct_incomplete(c);
    a->chpos = c->pos - 1;
    while (a->chpos > 0 && !c->bytes &&
           ((unsigned char)c->fmt[a->chpos] & 0xc0) == 0x80)
        a->chpos--;
    return true;
}

/* The text of one conversion before padding: data with ncp units. */
typedef struct Piece {
    StrBuf buf;
    size_t ncp;
} Piece;

static bool pct_long(Pct *c, PctArg *a, Value v, Piece *pc)
{
    AwState *S = c->S;
    char t = (char)a->ch;
    bool idx = t == 'o' || t == 'x' || t == 'X';
    bool num = IS_INT(v) || IS_BIGINT(v) || IS_BOOL(v) || IS_FLOAT(v);
    if (!num || (IS_FLOAT(v) && idx))
        return awerr_format(
            S, EXC_TypeError, "%%%c format: %s is required, not %s", t,
            idx ? "an integer" : "a real number", awobj_typename(S, v));
    if (IS_FLOAT(v) && !awint_from_double(S, AS_FLOAT(v), &v))
        return false;
    int base = t == 'o' ? 8 : idx ? 16 : 10;
    StrBuf tmp;
    awbuf_init(S, &tmp);
    if (!awint_to_buf(&tmp, v, base, false) || tmp.failed) {
        awbuf_free(&tmp);
        return tmp.failed ? awerr_nomem(S) : false;
    }
    size_t sign = tmp.data[0] == '-';
    int64_t ndig = (int64_t)(tmp.len - sign);
    if (sign)
        awbuf_putc(&pc->buf, '-');
    if ((a->flags & F_ALT) && idx)
        awbuf_puts(&pc->buf, t == 'o' ? "0o" : "0x");
    for (int64_t i = ndig; i < a->prec; i++)
        awbuf_putc(&pc->buf, '0');
    awbuf_put(&pc->buf, tmp.data + sign, (size_t)ndig);
    awbuf_free(&tmp);
    for (size_t i = 0; t == 'X' && !pc->buf.failed && i < pc->buf.len; i++)
        if (pc->buf.data[i] >= 'a' && pc->buf.data[i] <= 'x')
            pc->buf.data[i] = (char)(pc->buf.data[i] - 'a' + 'A');
    pc->ncp = pc->buf.len;
    a->sign = true;
    return true;
}

static bool pct_float(Pct *c, PctArg *a, Value v, Piece *pc)
{
    double d;
    if (!IS_INT(v) && !IS_BIGINT(v) && !IS_BOOL(v) && !IS_FLOAT(v))
        return awerr_format(c->S, EXC_TypeError,
                            c->bytes ? "float argument required, not %s"
                                     : "must be real number, not %s",
                            awobj_typename(c->S, v));
    if (!awnum_to_double(c->S, v, &d))
        return false;
    awfloat_format(&pc->buf, d, (char)a->ch, a->prec < 0 ? 6 : a->prec,
                   (a->flags & F_ALT) ? AWF_ALT : 0);
    pc->ncp = pc->buf.len;
    a->sign = true;
    return true;
}

static bool pct_char(Pct *c, Value v, Piece *pc)
{
    AwState *S = c->S;
    int64_t x = -1;
    if (c->bytes && IS_BYTES(v) && AS_BYTES(v)->len == 1)
        x = AS_BYTES(v)->data[0];
    else if (!c->bytes && IS_STR(v) && AS_STR(v)->ncp == 1) {
        awbuf_put(&pc->buf, AS_STR(v)->data, AS_STR(v)->len);
        pc->ncp = 1;
        return true;
    } else if (IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v)) {
        x = IS_BIGINT(v) ? -1 : IS_BOOL(v) ? AS_BOOL(v) : AS_INT(v);
        int64_t max = c->bytes ? 255 : 0x10ffff;
        if (x < 0 || x > max)
            return awerr_format(S, EXC_OverflowError,
                                c->bytes ? "%%c arg not in range(256)"
                                         : "%%c arg not in range(0x110000)");
    } else {
        return awerr_format(S, EXC_TypeError, "%s",
                            c->bytes ? "%c requires an integer in range(256)"
                                       " or a single byte"
                                     : "%c requires int or char");
    }
    if (c->bytes)
        awbuf_putc(&pc->buf, (char)x);
    else
        awbuf_put_cp(&pc->buf, (uint32_t)x);
    pc->ncp = 1;
    return true;
}

static bool pct_text(Pct *c, PctArg *a, Value v, Piece *pc)
{
    AwState *S = c->S;
    Value r;
    bool ok;
    if (c->bytes && (a->ch == 's' || a->ch == 'b')) {
        if (!IS_BYTES(v))
            return awerr_format(S, EXC_TypeError,
                                "%%b requires a bytes-like object, or an "
                                "object that implements __bytes__, not '%s'",
                                awobj_typename(S, v));
        awbuf_put(&pc->buf, (const char *)AS_BYTES(v)->data, AS_BYTES(v)->len);
        pc->ncp = AS_BYTES(v)->len;
        return true;
    }
    if (a->ch == 's')
        ok = awobj_str(S, v, &r);
    else if (a->ch == 'r' && !c->bytes)
        ok = awobj_repr(S, v, &r);
    else
        ok = awfmt_ascii(S, v, &r);
    if (!ok)
        return false;
    awbuf_put(&pc->buf, AS_STR(r)->data, AS_STR(r)->len);
    pc->ncp = AS_STR(r)->ncp;
    return true;
}

static bool pct_unsupported(Pct *c, PctArg *a)
{
    size_t idx = 0;
    for (size_t i = 0; i < a->chpos; i++)
        idx += c->bytes || ((unsigned char)c->fmt[i] & 0xc0) != 0x80;
    uint32_t ch = a->ch;
    return awerr_format(c->S, EXC_ValueError,
                        "unsupported format character '%c' (0x%x) at index "
                        "%zu",
                        ch >= 32 && ch <= 126 ? (char)ch : '?', (unsigned)ch,
                        idx);
}

static bool pct_convert(Pct *c, PctArg *a, Piece *pc)
{
    Value v = NULL_VAL;
    if (!pct_getarg(c, &v))
        return false;
    switch (a->ch) {
    case 's':
    case 'r':
    case 'a': return pct_text(c, a, v, pc);
    case 'b':
        if (!c->bytes)
            break;
        return pct_text(c, a, v, pc);
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': return pct_long(c, a, v, pc);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': return pct_float(c, a, v, pc);
    case 'c': return pct_char(c, v, pc);
    }
    return pct_unsupported(c, a);
}

/* Byte length of the first ncp code points of s. */
static size_t cp_bytes(const Pct *c, const char *s, size_t n, size_t ncp)
{
    if (c->bytes)
        return ncp;
    size_t i = 0;
    for (; ncp > 0 && i < n; ncp--) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80)
            i++;
    }
    return i;
}

/* CPython's unicode_format_arg_output. */
static void pct_output(Pct *c, PctArg *a, Piece *pc)
{
    StrBuf *b = c->out;
    const char *s = pc->buf.data;
    char fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
    int64_t len = (int64_t)pc->ncp, width = a->width;
    bool text = a->ch == 's' || a->ch == 'r' || a->ch == 'a' || a->ch == 'b';
    if (text && a->prec >= 0 && len > a->prec)
        len = a->prec;
    size_t p = 0;
    char signch = 0;
    if (a->sign) {
        if (s[0] == '-' || s[0] == '+') {
            signch = s[0];
            len--;
            p++;
        } else if (a->flags & F_SIGN)
            signch = '+';
        else if (a->flags & F_BLANK)
            signch = ' ';
        else
            a->sign = false;
    }
    if (width < len)
        width = len;
    if (a->sign) {
        if (fill != ' ')
            awbuf_putc(b, signch);
        if (width > len)
            width--;
    }
    bool prefix =
        (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            awbuf_put(b, s + p, 2);
            p += 2;
        }
        width = width - 2 < 0 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        put_fill(b, (uint32_t)fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (a->sign)
            awbuf_putc(b, signch);
        if (prefix) {
            awbuf_put(b, s + p, 2);
            p += 2;
        }
    }
    if (len > 0)
        awbuf_put(b, s + p, cp_bytes(c, s + p, pc->buf.len - p, (size_t)len));
    if (width > len)
        put_fill(b, ' ', width - len);
}

static bool pct_one(Pct *c)
{
    PctArg a = {0, 0, 0, -1, -1, false};
    if (!pct_next(c, &a.ch))
        return pct_incomplete(c);
    if (a.ch == '%') {
        awbuf_putc(c->out, '%');
        return true;
    }
    if (!pct_parse(c, &a))
        return false;
    Piece pc;
    awbuf_init(c->S, &pc.buf);
    pc.ncp = 0;
    bool ok = pct_convert(c, &a, &pc);
    if (ok && pc.buf.failed)
        ok = awerr_nomem(c->S);
    if (ok)
        pct_output(c, &a, &pc);
    awbuf_free(&pc.buf);
    return ok;
}

static bool pct_run(Pct *c)
{
    while (c->pos < c->n) {
        const char *pct = memchr(c->fmt + c->pos, '%', c->n - c->pos);
        size_t stop = pct ? (size_t)(pct - c->fmt) : c->n;
        awbuf_put(c->out, c->fmt + c->pos, stop - c->pos);
        c->pos = stop;
        if (pct == NULL)
            break;
        c->pos++;
        if (!pct_one(c))
            return false;
    }
    if (c->argidx < c->arglen && !c->dict)
        return awerr_format(c->S, EXC_TypeError,
                            "not all arguments converted during %s "
                            "formatting",
                            c->bytes ? "bytes" : "string");
    return true;
}

bool awfmt_percent(AwState *S, Value fmt, Value args, Value *out)
{
    bool bytes = IS_BYTES(fmt);
    if (!bytes && !IS_STR(fmt))
        return awerr_format(S, EXC_TypeError,
                            "unsupported operand type(s) for %%: '%s' and "
                            "'%s'",
                            awobj_typename(S, fmt), awobj_typename(S, args));
    StrBuf b;
    awbuf_init(S, &b);
    Pct c = {S, bytes, NULL, 0, 0, args, args, NULL, -1, -2, false, &b};
    c.fmt = bytes ? (const char *)AS_BYTES(fmt)->data : AS_STR(fmt)->data;
    c.n = bytes ? AS_BYTES(fmt)->len : AS_STR(fmt)->len;
    if (IS_TUPLE(args)) {
        c.arglen = (int64_t)AS_TUPLE(args)->len;
        c.argidx = 0;
    }
    c.dict = !IS_TUPLE(args) && !(bytes ? IS_BYTES(args) : IS_STR(args)) &&
             awobj_type(S, args)->getitem != NULL;
    awgc_push(S, args);
    awgc_push(S, NULL_VAL);
    c.argroot = &S->roots[S->nroots - 1];
    bool ok = pct_run(&c);
    awgc_pop(S, 2);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    Obj *r = bytes ? (Obj *)awbuf_finish_bytes(&b) : (Obj *)awbuf_finish(&b);
    if (r == NULL)
        return false;
    *out = OBJ_VAL(r);
    return true;
}
