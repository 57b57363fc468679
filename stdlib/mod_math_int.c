/* The math module, integer half: factorial, gcd, lcm, isqrt, comb, perm
 * and prod, exact for ints of any size (libtommath), with CPython 3.11's
 * argument handling and messages. */
#include <string.h>

#include "stdlib/mod_math.h"
#include "vm/gc.h"
#include "vm/num.h"

static bool mp_fail(AwState *S, mp_err err)
{
    if (err == MP_MEM)
        return awerr_nomem(S);
    return awerr_format(S, EXC_SystemError, "libtommath: %s",
                        mp_error_to_string(err));
}

/* operator.index(v) into an initialised mp_int. */
static bool index_mp(AwState *S, Value v, mp_int *out)
{
    Value i;
    return awobj_index(S, v, &i) && awint_to_mp(S, i, out);
}

/* The int of n (cleared whether or not it succeeds). */
static bool mp_out(AwState *S, mp_int *n, mp_err err, Value *out)
{
    if (err != MP_OKAY) {
        mp_clear(n);
        return mp_fail(S, err);
    }
    return awint_from_mp(S, n, out);
}

/* ------------------------------------------------------------------ */
/* Falling factorials by binary splitting                              */

/* r = a (a-1) ... (a-k+1) for k >= 1, split in halves so that the big
 * multiplications pair numbers of similar size. r is initialised. */
static mp_err falling(const mp_int *a, uint64_t k, mp_int *r)
{
    mp_int t, b;
    mp_err err = mp_init_multi(&t, &b, NULL);
    if (err != MP_OKAY)
        return err;
    if (k <= 8) {
        err = mp_copy(a, r);
        if (err == MP_OKAY)
            err = mp_copy(a, &t);
        for (uint64_t i = 1; err == MP_OKAY && i < k; i++) {
            err = mp_sub_d(&t, 1, &t);
            if (err == MP_OKAY)
                err = mp_mul(r, &t, r);
        }
    } else {
        uint64_t j = k / 2;
        err = falling(a, j, r);
        if (err == MP_OKAY) {
            mp_set_u64(&t, j);
            err = mp_sub(a, &t, &b);
        }
        if (err == MP_OKAY)
            err = falling(&b, k - j, &t);
        if (err == MP_OKAY)
            err = mp_mul(r, &t, r);
    }
    mp_clear_multi(&t, &b, NULL);
    return err;
}

/* r = k! */
static mp_err factorial_mp(uint64_t k, mp_int *r)
{
    if (k <= 1) {
        mp_set_u64(r, 1);
        return MP_OKAY;
    }
    mp_int a;
    mp_err err = mp_init_u64(&a, k);
    if (err == MP_OKAY)
        err = falling(&a, k, r);
    mp_clear(&a);
    return err;
}

/* ------------------------------------------------------------------ */
/* factorial, isqrt                                                    */

static bool factorial_of(AwState *S, Value arg, Value *out)
{
    Value n;
    if (!awobj_index(S, arg, &n))
        return false;
    int sign = awint_sign(n);
    if (sign < 0)
        return awerr_format(S, EXC_ValueError,
                            "factorial() not defined for negative values");
    if (IS_BIGINT(n))
        return awerr_format(S, EXC_OverflowError,
                            "factorial() argument should not exceed %lld",
                            (long long)INT64_MAX);
    mp_int r;
    mp_err err = mp_init(&r);
    if (err != MP_OKAY)
        return mp_fail(S, err);
    err = factorial_mp((uint64_t)(IS_BOOL(n) ? AS_BOOL(n) : AS_INT(n)), &r);
    return mp_out(S, &r, err, out);
}

static bool m_factorial(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    return awmath_one(S, "math.factorial", argc, kwnames) &&
           factorial_of(S, argv[0], out);
}

static bool m_isqrt(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awmath_one(S, "math.isqrt", argc, kwnames))
        return false;
    mp_int n;
    mp_err err = mp_init(&n);
    if (err != MP_OKAY)
        return mp_fail(S, err);
    if (!index_mp(S, argv[0], &n)) {
        mp_clear(&n);
        return false;
    }
    if (n.sign == MP_NEG) {
        mp_clear(&n);
        return awerr_format(S, EXC_ValueError,
                            "isqrt() argument must be nonnegative");
    }
    err = mp_sqrt(&n, &n);
    return mp_out(S, &n, err, out);
}

/* ------------------------------------------------------------------ */
/* gcd, lcm                                                            */

/* Folds every argument into acc with step (mp_gcd or lcm), checking
 * each argument is an int even after the result is settled. */
static bool fold_ints(AwState *S, const char *qual, int argc, Value *argv,
                      Tuple *kwnames, int64_t empty,
                      mp_err (*step)(const mp_int *, const mp_int *,
                                     mp_int *),
                      Value *out)
{
    if (!awmath_nokw(S, qual, kwnames))
        return false;
    mp_int acc, x;
    mp_err err = mp_init_multi(&acc, &x, NULL);
    if (err != MP_OKAY)
        return mp_fail(S, err);
    mp_set_i64(&acc, empty);
    bool ok = true;
    for (int i = 0; ok && i < argc; i++) {
        ok = index_mp(S, argv[i], &x);
        if (!ok)
            break;
        err = i == 0 ? mp_abs(&x, &acc) : step(&acc, &x, &acc);
        if (err == MP_OKAY)
            err = mp_abs(&acc, &acc);
        if (err != MP_OKAY)
            ok = mp_fail(S, err);
    }
    mp_clear(&x);
    if (!ok) {
        mp_clear(&acc);
        return false;
    }
    return awint_from_mp(S, &acc, out);
}

static bool m_gcd(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    return fold_ints(S, "math.gcd", argc, argv, kwnames, 0, mp_gcd, out);
}

static mp_err lcm_step(const mp_int *a, const mp_int *b, mp_int *c)
{
    if (mp_iszero(a) || mp_iszero(b)) {
        mp_zero(c);
        return MP_OKAY;
    }
    return mp_lcm(a, b, c);
}

static bool m_lcm(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    return fold_ints(S, "math.lcm", argc, argv, kwnames, 1, lcm_step, out);
}

/* ------------------------------------------------------------------ */
/* comb, perm                                                          */

/* n and k as non-negative mp_ints, with CPython's ValueErrors. */
static bool comb_args(AwState *S, Value vn, Value vk, mp_int *n, mp_int *k)
{
    if (!index_mp(S, vn, n) || !index_mp(S, vk, k))
        return false;
    if (n->sign == MP_NEG)
        return awerr_format(S, EXC_ValueError,
                            "n must be a non-negative integer");
    if (k->sign == MP_NEG)
        return awerr_format(S, EXC_ValueError,
                            "k must be a non-negative integer");
    return true;
}

static bool small_k(AwState *S, const mp_int *k, const char *what,
                    uint64_t *out)
{
    if (mp_count_bits(k) > 63)
        return awerr_format(S, EXC_OverflowError, "%s must not exceed %lld",
                            what, (long long)INT64_MAX);
    *out = mp_get_mag_u64(k);
    return true;
}

/* C(n, k) = n (n-1) ... (n-k+1) / k! with k = min(k, n - k). */
static mp_err comb_mp(const mp_int *n, uint64_t k, mp_int *r)
{
    if (k == 0) {
        mp_set_u64(r, 1);
        return MP_OKAY;
    }
    mp_int f;
    mp_err err = mp_init(&f);
    if (err == MP_OKAY)
        err = falling(n, k, r);
    if (err == MP_OKAY)
        err = factorial_mp(k, &f);
    if (err == MP_OKAY)
        err = mp_div(r, &f, r, NULL);
    mp_clear(&f);
    return err;
}

static bool comb_perm(AwState *S, bool comb, Value vn, Value vk, Value *out)
{
    mp_int n, k, r;
    mp_err err = mp_init_multi(&n, &k, &r, NULL);
    if (err != MP_OKAY)
        return mp_fail(S, err);
    bool ok = comb_args(S, vn, vk, &n, &k);
    uint64_t ki = 0;
    if (ok && mp_cmp(&n, &k) == MP_LT) {
        mp_zero(&r); /* k > n: no way to choose */
    } else if (ok && comb) {
        err = mp_sub(&n, &k, &r); /* k = min(k, n - k) */
        if (err == MP_OKAY && mp_cmp(&r, &k) == MP_LT)
            err = mp_copy(&r, &k);
        ok = err == MP_OKAY ? small_k(S, &k, "min(n - k, k)", &ki)
                            : mp_fail(S, err);
        if (ok)
            err = comb_mp(&n, ki, &r);
    } else if (ok) {
        ok = small_k(S, &k, "k", &ki);
        if (ok && ki == 0)
            mp_set_u64(&r, 1);
        else if (ok)
            err = falling(&n, ki, &r);
    }
    mp_clear_multi(&n, &k, NULL);
    if (!ok) {
        mp_clear(&r);
        return false;
    }
    return mp_out(S, &r, err, out);
}

static bool m_comb(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return awmath_npos(S, "comb", argc, kwnames, 2, 2) &&
           comb_perm(S, true, argv[0], argv[1], out);
}

static bool m_perm(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awmath_npos(S, "perm", argc, kwnames, 1, 2))
        return false;
    if (argc == 1 || IS_NONE(argv[1]))
        return factorial_of(S, argv[0], out);
    return comb_perm(S, false, argv[0], argv[1], out);
}

/* ------------------------------------------------------------------ */
/* prod                                                                */

/* prod(iterable, /, *, start=1), checked in the order CPython's
 * argument clinic checks. */
static bool prod_args(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *start)
{
    int nkw = kwnames ? (int)kwnames->len : 0;
    if (argc + nkw > 2)
        return awerr_format(S, EXC_TypeError,
                            "prod() takes at most 2 arguments (%d given)",
                            argc + nkw);
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "prod() takes exactly 1 positional argument "
                            "(%d given)",
                            argc);
    *start = INT_VAL(1);
    for (int i = 0; i < nkw; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        if (strcmp(k, "start") != 0)
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid keyword argument for "
                                "prod()",
                                k);
        *start = argv[argc + i];
    }
    return true;
}

static bool m_prod(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    Value acc, it, item;
    if (!prod_args(S, argc, argv, kwnames, &acc) ||
        !awobj_iter(S, argv[0], &it))
        return false;
    awgc_push(S, it);
    awgc_push(S, acc);
    int r = 0;
    bool ok = true;
    while (ok && (r = awobj_next(S, it, &item)) > 0) {
        awgc_push(S, item);
        ok = awobj_binop(S, BINOP_MUL, acc, item, &acc);
        awgc_pop(S, 1);
        S->roots[S->nroots - 1] = acc; /* keep the product rooted */
    }
    awgc_pop(S, 2);
    if (!ok || r < 0)
        return false;
    *out = acc;
    return true;
}

const MethodDef awmath_int_funcs[] = {
    {"comb", m_comb, MF_STATIC},
    {"factorial", m_factorial, MF_STATIC},
    {"gcd", m_gcd, MF_STATIC},
    {"isqrt", m_isqrt, MF_STATIC},
    {"lcm", m_lcm, MF_STATIC},
    {"perm", m_perm, MF_STATIC},
    {"prod", m_prod, MF_STATIC},
    {NULL, NULL, 0},
};
