/* int and bool: small ints in the Value, big ints as libtommath numbers,
 * CPython's arithmetic, parsing, printing and hashing of integers, and the
 * dispatch of every numeric operator (vm/float.c does the float half). */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

/* Shifts and powers whose result would pass this many bits fail with
 * MemoryError at once instead of trying (libtommath counts in int). */
#define MAX_RESULT_BITS ((int64_t)INT_MAX)

/* ------------------------------------------------------------------ */
/* Conversions between Values and mp_ints                              */

static bool mp_error(AwState *S, mp_err e)
{
    if (e == MP_MEM)
        return awerr_nomem(S);
    return awerr_format(S, EXC_SystemError, "libtommath: %s",
                        mp_error_to_string(e));
}

#define MP_TRY(call)                                                           \
    do {                                                                       \
        if ((err = (call)) != MP_OKAY)                                         \
            goto fail;                                                         \
    } while (0)

static bool mp_fits_i64(const mp_int *n)
{
    int bits = mp_count_bits(n);
    if (bits <= 63)
        return true;
    return bits == 64 && n->sign == MP_NEG && mp_cnt_lsb(n) == 63;
}

bool awint_from_mp(AwState *S, mp_int *n, Value *out)
{
    if (mp_fits_i64(n)) {
        *out = INT_VAL(mp_get_i64(n));
        mp_clear(n);
        return true;
    }
    BigInt *b = awgc_alloc(S, TYPE(S, INT), OBJ_BIGINT, sizeof(BigInt));
    if (b == NULL) {
        mp_clear(n);
        return false;
    }
    b->n = *n; /* the object now owns the digits */
    *out = OBJ_VAL(b);
    return true;
}

static int64_t small_of(Value v)
{
    return IS_BOOL(v) ? (int64_t)AS_BOOL(v) : AS_INT(v);
}

bool awint_to_mp(AwState *S, Value v, mp_int *out)
{
    if (IS_BIGINT(v)) {
        mp_err e = mp_copy(&AS_BIGINT(v)->n, out);
        return e == MP_OKAY || mp_error(S, e);
    }
    mp_set_i64(out, small_of(v));
    return true;
}

/* An int operand seen as an mp_int without copying a big one. Never copy
 * an IntArg: p may point into it. */
typedef struct IntArg {
    mp_int tmp;
    const mp_int *p;
} IntArg;

static bool arg_load(AwState *S, Value v, IntArg *a)
{
    if (IS_BIGINT(v)) {
        a->p = &AS_BIGINT(v)->n;
        return true;
    }
    mp_err e = mp_init_i64(&a->tmp, small_of(v));
    if (e != MP_OKAY) {
        a->p = NULL;
        return mp_error(S, e);
    }
    a->p = &a->tmp;
    return true;
}

static void arg_clear(IntArg *a)
{
    if (a->p == &a->tmp)
        mp_clear(&a->tmp);
    a->p = NULL;
}

int awint_sign(Value v)
{
    if (IS_BIGINT(v)) {
        const mp_int *n = &AS_BIGINT(v)->n;
        return mp_iszero(n) ? 0 : n->sign == MP_NEG ? -1 : 1;
    }
    int64_t i = small_of(v);
    return (i > 0) - (i < 0);
}

/* Correctly rounded (half to even) conversion, as CPython's. */
bool awnum_mp_to_double(AwState *S, const mp_int *n, double *out)
{
    int bits = mp_count_bits(n);
    double d;
    if (bits <= 64) {
        d = (double)mp_get_mag_u64(n);
    } else {
        mp_int t;
        mp_err err = mp_init(&t);
        if (err == MP_OKAY)
            err = mp_div_2d(n, bits - 64, &t, NULL);
        if (err != MP_OKAY) {
            mp_clear(&t);
            return mp_error(S, err);
        }
        uint64_t top = mp_get_mag_u64(&t);
        mp_clear(&t);
        if (mp_cnt_lsb(n) < bits - 64)
            top |= 1; /* sticky bit: below the rounding position */
        d = ldexp((double)top, bits - 64);
    }
    if (isinf(d))
        return awerr_format(S, EXC_OverflowError,
                            "int too large to convert to float");
    *out = n->sign == MP_NEG ? -d : d;
    return true;
}

bool awint_to_double(AwState *S, Value v, double *out)
{
    if (!IS_BIGINT(v)) {
        *out = (double)small_of(v);
        return true;
    }
    return awnum_mp_to_double(S, &AS_BIGINT(v)->n, out);
}

bool awint_from_double(AwState *S, double d, Value *out)
{
    if (isnan(d))
        return awerr_format(S, EXC_ValueError,
                            "cannot convert float NaN to integer");
    if (isinf(d))
        return awerr_format(S, EXC_OverflowError,
                            "cannot convert float infinity to integer");
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) {
        *out = INT_VAL((int64_t)d);
        return true;
    }
    mp_int n;
    mp_err err = mp_init(&n);
    if (err == MP_OKAY)
        err = mp_set_double(&n, d); /* truncates toward zero */
    if (err != MP_OKAY) {
        mp_clear(&n);
        return mp_error(S, err);
    }
    return awint_from_mp(S, &n, out);
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Reads clean digits of a power-of-two base in linear time (libtommath's
 * mp_read_radix is quadratic). */
static mp_err read_pow2(mp_int *r, const char *s, size_t n, int bpc)
{
    size_t ndig = n * (size_t)bpc / MP_DIGIT_BIT + 2;
    if (ndig > INT_MAX)
        return MP_MEM;
    mp_err err = mp_grow(r, (int)ndig);
    if (err != MP_OKAY)
        return err;
    uint64_t acc = 0;
    int nb = 0, k = 0;
    for (size_t i = n; i-- > 0;) {
        acc |= (uint64_t)digit_value((unsigned char)s[i]) << nb;
        nb += bpc;
        if (nb >= MP_DIGIT_BIT) {
            r->dp[k++] = (mp_digit)(acc & MP_MASK);
            acc >>= MP_DIGIT_BIT;
            nb -= MP_DIGIT_BIT;
        }
    }
    if (nb > 0)
        r->dp[k++] = (mp_digit)acc;
    for (int i = k; i < r->alloc; i++)
        r->dp[i] = 0;
    r->used = k;
    r->sign = MP_ZPOS;
    mp_clamp(r);
    return MP_OKAY;
}

/* Value of clean digits (no sign, no '_') in base 2..36. */
static bool digits_to_int(AwState *S, const char *s, size_t n, int base,
                          bool neg, Value *out)
{
    uint64_t acc = 0;
    size_t i = 0;
    for (; i < n; i++) {
        uint64_t d = (uint64_t)digit_value((unsigned char)s[i]);
        if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
            __builtin_add_overflow(acc, d, &acc))
            break;
    }
    if (i == n && acc <= (uint64_t)INT64_MAX) {
        *out = INT_VAL(neg ? -(int64_t)acc : (int64_t)acc);
        return true;
    }
    mp_int r;
    mp_err err = mp_init(&r);
    if (err != MP_OKAY)
        return mp_error(S, err);
    if ((base & (base - 1)) == 0) {
        err = read_pow2(&r, s, n, __builtin_ctz((unsigned)base));
    } else {
        char *z = awmem_alloc(S, n + 1);
        if (z == NULL) {
            mp_clear(&r);
            return awerr_nomem(S);
        }
        memcpy(z, s, n);
        z[n] = '\0';
        err = mp_read_radix(&r, z, base);
        awmem_free(S, z, n + 1);
    }
    if (err == MP_OKAY && neg)
        err = mp_neg(&r, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return mp_error(S, err);
    }
    return awint_from_mp(S, &r, out);
}

static bool is_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

size_t awnum_ascii_copy(const char *s, size_t len, bool bytes, char *dst)
{
    size_t i = 0, n = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 || bytes) {
            dst[n++] = c < 0x80 ? (char)c : '?';
            i++;
            continue;
        }
        size_t k = 1;
        while (i + k < len && ((unsigned char)s[i + k] & 0xc0) == 0x80)
            k++;
        size_t used = k;
        uint32_t cp = c >= 0xc0 ? awutf8_decode(s + i, &used) : 0;
        int dec = awuni_decimal(cp);
        dst[n++] = dec >= 0                        ? (char)('0' + dec)
                   : (awuni_flags(cp) & UNI_SPACE) ? ' '
                                                   : '?';
        i += k;
    }
    return n;
}

/* ValueError "invalid literal for int() with base 10: 'x'" with the repr
 * of src cut to 200 characters, as CPython's %.200R. */
bool awint_literal_error(AwState *S, Value src, int base)
{
    Value r;
    if (!awobj_repr(S, src, &r))
        return false;
    String *rs = AS_STR(r);
    size_t n = rs->ncp > 200 ? awstr_offset(rs, 200) : rs->len;
    awgc_push(S, r);
    awerr_format(S, EXC_ValueError,
                 "invalid literal for int() with base %d: %.*s", base, (int)n,
                 rs->data);
    awgc_pop(S, 1);
    return false;
}

static bool digit_limit_error(AwState *S, size_t digits)
{
    return awerr_format(
        S, EXC_ValueError,
        "Exceeds the limit (%d digits) for integer string conversion: "
        "value has %zu digits; use sys.set_int_max_str_digits() to increase "
        "the limit",
        AWINT_MAX_STR_DIGITS, digits);
}

/* The scanner of int(): CPython's PyLong_FromString over clean ASCII
 * (non-ASCII spaces already turned into ' '). 1 ok, 0 syntax error,
 * -1 other error. */
typedef struct IntScan {
    const char *p, *end;
    int base;
    bool neg, zero_only;
} IntScan;

static void scan_prefix(IntScan *sc)
{
    const char *p = sc->p;
    char c1 = p + 1 < sc->end ? (char)(p[1] | 0x20) : 0;
    bool zero = p < sc->end && p[0] == '0';
    if (sc->base == 0) {
        if (!zero)
            sc->base = 10;
        else if (c1 == 'x')
            sc->base = 16;
        else if (c1 == 'o')
            sc->base = 8;
        else if (c1 == 'b')
            sc->base = 2;
        else {
            sc->base = 10; /* "old" octal: only zero is allowed */
            sc->zero_only = true;
        }
    }
    if (zero &&
        ((sc->base == 16 && c1 == 'x') || (sc->base == 8 && c1 == 'o') ||
         (sc->base == 2 && c1 == 'b'))) {
        p += 2;
        if (p < sc->end && *p == '_')
            p++;
    }
    sc->p = p;
}

static int scan_int(AwState *S, IntScan *sc, Value *out)
{
    while (sc->p < sc->end && is_ascii_space((unsigned char)*sc->p))
        sc->p++;
    if (sc->p < sc->end && (*sc->p == '+' || *sc->p == '-'))
        sc->neg = *sc->p++ == '-';
    scan_prefix(sc);
    const char *start = sc->p;
    if (start < sc->end && *start == '_')
        return 0;
    size_t ndigits = 0;
    char prev = 0;
    const char *q = start;
    for (; q < sc->end; q++) {
        if (*q == '_') {
            if (prev == '_')
                return 0;
        } else if (digit_value((unsigned char)*q) < sc->base) {
            ndigits++;
        } else {
            break;
        }
        prev = *q;
    }
    if (prev == '_')
        return 0;
    if ((sc->base & (sc->base - 1)) != 0 && ndigits > AWINT_MAX_STR_DIGITS) {
        digit_limit_error(S, ndigits);
        return -1;
    }
    if (ndigits == 0)
        return 0;
    const char *rest = q;
    while (rest < sc->end && is_ascii_space((unsigned char)*rest))
        rest++;
    if (rest != sc->end)
        return 0;
    char *clean = awmem_alloc(S, ndigits);
    if (clean == NULL) {
        awerr_nomem(S);
        return -1;
    }
    size_t n = 0;
    for (const char *r = start; r < q; r++)
        if (*r != '_')
            clean[n++] = *r;
    bool ok = digits_to_int(S, clean, n, sc->base, sc->neg, out);
    awmem_free(S, clean, ndigits);
    if (ok && sc->zero_only && awint_sign(*out) != 0)
        return 0;
    return ok ? 1 : -1;
}

/* A literal from the compiler: digits (maybe with '_', maybe with the
 * prefix) in base 2, 8, 10 or 16 (0: from the prefix). */
static bool parse_literal(AwState *S, const char *s, size_t len, int base,
                          Value *out)
{
    char c1 = len >= 2 && s[0] == '0' ? (char)(s[1] | 0x20) : 0;
    int pbase = c1 == 'x' ? 16 : c1 == 'o' ? 8 : c1 == 'b' ? 2 : 0;
    if (pbase && (base == 0 || base == pbase)) {
        base = pbase;
        s += 2, len -= 2;
    }
    if (base == 0)
        base = 10;
    char *clean = awmem_alloc(S, len + 1);
    if (clean == NULL)
        return awerr_nomem(S);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] != '_')
            clean[n++] = s[i];
    bool ok;
    if (base == 10 && n > AWINT_MAX_STR_DIGITS)
        ok = digit_limit_error(S, n);
    else if (n == 0)
        ok = awerr_format(S, EXC_ValueError, "invalid integer literal");
    else
        ok = digits_to_int(S, clean, n, base, false, out);
    awmem_free(S, clean, len + 1);
    return ok;
}

int awint_scan(AwState *S, const char *s, size_t len, int base, bool bytes,
               Value *out)
{
    char *ascii = awmem_alloc(S, len + 1);
    if (ascii == NULL) {
        awerr_nomem(S);
        return -1;
    }
    size_t n = awnum_ascii_copy(s, len, bytes, ascii);
    IntScan sc = {ascii, ascii + n, base, false, false};
    int r = scan_int(S, &sc, out);
    awmem_free(S, ascii, len + 1);
    return r;
}

bool awint_parse(AwState *S, const char *s, size_t len, int base, bool literal,
                 Value *out)
{
    if (literal)
        return parse_literal(S, s, len, base, out);
    int r = awint_scan(S, s, len, base, false, out);
    if (r != 0)
        return r > 0;
    String *src = awstr_new(S, s, len);
    if (src == NULL)
        return false;
    awgc_push(S, OBJ_VAL(src));
    awint_literal_error(S, OBJ_VAL(src), base);
    awgc_pop(S, 1);
    return false;
}

/* ------------------------------------------------------------------ */
/* Printing                                                            */

static unsigned get_bits(const mp_int *n, size_t pos, int cnt)
{
    size_t idx = pos / MP_DIGIT_BIT;
    int off = (int)(pos % MP_DIGIT_BIT);
    uint64_t v = (uint64_t)n->dp[idx] >> off;
    if (off + cnt > MP_DIGIT_BIT && idx + 1 < (size_t)n->used)
        v |= (uint64_t)n->dp[idx + 1] << (MP_DIGIT_BIT - off);
    return (unsigned)(v & ((1u << cnt) - 1));
}

static bool put_pow2(StrBuf *b, const mp_int *n, int bpc)
{
    static const char hex[] = "0123456789abcdef";
    size_t bits = (size_t)mp_count_bits(n);
    size_t nd = bits ? (bits + (size_t)bpc - 1) / (size_t)bpc : 1;
    char *buf = awmem_alloc(b->S, nd);
    if (buf == NULL)
        return awerr_nomem(b->S);
    for (size_t i = 0; i < nd; i++)
        buf[nd - 1 - i] = bits ? hex[get_bits(n, i * (size_t)bpc, bpc)] : '0';
    awbuf_put(b, buf, nd);
    awmem_free(b->S, buf, nd);
    return true;
}

static bool str_limit_error(AwState *S)
{
    return awerr_format(
        S, EXC_ValueError,
        "Exceeds the limit (%d digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit",
        AWINT_MAX_STR_DIGITS);
}

static bool put_decimal(StrBuf *b, const mp_int *n)
{
    AwState *S = b->S;
    /* 10**4300 < 2**14285: anything longer is over the limit */
    if (mp_count_bits(n) > 14290)
        return str_limit_error(S);
    int size;
    mp_err err = mp_radix_size(n, 10, &size);
    if (err != MP_OKAY)
        return mp_error(S, err);
    char *buf = awmem_alloc(S, (size_t)size);
    if (buf == NULL)
        return awerr_nomem(S);
    size_t written = 0;
    err = mp_to_radix(n, buf, (size_t)size, &written, 10);
    bool ok = err == MP_OKAY;
    size_t len = ok ? strlen(buf) : 0;
    if (!ok)
        mp_error(S, err);
    else if (len - (buf[0] == '-') > AWINT_MAX_STR_DIGITS)
        ok = str_limit_error(S);
    else
        awbuf_put(b, buf, len);
    awmem_free(S, buf, (size_t)size);
    return ok;
}

bool awint_to_buf(StrBuf *b, Value v, int base, bool prefix)
{
    const char *pfx = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (!IS_BIGINT(v)) {
        int64_t i = small_of(v);
        if (base == 10) {
            awbuf_printf(b, "%lld", (long long)i);
            return true;
        }
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        char tmp[80], *p = tmp + sizeof tmp;
        int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
        do {
            *--p = "0123456789abcdef"[m & (uint64_t)(base - 1)];
            m >>= shift;
        } while (m);
        if (i < 0)
            awbuf_putc(b, '-');
        if (prefix)
            awbuf_puts(b, pfx);
        awbuf_put(b, p, (size_t)(tmp + sizeof tmp - p));
        return true;
    }
    const mp_int *n = &AS_BIGINT(v)->n;
    if (base == 10)
        return put_decimal(b, n);
    if (n->sign == MP_NEG)
        awbuf_putc(b, '-');
    if (prefix)
        awbuf_puts(b, pfx);
    return put_pow2(b, n, base == 2 ? 1 : base == 8 ? 3 : 4);
}

String *awint_to_str(AwState *S, Value v, int base, bool prefix)
{
    StrBuf b;
    awbuf_init(S, &b);
    if (!awint_to_buf(&b, v, base, prefix)) {
        awbuf_free(&b);
        return NULL;
    }
    return awbuf_finish(&b);
}

/* ------------------------------------------------------------------ */
/* Arithmetic on small ints: 1 done, 0 overflowed (use mp), -1 error    */

static int64_t floor_div64(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return q;
}

static int64_t floor_mod64(int64_t x, int64_t y)
{
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
        r += y;
    return r;
}

static int small_pow(int64_t x, int64_t e, int64_t *out)
{
    int64_t r = 1;
    while (e > 0) {
        if ((e & 1) && __builtin_mul_overflow(r, x, &r))
            return 0;
        e >>= 1;
        if (e && __builtin_mul_overflow(x, x, &x))
            return 0;
    }
    *out = r;
    return 1;
}

static int small_shift(int op, int64_t x, int64_t n, int64_t *r)
{
    if (op == BINOP_RSHIFT) {
        *r = n >= 64 ? (x < 0 ? -1 : 0) : x >> n;
        return 1;
    }
    if (x == 0) {
        *r = 0;
        return 1;
    }
    if (n >= 63)
        return 0;
    int64_t v = (int64_t)((uint64_t)x << n);
    if ((v >> n) != x)
        return 0;
    *r = v;
    return 1;
}

static int small_binop(AwState *S, int op, int64_t x, int64_t y, Value *out)
{
    int64_t r;
    switch (op) {
    case BINOP_ADD:
        if (__builtin_add_overflow(x, y, &r))
            return 0;
        break;
    case BINOP_SUB:
        if (__builtin_sub_overflow(x, y, &r))
            return 0;
        break;
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return 0;
        break;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (y == 0)
            return -1;
        if (y == -1 && x == INT64_MIN) {
            if (op == BINOP_FLOORDIV)
                return 0; /* 2**63 needs a big int */
            r = 0;
            break;
        }
        r = op == BINOP_MOD ? floor_mod64(x, y) : floor_div64(x, y);
        break;
    case BINOP_POW:
        if (!small_pow(x, y, &r))
            return 0;
        break;
    case BINOP_LSHIFT:
    case BINOP_RSHIFT:
        if (!small_shift(op, x, y, &r))
            return 0;
        break;
    case BINOP_AND: r = x & y; break;
    case BINOP_OR: r = x | y; break;
    case BINOP_XOR: r = x ^ y; break;
    default: return 0;
    }
    *out = INT_VAL(r);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Arithmetic on any ints through libtommath                           */

/* Floor division and modulo (q or r may be NULL). */
static mp_err mp_floordivmod(const mp_int *a, const mp_int *b, mp_int *q,
                             mp_int *r)
{
    mp_int tq, tr;
    mp_err err = mp_init_multi(&tq, &tr, NULL);
    if (err != MP_OKAY)
        return err;
    MP_TRY(mp_div(a, b, &tq, &tr));
    if (!mp_iszero(&tr) && tr.sign != b->sign) {
        MP_TRY(mp_decr(&tq));
        MP_TRY(mp_add(&tr, b, &tr));
    }
    if (q)
        mp_exch(q, &tq);
    if (r)
        mp_exch(r, &tr);
fail:
    mp_clear_multi(&tq, &tr, NULL);
    return err;
}

/* Bounded shift count: huge counts are MemoryError for <<, and give 0 or
 * -1 for >>. */
static bool shift_count(AwState *S, int op, const mp_int *a, const mp_int *n,
                        int *cnt, bool *saturate)
{
    *saturate = false;
    if (n->sign == MP_NEG)
        return awerr_format(S, EXC_ValueError, "negative shift count");
    if (mp_count_bits(n) > 40 ||
        (int64_t)mp_get_mag_u64(n) + mp_count_bits(a) > MAX_RESULT_BITS) {
        if (op == BINOP_RSHIFT || mp_iszero(a)) {
            *saturate = true;
            return true;
        }
        return awerr_nomem(S);
    }
    *cnt = (int)mp_get_mag_u64(n);
    return true;
}

static bool mp_shift(AwState *S, int op, const mp_int *a, const mp_int *n,
                     mp_int *r)
{
    int cnt = 0;
    bool sat;
    if (!shift_count(S, op, a, n, &cnt, &sat))
        return false;
    mp_err err;
    if (sat) {
        mp_set_i64(r, a->sign == MP_NEG && op == BINOP_RSHIFT ? -1 : 0);
        return true;
    }
    if (op == BINOP_LSHIFT)
        err = mp_mul_2d(a, cnt, r);
    else
        err = mp_signed_rsh(a, cnt, r);
    return err == MP_OKAY || mp_error(S, err);
}

static bool mp_pow_int(AwState *S, const mp_int *a, const mp_int *e, mp_int *r)
{
    /* 0, 1 and -1 to any power stay small; anything else overflows */
    if (mp_count_bits(a) <= 1) {
        int64_t base = mp_get_i64(a);
        mp_set_i64(r, base == -1 && mp_isodd(e)    ? -1
                      : base == 0 && !mp_iszero(e) ? 0
                                                   : 1);
        return true;
    }
    if (mp_count_bits(e) > 32 ||
        (int64_t)mp_get_mag_u64(e) * mp_count_bits(a) > MAX_RESULT_BITS)
        return awerr_nomem(S);
    mp_err err = mp_expt_u32(a, (uint32_t)mp_get_mag_u64(e), r);
    return err == MP_OKAY || mp_error(S, err);
}

static bool int_truediv(AwState *S, Value a, Value b, Value *out);

static bool zero_div(AwState *S, int op)
{
    return awerr_format(S, EXC_ZeroDivisionError, "%s",
                        op == BINOP_MOD ? "integer modulo by zero"
                                        : "integer division or modulo by "
                                          "zero");
}

static bool mp_binop(AwState *S, int op, const mp_int *x, const mp_int *y,
                     mp_int *r)
{
    mp_err err;
    switch (op) {
    case BINOP_ADD: err = mp_add(x, y, r); break;
    case BINOP_SUB: err = mp_sub(x, y, r); break;
    case BINOP_MUL: err = mp_mul(x, y, r); break;
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (mp_iszero(y))
            return zero_div(S, op);
        err = op == BINOP_MOD ? mp_floordivmod(x, y, NULL, r)
                              : mp_floordivmod(x, y, r, NULL);
        break;
    case BINOP_POW: return mp_pow_int(S, x, y, r);
    case BINOP_LSHIFT:
    case BINOP_RSHIFT: return mp_shift(S, op, x, y, r);
    case BINOP_AND: err = mp_and(x, y, r); break;
    case BINOP_OR: err = mp_or(x, y, r); break;
    case BINOP_XOR: err = mp_xor(x, y, r); break;
    default: err = MP_VAL; break;
    }
    return err == MP_OKAY || mp_error(S, err);
}

static bool big_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    IntArg x, y;
    mp_int r;
    if (!arg_load(S, a, &x))
        return false;
    if (!arg_load(S, b, &y)) {
        arg_clear(&x);
        return false;
    }
    mp_err err = mp_init(&r);
    bool ok = err == MP_OKAY ? mp_binop(S, op, x.p, y.p, &r) : mp_error(S, err);
    arg_clear(&x);
    arg_clear(&y);
    if (!ok) {
        mp_clear(&r);
        return false;
    }
    return awint_from_mp(S, &r, out);
}

static bool int_pow_negative(AwState *S, Value a, Value b, Value *out)
{
    double x, y;
    if (!awint_to_double(S, a, &x) || !awint_to_double(S, b, &y))
        return false;
    return awfloat_binop(S, BINOP_POW, x, y, out);
}

static bool int_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op == BINOP_TRUEDIV)
        return int_truediv(S, a, b, out);
    if (op == BINOP_POW && awint_sign(b) < 0)
        return int_pow_negative(S, a, b, out);
    if ((op == BINOP_LSHIFT || op == BINOP_RSHIFT) && awint_sign(b) < 0)
        return awerr_format(S, EXC_ValueError, "negative shift count");
    if (!IS_BIGINT(a) && !IS_BIGINT(b)) {
        int r = small_binop(S, op, small_of(a), small_of(b), out);
        if (r < 0)
            return zero_div(S, op);
        if (r > 0)
            return true;
    }
    return big_binop(S, op, a, b, out);
}

/* ------------------------------------------------------------------ */
/* True division, correctly rounded (CPython's long_true_divide)       */

static bool truediv_overflow(AwState *S)
{
    return awerr_format(S, EXC_OverflowError,
                        "integer division result too large for a float");
}

/* |a| / |b| for big operands, both nonzero. */
static bool mp_truediv(AwState *S, const mp_int *a, const mp_int *b,
                       double *out)
{
    int diff = mp_count_bits(a) - mp_count_bits(b);
    if (diff > DBL_MAX_EXP)
        return truediv_overflow(S);
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = 0.0;
        return true;
    }
    int shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    mp_int x, r;
    mp_err err = mp_init_multi(&x, &r, NULL);
    if (err != MP_OKAY)
        return mp_error(S, err);
    if (shift <= 0) {
        MP_TRY(mp_mul_2d(a, -shift, &x));
    } else {
        MP_TRY(mp_div_2d(a, shift, &x, &r));
        inexact = !mp_iszero(&r);
    }
    x.sign = MP_ZPOS;
    mp_int bb = *b; /* shallow: read only, positive view */
    bb.sign = MP_ZPOS;
    MP_TRY(mp_div(&x, &bb, &x, &r));
    inexact = inexact || !mp_iszero(&r);
    int xbits = mp_count_bits(&x);
    int extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) -
                DBL_MANT_DIG;
    uint64_t q = mp_get_mag_u64(&x);
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1)))
        q += mask;
    q &= ~(2 * mask - 1);
    double dx = (double)q;
    if (shift + xbits >= DBL_MAX_EXP &&
        (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, xbits))) {
        mp_clear_multi(&x, &r, NULL);
        return truediv_overflow(S);
    }
    *out = ldexp(dx, shift);
    mp_clear_multi(&x, &r, NULL);
    return true;
fail:
    mp_clear_multi(&x, &r, NULL);
    return mp_error(S, err);
}

static bool int_truediv(AwState *S, Value a, Value b, Value *out)
{
    if (awint_sign(b) == 0)
        return awerr_format(S, EXC_ZeroDivisionError, "division by zero");
    const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
    if (!IS_BIGINT(a) && !IS_BIGINT(b)) {
        int64_t x = small_of(a), y = small_of(b);
        if (x >= -lim && x <= lim && y >= -lim && y <= lim) {
            *out = FLOAT_VAL((double)x / (double)y);
            return true;
        }
    }
    if (awint_sign(a) == 0) {
        *out = FLOAT_VAL(awint_sign(b) < 0 ? -0.0 : 0.0);
        return true;
    }
    IntArg x, y;
    if (!arg_load(S, a, &x))
        return false;
    if (!arg_load(S, b, &y)) {
        arg_clear(&x);
        return false;
    }
    double d = 0.0;
    bool neg = (x.p->sign == MP_NEG) != (y.p->sign == MP_NEG);
    bool ok = mp_truediv(S, x.p, y.p, &d);
    arg_clear(&x);
    arg_clear(&y);
    if (ok)
        *out = FLOAT_VAL(neg ? -d : d);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The numeric operator dispatch                                       */

static bool is_num(Value v)
{
    return IS_INT(v) || IS_BOOL(v) || IS_FLOAT(v) || IS_BIGINT(v);
}

bool awnum_to_double(AwState *S, Value v, double *out)
{
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    return awint_to_double(S, v, out);
}

/* Two numbers that support no such operator: no other type can take
 * over, so raise CPython's TypeError here. */
static bool unsupported(AwState *S, int op, Value a, Value b)
{
    static const char *const sym[] = {
#define X(n, s, d, r) s,
        BINOP_LIST(X)
#undef X
    };
    bool inplace = op >= BINOP_INPLACE;
    return awerr_format(
        S, EXC_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
        sym[inplace ? op - BINOP_INPLACE : op], inplace ? "=" : "",
        awobj_typename(S, a), awobj_typename(S, b));
}

bool awnum_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (!is_num(a) || !is_num(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    int plain = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if (plain == BINOP_MATMUL ||
        (plain >= BINOP_LSHIFT && (IS_FLOAT(a) || IS_FLOAT(b))))
        return unsupported(S, op, a, b);
    op = plain;
    if (IS_FLOAT(a) || IS_FLOAT(b)) {
        double x, y;
        if (!awnum_to_double(S, a, &x) || !awnum_to_double(S, b, &y))
            return false;
        return awfloat_binop(S, op, x, y, out);
    }
    if (IS_BOOL(a) && IS_BOOL(b) && op >= BINOP_AND) {
        bool x = AS_BOOL(a), y = AS_BOOL(b);
        *out = BOOL_VAL(op == BINOP_AND  ? (x & y)
                        : op == BINOP_OR ? (x | y)
                                         : (x ^ y));
        return true;
    }
    return int_binop(S, op, a, b, out);
}

bool awnum_unop(AwState *S, int op, Value a, Value *out)
{
    if (IS_FLOAT(a)) {
        if (op == UNOP_INVERT)
            *out = NOTIMPL_VAL(S);
        else
            *out = FLOAT_VAL(op == UNOP_NEG ? -AS_FLOAT(a) : AS_FLOAT(a));
        return true;
    }
    if (!is_num(a)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (op == UNOP_POS) {
        *out = IS_BIGINT(a) ? a : INT_VAL(small_of(a));
        return true;
    }
    if (!IS_BIGINT(a) && small_of(a) != INT64_MIN) {
        int64_t x = small_of(a);
        *out = INT_VAL(op == UNOP_NEG ? -x : ~x);
        return true;
    }
    mp_int r;
    mp_err err = mp_init(&r);
    if (err == MP_OKAY && !awint_to_mp(S, a, &r)) {
        mp_clear(&r);
        return false;
    }
    if (err == MP_OKAY)
        err = op == UNOP_NEG ? mp_neg(&r, &r) : mp_complement(&r, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return mp_error(S, err);
    }
    return awint_from_mp(S, &r, out);
}

/* ------------------------------------------------------------------ */
/* pow(a, b, m)                                                        */

static bool pow3_types(AwState *S, Value a, Value b, Value m, Value *out)
{
    bool ints = !IS_FLOAT(a) && !IS_FLOAT(b) && !IS_FLOAT(m);
    if (is_num(a) && is_num(b) && is_num(m)) {
        if (ints)
            return true;
        return awerr_format(S, EXC_TypeError,
                            "pow() 3rd argument not allowed unless all "
                            "arguments are integers");
    }
    return awerr_format(S, EXC_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s', "
                        "'%s', '%s'",
                        awobj_typename(S, a), awobj_typename(S, b),
                        awobj_typename(S, m));
}

static bool mp_pow3(AwState *S, const mp_int *a, const mp_int *e,
                    const mp_int *m, mp_int *r)
{
    mp_int base, exp, mod;
    mp_err err = mp_init_multi(&base, &exp, &mod, NULL);
    if (err != MP_OKAY)
        return mp_error(S, err);
    bool negative = m->sign == MP_NEG;
    MP_TRY(mp_abs(m, &mod));
    if (mp_cmp_d(&mod, 1) == MP_EQ) {
        mp_zero(r);
        goto done;
    }
    MP_TRY(mp_mod(a, &mod, &base));
    MP_TRY(mp_abs(e, &exp));
    if (e->sign == MP_NEG) {
        err = mp_invmod(&base, &mod, &base);
        if (err == MP_VAL) {
            mp_clear_multi(&base, &exp, &mod, NULL);
            return awerr_format(S, EXC_ValueError,
                                "base is not invertible for the given "
                                "modulus");
        }
        MP_TRY(err);
    }
    MP_TRY(mp_exptmod(&base, &exp, &mod, r));
    if (negative && !mp_iszero(r))
        MP_TRY(mp_sub(r, &mod, r));
done:
    mp_clear_multi(&base, &exp, &mod, NULL);
    return true;
fail:
    mp_clear_multi(&base, &exp, &mod, NULL);
    return mp_error(S, err);
}

bool awnum_pow3(AwState *S, Value a, Value b, Value m, Value *out)
{
    if (!pow3_types(S, a, b, m, out))
        return false;
    if (awint_sign(m) == 0)
        return awerr_format(S, EXC_ValueError,
                            "pow() 3rd argument cannot be 0");
    IntArg x, y, z;
    mp_int r;
    if (mp_init(&r) != MP_OKAY)
        return awerr_nomem(S);
    bool ok = false;
    if (arg_load(S, a, &x)) {
        if (arg_load(S, b, &y)) {
            if (arg_load(S, m, &z)) {
                ok = mp_pow3(S, x.p, y.p, z.p, &r);
                arg_clear(&z);
            }
            arg_clear(&y);
        }
        arg_clear(&x);
    }
    if (!ok) {
        mp_clear(&r);
        return false;
    }
    return awint_from_mp(S, &r, out);
}

/* ------------------------------------------------------------------ */
/* Comparison and hashing                                              */

static int int_compare(Value a, Value b)
{
    if (!IS_BIGINT(a) && !IS_BIGINT(b)) {
        int64_t x = small_of(a), y = small_of(b);
        return (x > y) - (x < y);
    }
    if (IS_BIGINT(a) && IS_BIGINT(b))
        return mp_cmp(&AS_BIGINT(a)->n, &AS_BIGINT(b)->n);
    /* a big int is outside the int64 range: its sign decides */
    if (IS_BIGINT(a))
        return AS_BIGINT(a)->n.sign == MP_NEG ? -1 : 1;
    return AS_BIGINT(b)->n.sign == MP_NEG ? 1 : -1;
}

static bool cmp_result(int c, int op)
{
    if (c == 2) /* unordered: a NaN */
        return op == CMP_NE;
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

bool awnum_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!is_num(a) || !is_num(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    int c;
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        c = x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    } else if (IS_FLOAT(a)) {
        if (!awfloat_cmp_int(S, AS_FLOAT(a), b, &c))
            return false;
    } else if (IS_FLOAT(b)) {
        if (!awfloat_cmp_int(S, AS_FLOAT(b), a, &c))
            return false;
        c = c == 2 ? 2 : -c;
    } else {
        c = int_compare(a, b);
    }
    *out = BOOL_VAL(cmp_result(c, op));
    return true;
}

static uint64_t hash_rotl(uint64_t x, int s)
{
    return ((x << s) & HASH_MOD) | (x >> (HASH_BITS - s));
}

static int64_t mp_hash(const mp_int *n)
{
    uint64_t x = 0;
    for (int i = n->used; i-- > 0;) {
        x = hash_rotl(x, MP_DIGIT_BIT);
        x += (uint64_t)n->dp[i];
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    int64_t h = n->sign == MP_NEG ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

int64_t awnum_hash(AwState *S, Value v)
{
    if (IS_FLOAT(v))
        return awfloat_hash(AS_FLOAT(v));
    if (IS_BIGINT(v))
        return mp_hash(&AS_BIGINT(v)->n);
    int64_t i = small_of(v);
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(m % HASH_MOD);
    h = i < 0 ? -h : h;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------------ */
/* round()                                                             */

/* q = x / (10**k * 2**s) rounded half to even (k > 0, s >= 0), and
 * r = q * 10**k: round(x / 2**s, -k) exactly. */
bool awnum_mp_round_pow10(AwState *S, const mp_int *x, int64_t k, int s,
                          mp_int *r)
{
    /* 10**k beyond the size of x / 2**s rounds to zero */
    if ((double)k > (mp_count_bits(x) - s) * 0.30103 + 2) {
        mp_zero(r);
        return true;
    }
    mp_int p, p10, q, rem, twice;
    mp_err err = mp_init_multi(&p, &p10, &q, &rem, &twice, NULL);
    if (err != MP_OKAY)
        return mp_error(S, err);
    mp_set_u32(&p10, 10);
    MP_TRY(mp_expt_u32(&p10, (uint32_t)k, &p10));
    MP_TRY(mp_mul_2d(&p10, s, &p));
    MP_TRY(mp_floordivmod(x, &p, &q, &rem));
    MP_TRY(mp_mul_2(&rem, &twice));
    mp_ord c = mp_cmp(&twice, &p);
    if (c == MP_GT || (c == MP_EQ && mp_isodd(&q)))
        MP_TRY(mp_incr(&q));
    MP_TRY(mp_mul(&q, &p10, r));
    mp_clear_multi(&p, &p10, &q, &rem, &twice, NULL);
    return true;
fail:
    mp_clear_multi(&p, &p10, &q, &rem, &twice, NULL);
    return mp_error(S, err);
}

static bool int_round(AwState *S, Value x, int64_t nd, Value *out)
{
    if (nd >= 0) {
        *out = IS_BIGINT(x) ? x : INT_VAL(small_of(x));
        return true;
    }
    mp_int a, r;
    if (mp_init_multi(&a, &r, NULL) != MP_OKAY)
        return awerr_nomem(S);
    bool ok =
        awint_to_mp(S, x, &a) &&
        awnum_mp_round_pow10(S, &a, nd == INT64_MIN ? INT64_MAX : -nd, 0, &r);
    mp_clear(&a);
    if (!ok) {
        mp_clear(&r);
        return false;
    }
    return awint_from_mp(S, &r, out);
}

/* ndigits clipped to int64 as CPython's PyNumber_AsSsize_t(o, NULL). */
static bool ndigits_value(AwState *S, Value nd, int64_t *out)
{
    Value i;
    if (!awobj_index(S, nd, &i))
        return false;
    if (IS_BIGINT(i))
        *out = awint_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    else
        *out = AS_INT(i);
    return true;
}

bool awnum_round(AwState *S, Value x, Value ndigits, Value *out)
{
    bool has_nd = !IS_NULL(ndigits) && !IS_NONE(ndigits);
    int64_t nd = 0;
    if (has_nd && !ndigits_value(S, ndigits, &nd))
        return false;
    if (IS_FLOAT(x))
        return awfloat_round(S, AS_FLOAT(x), has_nd, nd, out);
    if (!is_num(x))
        return awerr_format(S, EXC_TypeError,
                            "type %s doesn't define __round__ method",
                            awobj_typename(S, x));
    return int_round(S, x, has_nd ? nd : 0, out);
}

/* ------------------------------------------------------------------ */
/* The int and bool types                                              */

static bool int_repr(AwState *S, Value self, Value *out)
{
    String *s = awint_to_str(S, self, 10, false);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool bool_repr(AwState *S, Value self, Value *out)
{
    String *s = awstr_cstr(S, AS_BOOL(self) ? "True" : "False");
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool num_hash(AwState *S, Value self, int64_t *out)
{
    *out = awnum_hash(S, self);
    return true;
}

static int int_truth(AwState *S, Value self)
{
    return awint_sign(self) != 0;
}

bool awnum_format_slot(AwState *S, Value self, String *spec, Value *out)
{
    if (spec->len == 0 && IS_BOOL(self))
        return bool_repr(S, self, out);
    StrBuf b;
    awbuf_init(S, &b);
    if (!awfmt_spec(S, self, spec->data, spec->len, &b)) {
        awbuf_free(&b);
        return false;
    }
    String *s = awbuf_finish(&b);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* int(x) with one argument: CPython's PyNumber_Long for the builtin
 * types. */
static bool int_from_value(AwState *S, Value x, Value *out)
{
    x = awclass_unbox(x);
    if (IS_ANYINT(x) || IS_BOOL(x)) {
        *out = IS_BOOL(x) ? INT_VAL(AS_BOOL(x)) : x;
        return true;
    }
    if (IS_FLOAT(x))
        return awint_from_double(S, AS_FLOAT(x), out);
    if (IS_STR(x) || IS_BYTES(x))
        return awint_from_text(S, x, 10, out);
    int r = awslots_to_int(S, x, out); /* __int__, __index__, __trunc__ */
    if (r != 0)
        return r > 0;
    return awerr_format(S, EXC_TypeError,
                        "int() argument must be a string, a bytes-like "
                        "object or a real number, not '%s'",
                        awobj_typename(S, x));
}

bool awint_from_text(AwState *S, Value x, int base, Value *out)
{
    int r;
    if (IS_STR(x))
        r = awint_scan(S, AS_STR(x)->data, AS_STR(x)->len, base, false, out);
    else
        r = awint_scan(S, (const char *)AS_BYTES(x)->data, AS_BYTES(x)->len,
                       base, true, out);
    if (r != 0)
        return r > 0;
    return awint_literal_error(S, x, base);
}

static bool int_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    static const char *const kw[] = {NULL, "base"};
    Value a[2];
    if (!awarg_unpack(S, "int", argc, argv, kwnames, 0, 2, kw, a))
        return false;
    if (IS_NULL(a[0])) {
        if (!IS_NULL(a[1]))
            return awerr_format(S, EXC_TypeError,
                                "int() missing string argument");
        *out = INT_VAL(0);
        return true;
    }
    if (IS_NULL(a[1]))
        return int_from_value(S, a[0], out);
    int64_t base;
    if (!ndigits_value(S, a[1], &base))
        return false;
    if ((base != 0 && base < 2) || base > 36)
        return awerr_format(S, EXC_ValueError,
                            "int() base must be >= 2 and <= 36, or 0");
    if (!IS_STR(a[0]) && !IS_BYTES(a[0]))
        return awerr_format(S, EXC_TypeError,
                            "int() can't convert non-string with explicit "
                            "base");
    return awint_from_text(S, a[0], (int)base, out);
}

static bool bool_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    Value a[1];
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "bool expected at most 1 argument, got %d", argc);
    if (!awarg_unpack(S, "bool", argc, argv, kwnames, 0, 1, NULL, a))
        return false;
    int r = IS_NULL(a[0]) ? 0 : awobj_truthy(S, a[0]);
    if (r < 0)
        return false;
    *out = BOOL_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* int methods                                                         */

bool awnum_noargs(AwState *S, const char *name, int argc, Tuple *kwnames)
{
    if (kwnames != NULL && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError, "%s() takes no keyword arguments",
                            name);
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no arguments (%d given)", name,
                            argc - 1);
    return true;
}

static Value as_int(Value v)
{
    return IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
}

static bool int_self(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awnum_noargs(S, "int.__int__", argc, kwnames))
        return false;
    *out = as_int(argv[0]);
    return true;
}

static bool int_bit_length(AwState *S, int argc, Value *argv, Tuple *kwnames,
                           Value *out)
{
    if (!awnum_noargs(S, "int.bit_length", argc, kwnames))
        return false;
    Value v = argv[0];
    if (IS_BIGINT(v)) {
        *out = INT_VAL(mp_count_bits(&AS_BIGINT(v)->n));
    } else {
        int64_t i = small_of(v);
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        *out = INT_VAL(m ? 64 - __builtin_clzll(m) : 0);
    }
    return true;
}

static bool int_bit_count(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (!awnum_noargs(S, "int.bit_count", argc, kwnames))
        return false;
    Value v = argv[0];
    int64_t n = 0;
    if (IS_BIGINT(v)) {
        const mp_int *m = &AS_BIGINT(v)->n;
        for (int i = 0; i < m->used; i++)
            n += __builtin_popcountll((unsigned long long)m->dp[i]);
    } else {
        int64_t i = small_of(v);
        n = __builtin_popcountll(i < 0 ? -(uint64_t)i : (uint64_t)i);
    }
    *out = INT_VAL(n);
    return true;
}

static bool int_ratio(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awnum_noargs(S, "int.as_integer_ratio", argc, kwnames))
        return false;
    Value items[2] = {as_int(argv[0]), INT_VAL(1)};
    Tuple *t = awtuple_from_array(S, items, 2);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

static bool int_round_method(AwState *S, int argc, Value *argv, Tuple *kwnames,
                             Value *out)
{
    Value nd[1];
    if (!awnum_round_args(S, argc, argv, kwnames, nd))
        return false;
    return awnum_round(S, argv[0], nd[0], out);
}

bool awnum_round_args(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *nd)
{
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "__round__ expected at most 1 argument, got %d",
                            argc - 1);
    return awarg_unpack(S, "__round__", argc - 1, argv + 1, kwnames, 0, 1, NULL,
                        nd);
}

bool awnum_format_method(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    Value spec[1];
    if (!awarg_unpack(S, "__format__", argc - 1, argv + 1, kwnames, 1, 1, NULL,
                      spec))
        return false;
    if (!IS_STR(spec[0]))
        return awerr_format(S, EXC_TypeError,
                            "__format__() argument must be str, not %s",
                            awobj_typename(S, spec[0]));
    return awnum_format_slot(S, argv[0], AS_STR(spec[0]), out);
}

/* to_bytes / from_bytes: byteorder and signed */
static bool byteorder_arg(AwState *S, const char *fname, Value v, bool *little)
{
    if (IS_NULL(v)) {
        *little = false;
        return true;
    }
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "%s() argument 'byteorder' must be str, not %s",
                            fname, awobj_typename(S, v));
    const char *s = AS_STR(v)->data;
    if (AS_STR(v)->len == 6 && strcmp(s, "little") == 0)
        *little = true;
    else if (AS_STR(v)->len == 3 && strcmp(s, "big") == 0)
        *little = false;
    else
        return awerr_format(S, EXC_ValueError,
                            "byteorder must be either 'little' or 'big'");
    return true;
}

static bool flag_arg(AwState *S, Value v, bool *out)
{
    int r = IS_NULL(v) ? 0 : awobj_truthy(S, v);
    *out = r > 0;
    return r >= 0;
}

/* Two's complement bytes of x (big-endian) into buf[0..len). */
static bool fill_bytes(AwState *S, const mp_int *x, size_t len, bool sgn,
                       uint8_t *buf)
{
    mp_int v;
    mp_err err = mp_init(&v);
    if (err != MP_OKAY)
        return mp_error(S, err);
    bool neg = x->sign == MP_NEG;
    size_t bits = len * 8;
    bool fits;
    if (!neg) {
        fits = (size_t)mp_count_bits(x) + (sgn ? 1 : 0) <= bits;
        MP_TRY(mp_copy(x, &v));
    } else {
        MP_TRY(mp_abs(x, &v));
        MP_TRY(mp_decr(&v));
        fits = bits > 0 && (size_t)mp_count_bits(&v) + 1 <= bits;
        if (fits) {
            mp_int p;
            MP_TRY(mp_init(&p));
            err = mp_2expt(&p, (int)bits);
            if (err == MP_OKAY)
                err = mp_add(&p, x, &v);
            mp_clear(&p);
            MP_TRY(err);
        }
    }
    if (!fits) {
        mp_clear(&v);
        return awerr_format(S, EXC_OverflowError, "int too big to convert");
    }
    size_t n = mp_ubin_size(&v), written = 0;
    memset(buf, 0, len);
    MP_TRY(mp_to_ubin(&v, buf + (len - n), n, &written));
    mp_clear(&v);
    return true;
fail:
    mp_clear(&v);
    return mp_error(S, err);
}

static bool int_to_bytes(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kw[] = {"length", "byteorder", "signed"};
    Value a[3];
    if (argc - 1 > 2)
        return awerr_format(S, EXC_TypeError,
                            "to_bytes() takes at most 2 positional arguments "
                            "(%d given)",
                            argc - 1);
    if (!awarg_unpack(S, "to_bytes", argc - 1, argv + 1, kwnames, 0, 3, kw, a))
        return false;
    int64_t len = 1;
    bool little, sgn;
    if (!IS_NULL(a[0]) && !awobj_as_i64(S, a[0], &len))
        return false;
    if (len < 0)
        return awerr_format(S, EXC_ValueError,
                            "length argument must be non-negative");
    if (!byteorder_arg(S, "to_bytes", a[1], &little) ||
        !flag_arg(S, a[2], &sgn))
        return false;
    if (awint_sign(argv[0]) < 0 && !sgn)
        return awerr_format(S, EXC_OverflowError,
                            "can't convert negative int to unsigned");
    if ((uint64_t)len > ((uint64_t)INT_MAX / 8))
        return awerr_nomem(S);
    uint8_t *buf = awmem_alloc(S, (size_t)len + 1);
    IntArg x;
    if (buf == NULL)
        return awerr_nomem(S);
    bool ok = arg_load(S, argv[0], &x);
    if (ok) {
        ok = fill_bytes(S, x.p, (size_t)len, sgn, buf);
        arg_clear(&x);
    }
    for (int64_t i = 0; ok && little && i < len / 2; i++) {
        uint8_t c = buf[i];
        buf[i] = buf[len - 1 - i];
        buf[len - 1 - i] = c;
    }
    Bytes *b = ok ? awbytes_new(S, buf, (size_t)len) : NULL;
    awmem_free(S, buf, (size_t)len + 1);
    if (b == NULL)
        return false;
    *out = OBJ_VAL(b);
    return true;
}

/* The bytes of from_bytes' argument: bytes, or an iterable of ints in
 * range(256), collected into a Bytes object (rooted by the caller). */
static bool bytes_of(AwState *S, Value v, Value *out)
{
    if (IS_BYTES(v)) {
        *out = v;
        return true;
    }
    if (IS_STR(v) || awobj_type(S, v)->iter == NULL)
        return awerr_format(S, EXC_TypeError,
                            "cannot convert '%s' object to bytes",
                            awobj_typename(S, v));
    List *l = awlist_from_iterable(S, v);
    if (l == NULL)
        return false;
    uint8_t *buf = awmem_alloc(S, l->len + 1);
    if (buf == NULL)
        return awerr_nomem(S);
    awgc_push(S, OBJ_VAL(l));
    bool ok = true;
    for (size_t i = 0; ok && i < l->len; i++) {
        int64_t x;
        ok = awobj_as_i64(S, l->items[i], &x);
        if (ok && (x < 0 || x > 255))
            ok = awerr_format(S, EXC_ValueError,
                              "bytes must be in range(0, 256)");
        if (ok)
            buf[i] = (uint8_t)x;
    }
    size_t n = l->len;
    Bytes *b = ok ? awbytes_new(S, buf, n) : NULL;
    awgc_pop(S, 1);
    awmem_free(S, buf, n + 1);
    if (b == NULL)
        return false;
    *out = OBJ_VAL(b);
    return true;
}

static bool mp_from_bytes(AwState *S, Bytes *b, bool little, bool sgn,
                          mp_int *r)
{
    size_t n = b->len;
    uint8_t *buf = awmem_alloc(S, n + 1);
    if (buf == NULL)
        return awerr_nomem(S);
    for (size_t i = 0; i < n; i++)
        buf[i] = little ? b->data[n - 1 - i] : b->data[i];
    mp_err err = mp_from_ubin(r, buf, n);
    if (err == MP_OKAY && sgn && n > 0 && (buf[0] & 0x80)) {
        mp_int p;
        err = mp_init(&p);
        if (err == MP_OKAY && n * 8 > INT_MAX)
            err = MP_MEM;
        if (err == MP_OKAY)
            err = mp_2expt(&p, (int)(n * 8));
        if (err == MP_OKAY)
            err = mp_sub(r, &p, r);
        mp_clear(&p);
    }
    awmem_free(S, buf, n + 1);
    return err == MP_OKAY || mp_error(S, err);
}

static bool int_from_bytes(AwState *S, int argc, Value *argv, Tuple *kwnames,
                           Value *out)
{
    static const char *const kw[] = {"bytes", "byteorder", "signed"};
    Value a[3];
    if (argc - 1 > 2)
        return awerr_format(S, EXC_TypeError,
                            "from_bytes() takes at most 2 positional "
                            "arguments (%d given)",
                            argc - 1);
    if (!awarg_unpack(S, "from_bytes", argc - 1, argv + 1, kwnames, 1, 3, kw,
                      a))
        return false;
    bool little, sgn;
    if (!byteorder_arg(S, "from_bytes", a[1], &little) ||
        !flag_arg(S, a[2], &sgn))
        return false;
    Value bv = NULL_VAL;
    if (!bytes_of(S, a[0], &bv))
        return false;
    mp_int r;
    if (mp_init(&r) != MP_OKAY)
        return awerr_nomem(S);
    if (!mp_from_bytes(S, AS_BYTES(bv), little, sgn, &r)) {
        mp_clear(&r);
        return false;
    }
    if (IS_TYPE(argv[0]) && AS_TYPE(argv[0]) == TYPE(S, BOOL)) {
        *out = BOOL_VAL(!mp_iszero(&r));
        mp_clear(&r);
        return true;
    }
    return awint_from_mp(S, &r, out);
}

static bool get_self_int(AwState *S, Value self, Value *out)
{
    *out = as_int(self);
    return true;
}

static bool get_zero(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(0);
    return true;
}

static bool get_one(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(1);
    return true;
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length, MF_METHOD},
    {"bit_count", int_bit_count, MF_METHOD},
    {"to_bytes", int_to_bytes, MF_METHOD},
    {"from_bytes", int_from_bytes, MF_CLASS},
    {"as_integer_ratio", int_ratio, MF_METHOD},
    {"conjugate", int_self, MF_METHOD},
    {"__int__", int_self, MF_METHOD},
    {"__index__", int_self, MF_METHOD},
    {"__trunc__", int_self, MF_METHOD},
    {"__floor__", int_self, MF_METHOD},
    {"__ceil__", int_self, MF_METHOD},
    {"__round__", int_round_method, MF_METHOD},
    {"__format__", awnum_format_method, MF_METHOD},
    {NULL}};

static const GetSetDef int_getset[] = {{"real", get_self_int, NULL},
                                       {"imag", get_zero, NULL},
                                       {"numerator", get_self_int, NULL},
                                       {"denominator", get_one, NULL},
                                       {NULL}};

bool awnum_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_INT, "int", TYPE(S, OBJECT), OBJ_BIGINT,
                                 sizeof(BigInt));
    if (t == NULL)
        return false;
    t->repr = int_repr;
    t->str = int_repr;
    t->hash = num_hash;
    t->richcmp = awnum_richcmp;
    t->binop = awnum_binop;
    t->unop = awnum_unop;
    t->truth = int_truth;
    t->format = awnum_format_slot;
    t->new_ = int_new;
    t->getset = int_getset;
    if (!awtype_add_methods(S, t, int_methods))
        return false;
    Type *b =
        awtype_new_builtin(S, TY_BOOL, "bool", t, OBJ_BIGINT, sizeof(BigInt));
    if (b == NULL)
        return false;
    b->repr = bool_repr;
    b->str = bool_repr;
    b->new_ = bool_new;
    b->tflags &= ~(uint32_t)TF_BASETYPE;
    return awfloat_init(S);
}
