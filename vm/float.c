/* float: shortest repr and CPython's float formatting (digits from the C
 * library's correctly rounded printf), parsing, arithmetic, exact
 * comparison with ints, hashing, round() and the float type. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"

/* ------------------------------------------------------------------ */
/* Decimal digits (the part of David Gay's dtoa that CPython uses)     */

/* Digits of a finite double: no sign, no leading or trailing zeros
 * (except "0" for zero); the value is 0.DIGITS * 10**decpt. */
typedef struct Digits {
    char *s;
    size_t len, cap;
    int decpt;
    bool neg;
} Digits;

static bool digits_alloc(AwState *S, Digits *dg, size_t cap)
{
    dg->s = awmem_alloc(S, cap);
    dg->cap = cap;
    return dg->s != NULL;
}

static void digits_free(AwState *S, Digits *dg)
{
    if (dg->s)
        awmem_free(S, dg->s, dg->cap);
    dg->s = NULL;
}

static void strip_zeros(Digits *dg)
{
    size_t lead = 0;
    while (lead < dg->len && dg->s[lead] == '0')
        lead++;
    memmove(dg->s, dg->s + lead, dg->len - lead);
    dg->len -= lead;
    dg->decpt -= (int)lead;
    while (dg->len > 0 && dg->s[dg->len - 1] == '0')
        dg->len--;
}

/* "%.*e" output "d.ddde+XX" into digits; exact zero gives "0". */
static void from_e(Digits *dg, const char *t, double d)
{
    dg->len = 0;
    const char *p = t;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            dg->s[dg->len++] = *p;
    dg->decpt = atoi(p + 1) + 1;
    if (d == 0) {
        dg->s[0] = '0';
        dg->len = 1;
        dg->decpt = 1;
        return;
    }
    strip_zeros(dg);
}

/* "%.*f" output "123.450" into digits (mode 3: may be empty). */
static void from_f(Digits *dg, const char *t)
{
    dg->len = 0;
    dg->decpt = 0;
    bool point = false;
    for (const char *p = t; *p; p++) {
        if (*p == '.')
            point = true;
        else if (*p >= '0' && *p <= '9') {
            dg->s[dg->len++] = *p;
            dg->decpt += !point;
        }
    }
    strip_zeros(dg);
}

static bool try_repr(double d, int p, char *t, size_t n)
{
    snprintf(t, n, "%.*e", p - 1, d);
    return strtod(t, NULL) == d;
}

/* The other p-digit neighbour of d, when the correctly rounded one t did
 * not round-trip: only possible at a power of two, where the interval of
 * values reading back as d is wider above d than below. */
static bool try_other(Digits *dg, double d, int p, const char *t)
{
    double r = strtod(t, NULL);
    const char *e = strchr(t, 'e');
    if (e == NULL)
        return false;
    int exp = atoi(e + 1) - (p - 1);
    long long m = 0;
    for (const char *q = t; q < e; q++)
        if (*q >= '0' && *q <= '9')
            m = m * 10 + (*q - '0');
    m += r < d ? 1 : -1;
    if (m <= 0)
        return false;
    char u[64];
    snprintf(u, sizeof u, "%llde%d", m, exp);
    if (strtod(u, NULL) != d)
        return false;
    int n = snprintf(dg->s, dg->cap, "%lld", m);
    dg->len = (size_t)n;
    dg->decpt = n + exp;
    strip_zeros(dg);
    return true;
}

/* Shortest digits that round-trip (mode 0). The correctly rounded 15
 * digits of a double round-trip exactly when its shortest form has at
 * most 15 digits, and then are that form padded with zeros. */
static void shortest(Digits *dg, double d)
{
    char t[64];
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    /* powers of two and subnormals break the 15-digit argument */
    if (((bits & (((uint64_t)1 << 52) - 1)) == 0 || d < DBL_MIN) && d != 0) {
        for (int p = 1; p <= 17; p++) {
            if (try_repr(d, p, t, sizeof t))
                break;
            if (try_other(dg, d, p, t))
                return;
        }
    } else if (!try_repr(d, 15, t, sizeof t) && !try_repr(d, 16, t, sizeof t)) {
        try_repr(d, 17, t, sizeof t);
    }
    from_e(dg, t, d);
}

/* Digits of |d| for mode 0 (shortest), 2 (nd significant digits) or 3
 * (nd digits after the point). */
static bool make_digits(AwState *S, double d, int mode, int nd, Digits *dg)
{
    dg->neg = signbit(d) != 0;
    d = fabs(d);
    size_t need = mode == 3 ? (size_t)nd + 330 : (size_t)nd + 40;
    if (!digits_alloc(S, dg, need < 64 ? 64 : need))
        return false;
    if (mode == 0) {
        shortest(dg, d);
        return true;
    }
    char *t = awmem_alloc(S, dg->cap);
    if (t == NULL)
        return false;
    if (mode == 2) {
        snprintf(t, dg->cap, "%.*e", nd - 1, d);
        from_e(dg, t, d);
    } else {
        snprintf(t, dg->cap, "%.*f", nd, d);
        from_f(dg, t);
    }
    awmem_free(S, t, dg->cap);
    return true;
}

/* ------------------------------------------------------------------ */
/* CPython's format_float_short                                        */

typedef struct Layout {
    bool use_exp;
    long decpt, vstart, vend;
    int exp;
} Layout;

static void layout(Layout *L, const Digits *dg, char code, int prec,
                   unsigned flags)
{
    bool add_dot_0 = flags & AWF_ADD_DOT_0;
    L->decpt = dg->decpt;
    L->vend = (long)dg->len;
    L->use_exp = false;
    switch (code) {
    case 'e':
        L->use_exp = true;
        L->vend = prec;
        break;
    case 'f': L->vend = L->decpt + prec; break;
    case 'g':
        if (L->decpt <= -4 || L->decpt > (add_dot_0 ? prec - 1 : prec))
            L->use_exp = true;
        if (flags & AWF_ALT)
            L->vend = prec;
        break;
    default: /* 'r' */
        if (L->decpt <= -4 || L->decpt > 16)
            L->use_exp = true;
        break;
    }
    if (L->use_exp) {
        L->exp = (int)L->decpt - 1;
        L->decpt = 1;
    }
    L->vstart = L->decpt <= 0 ? L->decpt - 1 : 0;
    long minend = !L->use_exp && add_dot_0 ? L->decpt + 1 : L->decpt;
    if (L->vend < minend)
        L->vend = minend;
}

static char *zeros(char *p, long n)
{
    for (; n > 0; n--)
        *p++ = '0';
    return p;
}

/* Writes the digits and the point as laid out by L (no sign, no
 * exponent) at p and returns the end; needs L->vend - L->vstart + 2
 * bytes. The point is dropped when it ends the text, unless alt. */
static char *put_digits(char *p, const Digits *dg, const Layout *L, bool alt)
{
    long n = (long)dg->len;
    if (L->decpt <= 0) {
        p = zeros(p, L->decpt - L->vstart);
        *p++ = '.';
        p = zeros(p, -L->decpt);
    } else {
        p = zeros(p, -L->vstart);
    }
    if (0 < L->decpt && L->decpt <= n) {
        memcpy(p, dg->s, (size_t)L->decpt);
        p += L->decpt;
        *p++ = '.';
        memcpy(p, dg->s + L->decpt, (size_t)(n - L->decpt));
        p += n - L->decpt;
    } else {
        memcpy(p, dg->s, (size_t)n);
        p += n;
    }
    if (n < L->decpt) {
        p = zeros(p, L->decpt - n);
        *p++ = '.';
        p = zeros(p, L->vend - L->decpt);
    } else {
        p = zeros(p, L->vend - n);
    }
    if (p[-1] == '.' && !alt)
        p--;
    return p;
}

static void put_special(StrBuf *b, double d, bool upper, unsigned flags)
{
    if (isnan(d)) {
        if (flags & AWF_SIGN)
            awbuf_putc(b, '+');
        awbuf_puts(b, upper ? "NAN" : "nan");
        return;
    }
    if (d < 0)
        awbuf_putc(b, '-');
    else if (flags & AWF_SIGN)
        awbuf_putc(b, '+');
    awbuf_puts(b, upper ? "INF" : "inf");
}

void awfloat_format(StrBuf *b, double d, char code, int prec, unsigned flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    int mode = 2;
    if (prec > INT_MAX - 1000 && isfinite(d)) { /* more than memory */
        b->failed = true;
        return;
    }
    if (upper)
        code = (char)(code - 'A' + 'a');
    if (code == 'e')
        prec++;
    else if (code == 'f')
        mode = 3;
    else if (code == 'g' && prec == 0)
        prec = 1;
    else if (code == 'r')
        mode = 0;
    if (!isfinite(d)) {
        put_special(b, d, upper, flags);
        return;
    }
    Digits dg = {0};
    if (!make_digits(b->S, d, mode, prec, &dg)) {
        digits_free(b->S, &dg);
        b->failed = true;
        return;
    }
    bool zero = dg.len == 0 || (dg.len == 1 && dg.s[0] == '0');
    if (dg.neg && !((flags & AWF_NO_NEG_0) && zero))
        awbuf_putc(b, '-');
    else if (flags & AWF_SIGN)
        awbuf_putc(b, '+');
    Layout L;
    layout(&L, &dg, code, prec, flags);
    size_t need = (size_t)(L.vend - L.vstart) + 2;
    char small[128];
    char *text = need <= sizeof small ? small : awmem_alloc(b->S, need);
    if (text == NULL) {
        b->failed = true;
    } else {
        char *end = put_digits(text, &dg, &L, flags & AWF_ALT);
        awbuf_put(b, text, (size_t)(end - text));
        if (text != small)
            awmem_free(b->S, text, need);
    }
    digits_free(b->S, &dg);
    if (L.use_exp)
        awbuf_printf(b, "%c%+.02d", upper ? 'E' : 'e', L.exp);
}

void awfloat_repr(double d, char *buf)
{
    if (!isfinite(d)) {
        strcpy(buf, isnan(d) ? "nan" : d < 0 ? "-inf" : "inf");
        return;
    }
    char ds[32];
    Digits dg = {ds, 0, sizeof ds, 0, signbit(d) != 0};
    shortest(&dg, fabs(d));
    Layout L;
    layout(&L, &dg, 'r', 0, AWF_ADD_DOT_0);
    char *p = buf;
    if (dg.neg)
        *p++ = '-';
    p = put_digits(p, &dg, &L, false);
    if (L.use_exp)
        p += sprintf(p, "e%+.02d", L.exp);
    *p = '\0';
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool match_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i])
            return false;
    return true;
}

/* Copies [p, end) without underscores into out, checking CPython's rule:
 * an underscore only between two digits. */
static bool drop_underscores(const char *p, const char *end, char *out)
{
    char prev = 0;
    size_t n = 0;
    for (; p < end; p++) {
        bool digit = *p >= '0' && *p <= '9';
        if (*p == '_') {
            if (!(prev >= '0' && prev <= '9'))
                return false;
        } else {
            if (prev == '_' && !digit)
                return false;
            out[n++] = *p;
        }
        prev = *p;
    }
    out[n] = '\0';
    return prev != '_';
}

/* The decimal syntax: [sign] (digits [. [digits]] | . digits)
 * [(e|E) [sign] digits]. */
static bool valid_decimal(const char *p)
{
    if (*p == '+' || *p == '-')
        p++;
    size_t ni = 0, nf = 0;
    while (*p >= '0' && *p <= '9')
        p++, ni++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++, nf++;
    }
    if (ni + nf == 0)
        return false;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        if (!(*p >= '0' && *p <= '9'))
            return false;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    return *p == '\0';
}

/* 1 ok, 0 syntax error, -1 out of memory (raised). */
static int float_scan(AwState *S, const char *s, size_t len, bool bytes,
                      double *out)
{
    char *buf = awmem_alloc(S, 2 * len + 2);
    if (buf == NULL) {
        awerr_nomem(S);
        return -1;
    }
    size_t n = awnum_ascii_copy(s, len, bytes, buf);
    const char *p = buf, *end = buf + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    char *clean = buf + len + 1;
    int r = 0;
    const char *w = p + (p < end && (*p == '+' || *p == '-'));
    if (match_word(w, end, "inf") || match_word(w, end, "infinity")) {
        *out = *p == '-' ? -INFINITY : INFINITY;
        r = 1;
    } else if (match_word(w, end, "nan")) {
        *out = *p == '-' ? -NAN : NAN;
        r = 1;
    } else if (drop_underscores(p, end, clean) && valid_decimal(clean)) {
        *out = strtod(clean, NULL);
        r = 1;
    }
    awmem_free(S, buf, 2 * len + 2);
    return r;
}

static bool float_parse_error(AwState *S, Value src)
{
    Value r;
    if (!awobj_repr(S, src, &r))
        return false;
    awgc_push(S, r);
    awerr_format(S, EXC_ValueError, "could not convert string to float: %s",
                 AS_STR(r)->data);
    awgc_pop(S, 1);
    return false;
}

bool awfloat_parse(AwState *S, const char *s, size_t len, bool literal,
                   double *out)
{
    int r = float_scan(S, s, len, false, out);
    if (r != 0)
        return r > 0;
    String *src = awstr_new(S, s, len);
    if (src == NULL)
        return false;
    awgc_push(S, OBJ_VAL(src));
    float_parse_error(S, OBJ_VAL(src));
    awgc_pop(S, 1);
    return false;
}

/* ------------------------------------------------------------------ */
/* Arithmetic                                                          */

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* CPython's float_pow special cases, then the C library. */
static bool float_pow(AwState *S, double v, double w, Value *out)
{
    double r;
    bool negate = false;
    if (w == 0)
        r = 1.0;
    else if (isnan(v))
        r = v;
    else if (isnan(w))
        r = v == 1.0 ? 1.0 : w;
    else if (isinf(w)) {
        v = fabs(v);
        r = v == 1.0 ? 1.0 : (w > 0.0) == (v > 1.0) ? fabs(w) : 0.0;
    } else if (isinf(v)) {
        bool odd = is_odd_integer(w);
        r = w > 0.0 ? (odd ? v : fabs(v)) : (odd ? copysign(0.0, v) : 0.0);
    } else if (v == 0.0) {
        if (w < 0.0)
            return awerr_format(S, EXC_ZeroDivisionError,
                                "0.0 cannot be raised to a negative power");
        r = is_odd_integer(w) ? v : 0.0;
    } else {
        if (v < 0.0) {
            if (w != floor(w))
                return awerr_format(S, EXC_ValueError,
                                    "complex numbers are not supported");
            v = -v;
            negate = is_odd_integer(w);
        }
        if (v == 1.0) {
            r = 1.0;
        } else {
            r = pow(v, w);
            if (isinf(r))
                return awerr_format(S, EXC_OverflowError,
                                    "(34, 'Numerical result out of "
                                    "range')");
        }
        r = negate ? -r : r;
    }
    *out = FLOAT_VAL(r);
    return true;
}

/* CPython's float_divmod: floor quotient and modulo with the divisor's
 * sign (b != 0). */
static void float_divmod(double a, double b, double *q, double *m)
{
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, a / b);
    }
    *q = fd;
    *m = mod;
}

bool awfloat_binop(AwState *S, int op, double a, double b, Value *out)
{
    double q, m;
    switch (op) {
    case BINOP_ADD: *out = FLOAT_VAL(a + b); return true;
    case BINOP_SUB: *out = FLOAT_VAL(a - b); return true;
    case BINOP_MUL: *out = FLOAT_VAL(a * b); return true;
    case BINOP_TRUEDIV:
        if (b == 0.0)
            return awerr_format(S, EXC_ZeroDivisionError,
                                "float division by zero");
        *out = FLOAT_VAL(a / b);
        return true;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (b == 0.0)
            return awerr_format(S, EXC_ZeroDivisionError, "%s",
                                op == BINOP_MOD
                                    ? "float modulo"
                                    : "float floor division by zero");
        float_divmod(a, b, &q, &m);
        *out = FLOAT_VAL(op == BINOP_MOD ? m : q);
        return true;
    case BINOP_POW: return float_pow(S, a, b, out);
    default: *out = NOTIMPL_VAL(S); return true;
    }
}

static bool is_number(Value v)
{
    return IS_INT(v) || IS_BOOL(v) || IS_FLOAT(v) || IS_BIGINT(v);
}

bool awnum_divmod(AwState *S, Value a, Value b, Value *out)
{
    Value r[2];
    if (!is_number(a) || !is_number(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (IS_FLOAT(a) || IS_FLOAT(b)) {
        double x, y;
        if (!awnum_to_double(S, a, &x) || !awnum_to_double(S, b, &y))
            return false;
        if (y == 0.0)
            return awerr_format(S, EXC_ZeroDivisionError, "float divmod()");
        float_divmod(x, y, &x, &y);
        r[0] = FLOAT_VAL(x);
        r[1] = FLOAT_VAL(y);
    } else {
        if (!awnum_binop(S, BINOP_FLOORDIV, a, b, &r[0]))
            return false;
        awgc_push(S, r[0]);
        bool ok = awnum_binop(S, BINOP_MOD, a, b, &r[1]);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    awgc_push(S, r[0]);
    awgc_push(S, r[1]);
    Tuple *t = awtuple_from_array(S, r, 2);
    awgc_pop(S, 2);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

/* ------------------------------------------------------------------ */
/* Comparison with ints, hashing                                       */

static int frac_sign(double f, double t)
{
    double frac = f - t;
    return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

static int cmp_small(double f, int64_t i)
{
    const int64_t lim = (int64_t)1 << 53;
    if (i >= -lim && i <= lim) {
        double x = (double)i;
        return f < x ? -1 : f > x ? 1 : 0;
    }
    if (f >= 9223372036854775808.0)
        return 1;
    if (f < -9223372036854775808.0)
        return -1;
    int64_t t = (int64_t)f;
    if (t != i)
        return t < i ? -1 : 1;
    return frac_sign(f, (double)t);
}

bool awfloat_cmp_int(AwState *S, double f, Value n, int *res)
{
    if (isnan(f)) {
        *res = 2;
        return true;
    }
    if (isinf(f)) {
        *res = f > 0 ? 1 : -1;
        return true;
    }
    if (!IS_BIGINT(n)) {
        *res = cmp_small(f, IS_BOOL(n) ? AS_BOOL(n) : AS_INT(n));
        return true;
    }
    const mp_int *m = &AS_BIGINT(n)->n;
    mp_int t;
    mp_err err = mp_init(&t);
    if (err == MP_OKAY)
        err = mp_set_double(&t, f);
    if (err != MP_OKAY) {
        mp_clear(&t);
        return awerr_nomem(S);
    }
    int c = mp_cmp(&t, m);
    mp_clear(&t);
    *res = c != 0 ? c : frac_sign(f, trunc(f));
    return true;
}

int64_t awfloat_hash(double v)
{
    const int bits = 61;
    const uint64_t mod = ((uint64_t)1 << bits) - 1;
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & mod) | x >> (bits - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= mod)
            x -= mod;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & mod) | x >> (bits - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------------ */
/* round()                                                             */

static bool round_overflow(AwState *S)
{
    return awerr_format(S, EXC_OverflowError,
                        "rounded value too large to represent");
}

/* x rounded to a multiple of 10**k, k > 0, exactly: x = m * 2**e. */
static bool round_neg_digits(AwState *S, double x, int64_t k, double *out)
{
    int e;
    double fr = frexp(fabs(x), &e);
    int64_t m = (int64_t)ldexp(fr, 53);
    e -= 53;
    mp_int X, R;
    if (mp_init_multi(&X, &R, NULL) != MP_OKAY)
        return awerr_nomem(S);
    mp_set_i64(&X, m);
    mp_err err = MP_OKAY;
    if (e > 0)
        err = mp_mul_2d(&X, e, &X);
    bool ok = err == MP_OKAY;
    if (!ok)
        awerr_nomem(S);
    /* round X * 2**min(e,0) to 10**k: scale 10**k by 2**-e instead */
    int s = e < 0 ? -e : 0;
    if (ok)
        ok = awnum_mp_round_pow10(S, &X, k, s, &R);
    double d = 0.0;
    if (ok) {
        ok = awnum_mp_to_double(S, &R, &d);
        if (!ok && awerr_matches(S, EXC_TYPE(S, OverflowError))) {
            awerr_clear(S);
            ok = round_overflow(S);
        }
    }
    mp_clear_multi(&X, &R, NULL);
    *out = copysign(d, x);
    return ok;
}

bool awfloat_round(AwState *S, double x, bool has_nd, int64_t nd, Value *out)
{
    if (!has_nd) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return awint_from_double(S, r, out);
    }
    double r = x;
    if (!isfinite(x) || nd > 323) {
        r = x;
    } else if (nd < -308) {
        r = 0.0 * x;
    } else if (nd >= 0) {
        char buf[720];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
    } else if (!round_neg_digits(S, x, -nd, &r)) {
        return false;
    }
    *out = FLOAT_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* The float type                                                      */

static bool float_repr_slot(AwState *S, Value self, Value *out)
{
    char buf[40];
    awfloat_repr(AS_FLOAT(self), buf);
    String *s = awstr_cstr(S, buf);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool float_hash_slot(AwState *S, Value self, int64_t *out)
{
    *out = awfloat_hash(AS_FLOAT(self));
    return true;
}

static int float_truth(AwState *S, Value self)
{
    return AS_FLOAT(self) != 0.0;
}

static bool float_from_value(AwState *S, Value x, Value *out)
{
    x = awclass_unbox(x);
    double d;
    if (IS_FLOAT(x)) {
        *out = x;
        return true;
    }
    if (IS_ANYINT(x) || IS_BOOL(x)) {
        if (!awint_to_double(S, x, &d))
            return false;
        *out = FLOAT_VAL(d);
        return true;
    }
    int c = IS_STR(x) || IS_BYTES(x) ? 0 : awslots_to_float(S, x, out);
    if (c != 0)
        return c > 0; /* __float__ or __index__ */
    if (!IS_STR(x) && !IS_BYTES(x))
        return awerr_format(S, EXC_TypeError,
                            "float() argument must be a string or a real "
                            "number, not '%s'",
                            awobj_typename(S, x));
    int r = IS_STR(x)
                ? float_scan(S, AS_STR(x)->data, AS_STR(x)->len, false, &d)
                : float_scan(S, (const char *)AS_BYTES(x)->data,
                             AS_BYTES(x)->len, true, &d);
    if (r == 0)
        return float_parse_error(S, x);
    if (r < 0)
        return false;
    *out = FLOAT_VAL(d);
    return true;
}

static bool float_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    Value a[1];
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "float expected at most 1 argument, got %d", argc);
    if (!awarg_unpack(S, "float", argc, argv, kwnames, 0, 1, NULL, a))
        return false;
    if (IS_NULL(a[0])) {
        *out = FLOAT_VAL(0.0);
        return true;
    }
    return float_from_value(S, a[0], out);
}

static bool float_is_integer(AwState *S, int argc, Value *argv, Tuple *kwnames,
                             Value *out)
{
    if (!awnum_noargs(S, "float.is_integer", argc, kwnames))
        return false;
    double d = AS_FLOAT(argv[0]);
    *out = BOOL_VAL(isfinite(d) && floor(d) == d);
    return true;
}

static bool ratio_parts(AwState *S, double d, mp_int *num, mp_int *den)
{
    int e;
    double fp = frexp(d, &e);
    for (int i = 0; i < 300 && fp != floor(fp); i++) {
        fp *= 2.0;
        e--;
    }
    mp_err err = mp_set_double(num, fp);
    mp_set_u32(den, 1);
    if (err == MP_OKAY)
        err = e > 0 ? mp_mul_2d(num, e, num) : mp_mul_2d(den, -e, den);
    return err == MP_OKAY || awerr_nomem(S);
}

static bool float_ratio(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!awnum_noargs(S, "float.as_integer_ratio", argc, kwnames))
        return false;
    double d = AS_FLOAT(argv[0]);
    if (isinf(d))
        return awerr_format(S, EXC_OverflowError,
                            "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return awerr_format(S, EXC_ValueError,
                            "cannot convert NaN to integer ratio");
    mp_int num, den;
    if (mp_init_multi(&num, &den, NULL) != MP_OKAY)
        return awerr_nomem(S);
    Value r[2] = {NULL_VAL, NULL_VAL};
    if (!ratio_parts(S, d, &num, &den)) {
        mp_clear_multi(&num, &den, NULL);
        return false;
    }
    if (!awint_from_mp(S, &num, &r[0])) {
        mp_clear(&den);
        return false;
    }
    awgc_push(S, r[0]);
    bool ok = awint_from_mp(S, &den, &r[1]);
    if (ok) {
        awgc_push(S, r[1]);
        Tuple *t = awtuple_from_array(S, r, 2);
        awgc_pop(S, 1);
        ok = t != NULL;
        if (ok)
            *out = OBJ_VAL(t);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool float_hex(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awnum_noargs(S, "float.hex", argc, kwnames))
        return false;
    double x = AS_FLOAT(argv[0]);
    char s[64];
    if (!isfinite(x)) {
        awfloat_repr(x, s);
    } else if (x == 0.0) {
        strcpy(s, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        int e;
        double m = frexp(fabs(x), &e);
        int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
        m = ldexp(m, shift);
        e -= shift;
        char *p = s + sprintf(s, "%s0x%x.", x < 0 ? "-" : "", (int)m);
        m -= (int)m;
        for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
            m *= 16.0;
            *p++ = "0123456789abcdef"[(int)m];
            m -= (int)m;
        }
        sprintf(p, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    String *r = awstr_cstr(S, s);
    if (r == NULL)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

/* float.fromhex: CPython's float_fromhex over a NUL-terminated copy. */
typedef struct HexNum {
    const char *cstart, *cend; /* coefficient; cend at its last digit */
    long ndigits, fdigits, exp;
} HexNum;

static int hexval(char c)
{
    int v = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    return v;
}

static int hex_digit(const HexNum *h, long j)
{
    return hexval(*(j < h->fdigits ? h->cend - j : h->cend - 1 - j));
}

/* 1 ok, 0 parse error, -1 too long */
static int hex_scan(const char **ps, HexNum *h)
{
    const char *s = *ps;
    if (*s == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    h->cstart = s;
    while (hexval(*s) >= 0)
        s++;
    const char *point = s;
    if (*s == '.') {
        s++;
        while (hexval(*s) >= 0)
            s++;
        h->cend = s - 1;
    } else {
        h->cend = s;
    }
    h->ndigits = (long)(h->cend - h->cstart);
    h->fdigits = (long)(h->cend - point);
    if (h->ndigits == 0)
        return 0;
    if (h->ndigits > 100000000)
        return -1;
    h->exp = 0;
    if (*s == 'p' || *s == 'P') {
        const char *es = ++s;
        if (*s == '-' || *s == '+')
            s++;
        if (!(*s >= '0' && *s <= '9'))
            return 0;
        while (*s >= '0' && *s <= '9')
            s++;
        h->exp = strtol(es, NULL, 10);
    }
    *ps = s;
    return 1;
}

/* 1 ok, 0 overflow */
static int hex_value(HexNum *h, double *out)
{
    long nd = h->ndigits, exp = h->exp;
    while (nd > 0 && hex_digit(h, nd - 1) == 0)
        nd--;
    *out = 0.0;
    if (nd == 0 || exp < LONG_MIN / 2)
        return 1;
    if (exp > LONG_MAX / 2)
        return 0;
    exp -= 4 * h->fdigits;
    long top = exp + 4 * (nd - 1);
    for (int d = hex_digit(h, nd - 1); d != 0; d /= 2)
        top++;
    if (top < DBL_MIN_EXP - DBL_MANT_DIG)
        return 1;
    if (top > DBL_MAX_EXP)
        return 0;
    long lsb = (top > DBL_MIN_EXP ? top : DBL_MIN_EXP) - DBL_MANT_DIG;
    double x = 0.0;
    if (exp >= lsb) {
        for (long i = nd - 1; i >= 0; i--)
            x = 16.0 * x + hex_digit(h, i);
        *out = ldexp(x, (int)exp);
        return 1;
    }
    int half = 1 << (int)((lsb - exp - 1) % 4);
    long key = (lsb - exp - 1) / 4;
    for (long i = nd - 1; i > key; i--)
        x = 16.0 * x + hex_digit(h, i);
    int digit = hex_digit(h, key);
    x = 16.0 * x + (double)(digit & (16 - 2 * half));
    if (digit & half) {
        bool up =
            (digit & (3 * half - 1)) != 0 ||
            (half == 8 && key + 1 < nd && (hex_digit(h, key + 1) & 1) != 0);
        for (long i = key - 1; !up && i >= 0; i--)
            up = hex_digit(h, i) != 0;
        if (up) {
            x += 2 * half;
            if (top == DBL_MAX_EXP &&
                x == ldexp((double)(2 * half), DBL_MANT_DIG))
                return 0;
        }
    }
    *out = ldexp(x, (int)(exp + 4 * key));
    return 1;
}

static bool fromhex_text(AwState *S, const char *s, size_t len, double *out)
{
    const char *end = s + len;
    while (is_space(*s))
        s++;
    const char *w = s + (*s == '+' || *s == '-');
    bool neg = *s == '-';
    size_t wl = strspn(w, "infinityINFINITYaA");
    if (wl &&
        (match_word(w, w + wl, "inf") || match_word(w, w + wl, "infinity") ||
         match_word(w, w + wl, "nan"))) {
        *out = (w[0] | 0x20) == 'n' ? NAN : neg ? -INFINITY : INFINITY;
        s = w + wl;
    } else {
        s = w;
        HexNum h;
        int r = hex_scan(&s, &h);
        if (r < 0)
            return awerr_format(S, EXC_ValueError,
                                "hexadecimal string too long to convert");
        if (r > 0 && !hex_value(&h, out))
            return awerr_format(S, EXC_OverflowError,
                                "hexadecimal value too large to represent "
                                "as a float");
        if (r == 0)
            s = end + 1;
        else if (neg)
            *out = -*out;
    }
    while (s < end && is_space(*s))
        s++;
    if (s != end)
        return awerr_format(S, EXC_ValueError,
                            "invalid hexadecimal floating-point string");
    return true;
}

static bool float_fromhex(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    Value a[1] = {argc > 1 ? argv[1] : NULL_VAL};
    if (kwnames != NULL && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "float.fromhex() takes no keyword arguments");
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "float.fromhex() takes exactly one argument (%d "
                            "given)",
                            argc - 1);
    if (!IS_STR(a[0]))
        return awerr_format(S, EXC_TypeError,
                            "bad argument type for built-in operation");
    double d = 0.0;
    if (!fromhex_text(S, AS_STR(a[0])->data, AS_STR(a[0])->len, &d))
        return false;
    *out = FLOAT_VAL(d);
    return true;
}

static bool float_self(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awnum_noargs(S, "float.conjugate", argc, kwnames))
        return false;
    *out = argv[0];
    return true;
}

static bool float_trunc(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!awnum_noargs(S, "float.__trunc__", argc, kwnames))
        return false;
    return awint_from_double(S, AS_FLOAT(argv[0]), out);
}

static bool float_floor(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!awnum_noargs(S, "float.__floor__", argc, kwnames))
        return false;
    return awint_from_double(S, floor(AS_FLOAT(argv[0])), out);
}

static bool float_ceil(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awnum_noargs(S, "float.__ceil__", argc, kwnames))
        return false;
    return awint_from_double(S, ceil(AS_FLOAT(argv[0])), out);
}

static bool float_round_method(AwState *S, int argc, Value *argv,
                               Tuple *kwnames, Value *out)
{
    Value nd[1];
    if (!awnum_round_args(S, argc, argv, kwnames, nd))
        return false;
    return awnum_round(S, argv[0], nd[0], out);
}

static bool get_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

static bool get_zero(AwState *S, Value self, Value *out)
{
    *out = FLOAT_VAL(0.0);
    return true;
}

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer, MF_METHOD},
    {"as_integer_ratio", float_ratio, MF_METHOD},
    {"hex", float_hex, MF_METHOD},
    {"fromhex", float_fromhex, MF_CLASS},
    {"conjugate", float_self, MF_METHOD},
    {"__float__", float_self, MF_METHOD},
    {"__int__", float_trunc, MF_METHOD},
    {"__trunc__", float_trunc, MF_METHOD},
    {"__floor__", float_floor, MF_METHOD},
    {"__ceil__", float_ceil, MF_METHOD},
    {"__round__", float_round_method, MF_METHOD},
    {"__format__", awnum_format_method, MF_METHOD},
    {NULL}};

static const GetSetDef float_getset[] = {
    {"real", get_self, NULL}, {"imag", get_zero, NULL}, {NULL}};

bool awfloat_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_FLOAT, "float", TYPE(S, OBJECT),
                                 OBJ_INSTANCE, sizeof(Instance));
    if (t == NULL)
        return false;
    t->repr = float_repr_slot;
    t->str = float_repr_slot;
    t->hash = float_hash_slot;
    t->richcmp = awnum_richcmp;
    t->binop = awnum_binop;
    t->unop = awnum_unop;
    t->truth = float_truth;
    t->format = awnum_format_slot;
    t->new_ = float_new;
    t->getset = float_getset;
    return awtype_add_methods(S, t, float_methods);
}
