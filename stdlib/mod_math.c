/* The math module, float half: CPython 3.11's functions over the C
 * library's libm, with CPython's own algorithms wherever libm would give
 * other digits (gamma, lgamma, fsum, hypot, dist, remainder) and its rules
 * for turning IEEE special cases into ValueError ("math domain error") and
 * OverflowError ("math range error"). The integer functions are in
 * stdlib/mod_math_int.c. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "stdlib/mod_math.h"
#include "stdlib/modules.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

bool awmath_nokw(AwState *S, const char *qual, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments", qual);
    return true;
}

bool awmath_one(AwState *S, const char *qual, int argc, Tuple *kwnames)
{
    if (!awmath_nokw(S, qual, kwnames))
        return false;
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes exactly one argument (%d given)",
                            qual, argc);
    return true;
}

bool awmath_npos(AwState *S, const char *name, int argc, Tuple *kwnames,
                 int min, int max)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "math.%s() takes no keyword arguments", name);
    if (argc >= min && argc <= max)
        return true;
    const char *how = min == max ? "" : argc < min ? "at least " : "at most ";
    int n = argc < min ? min : max;
    return awerr_format(S, EXC_TypeError, "%s expected %s%d argument%s, got %d",
                        name, how, n, n == 1 ? "" : "s", argc);
}

int awmath_call_special(AwState *S, Value v, const char *name, Value *out)
{
    String *n = awstr_intern_cstr(S, name);
    if (!n)
        return -1;
    /* Looked up on the type, as CPython's special-method lookup: the
     * instance dict is not consulted. The method stays reachable from
     * the type's dict while it runs. */
    Value m = awtype_lookup(S, awobj_type(S, v), n);
    if (IS_NULL(m))
        return 0;
    Value self[1] = {v};
    return awobj_call(S, m, 1, self, NULL, out) ? 1 : -1;
}

bool awmath_as_double(AwState *S, Value v, double *out)
{
    v = awclass_unbox(v); /* an instance of a class of int or float */
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    if (IS_ANYINT(v) || IS_BOOL(v))
        return awint_to_double(S, v, out);
    Value r;
    int found = awmath_call_special(S, v, "__float__", &r);
    if (found < 0)
        return false;
    if (found) {
        if (!IS_FLOAT(r))
            return awerr_format(S, EXC_TypeError,
                                "%s.__float__ returned non-float (type %s)",
                                awobj_typename(S, v), awobj_typename(S, r));
        *out = AS_FLOAT(r);
        return true;
    }
    found = awmath_call_special(S, v, "__index__", &r);
    if (found < 0)
        return false;
    if (found) {
        if (!IS_ANYINT(r) && !IS_BOOL(r))
            return awerr_format(S, EXC_TypeError,
                                "__index__ returned non-int (type %s)",
                                awobj_typename(S, r));
        return awint_to_double(S, r, out);
    }
    return awerr_format(S, EXC_TypeError, "must be real number, not %s",
                        awobj_typename(S, v));
}

static bool float_out(double d, Value *out)
{
    *out = FLOAT_VAL(d);
    return true;
}

/* ------------------------------------------------------------------ */
/* Error rules                                                         */

/* errno is set after a computation that gave r: EDOM is ValueError;
 * ERANGE is OverflowError unless r is small (an underflow, which CPython
 * lets pass: libm may report ERANGE for results that round to zero or to
 * a subnormal, and expm1 underflows towards -1). 1 = raised. */
static int range_error(AwState *S, double r)
{
    if (errno == EDOM) {
        awerr_format(S, EXC_ValueError, "math domain error");
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return 0;
        awerr_format(S, EXC_OverflowError, "math range error");
        return 1;
    }
    awerr_format(S, EXC_ValueError, "math error %d", errno);
    return 1;
}

/* f(x) for a function without singularities that may overflow: a NaN
 * from a non-NaN is a domain error, an infinity from a finite x is an
 * overflow when can_overflow, else a singularity (domain error). */
static bool math_1(AwState *S, Value arg, double (*f)(double),
                   bool can_overflow, Value *out)
{
    double x, r;
    if (!awmath_as_double(S, arg, &x))
        return false;
    errno = 0;
    r = f(x);
    if (isnan(r) && !isnan(x))
        return awerr_format(S, EXC_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            return awerr_format(S, EXC_OverflowError, "math range error");
        return awerr_format(S, EXC_ValueError, "math domain error");
    }
    if (isfinite(r) && errno && range_error(S, r))
        return false;
    return float_out(r, out);
}

/* f(x) for the functions below that report through errno themselves. */
static bool math_1a(AwState *S, Value arg, double (*f)(double), Value *out)
{
    double x, r;
    if (!awmath_as_double(S, arg, &x))
        return false;
    errno = 0;
    r = f(x);
    if (errno && range_error(S, r))
        return false;
    return float_out(r, out);
}

/* f(x, y): NaN from non-NaNs is a domain error, an infinity from finite
 * arguments an overflow. */
static bool math_2(AwState *S, const char *name, int argc, Value *argv,
                   Tuple *kwnames, double (*f)(double, double), Value *out)
{
    double x, y, r;
    if (!awmath_npos(S, name, argc, kwnames, 2, 2) ||
        !awmath_as_double(S, argv[0], &x) || !awmath_as_double(S, argv[1], &y))
        return false;
    r = f(x, y);
    errno = 0;
    if (isnan(r) && !isnan(x) && !isnan(y))
        errno = EDOM;
    else if (isinf(r) && isfinite(x) && isfinite(y))
        errno = ERANGE;
    if (errno && range_error(S, r))
        return false;
    return float_out(r, out);
}

/* ------------------------------------------------------------------ */
/* Functions libm lacks or gets differently from CPython               */

static const double PI = 3.141592653589793238462643383279502884197;
static const double LOG_PI = 1.144729885849400174143427351353058711647;

/* sin(pi * x), exact at integers and half-integers, for finite x: the
 * reflection formula of gamma needs it. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break; /* not -sin(pi*(y-1)): -0.0 */
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* The Lanczos approximation CPython uses (N = 13, g = 6.0246800407767...,
 * Boost's parameters) written as a rational function, so that gamma and
 * lgamma give CPython's digits, not the C library's. */
#define LANCZOS_N 13
static const double LANCZOS_G = 6.024680040776729583740234375;
static const double LANCZOS_G_HALF = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* x (x+1) ... (x+11) expanded */
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
    1925.0,    66.0,       1.0};

/* The Lanczos sum for x > 0; for x >= 5 it is evaluated in 1/x, which
 * avoids overflow and is more accurate there. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* Gamma of small positive integers, exact. */
static const double gamma_int[] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};
#define N_GAMMA_INT ((int)(sizeof gamma_int / sizeof *gamma_int))

/* pow(y, e) split in two halves for large e, where one pow would
 * overflow before the other factor brings it back. */
static double scaled_pow(double r, double y, double absx, bool divide)
{
    if (absx < 140.0)
        return divide ? r / pow(y, absx - 0.5) : r * pow(y, absx - 0.5);
    double half = pow(y, absx / 2.0 - 0.25);
    return divide ? r / half / half : r * half * half;
}

static double lanczos_gamma(double x, double absx)
{
    double y = absx + LANCZOS_G_HALF, z;
    /* y is rounded; z * g / y corrects for the error of that sum. */
    if (absx > LANCZOS_G_HALF)
        z = (y - absx) - LANCZOS_G_HALF;
    else
        z = (y - LANCZOS_G_HALF) - absx;
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        return scaled_pow(r, y, absx, true);
    }
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    return scaled_pow(r, y, absx, false);
}

static double c_gamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= N_GAMMA_INT)
            return gamma_int[(int)x - 1];
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    r = lanczos_gamma(x, absx);
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double c_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0)
        r = LOG_PI - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double c_atan2(double y, double x)
{
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x))
            return copysign(copysign(1., x) == 1. ? 0.25 * PI : 0.75 * PI, y);
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.)
        return copysign(copysign(1., x) == 1. ? 0. : PI, y);
    return atan2(y, x);
}

/* IEEE 754 remainder, exact: x - n*y for the integer n nearest x/y, ties
 * to even. m is compared with absy - m rather than with absy / 2, which
 * might not be representable. */
static double c_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy);
        double c = absy - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else /* a tie: keep m when the multiple below is even */
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    return isinf(x) ? NAN : x;
}

/* log, log2 and log10 with the special cases fixed and EDOM for zero and
 * negative arguments. */
static double log_special(double x, double (*f)(double))
{
    if (isfinite(x)) {
        if (x > 0.0)
            return f(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double c_log(double x) { return log_special(x, log); }
static double c_log2(double x) { return log_special(x, log2); }
static double c_log10(double x) { return log_special(x, log10); }
static double c_log1p(double x) { return x == 0.0 ? x : log1p(x); }

/* ------------------------------------------------------------------ */
/* One- and two-argument wrappers                                      */

#define FUNC1(name, fn, ovf)                                                 \
    static bool m_##name(AwState *S, int argc, Value *argv,                  \
                         Tuple *kwnames, Value *out)                         \
    {                                                                        \
        return awmath_one(S, "math." #name, argc, kwnames) &&                \
               math_1(S, argv[0], fn, ovf, out);                             \
    }
#define FUNC1A(name, fn)                                                     \
    static bool m_##name(AwState *S, int argc, Value *argv,                  \
                         Tuple *kwnames, Value *out)                         \
    {                                                                        \
        return awmath_one(S, "math." #name, argc, kwnames) &&                \
               math_1a(S, argv[0], fn, out);                                 \
    }
#define FUNC2(name, fn)                                                      \
    static bool m_##name(AwState *S, int argc, Value *argv,                  \
                         Tuple *kwnames, Value *out)                         \
    {                                                                        \
        return math_2(S, #name, argc, argv, kwnames, fn, out);               \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, c_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1A(gamma, c_gamma)
FUNC1A(lgamma, c_lgamma)
FUNC2(atan2, c_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, c_remainder)

/* ------------------------------------------------------------------ */
/* Logarithms: ints of any size work                                   */

/* A positive big int as m * 2**e with 0.5 <= m < 1, m rounded to 53 bits
 * (CPython's _PyLong_Frexp). */
static bool bigint_frexp(AwState *S, Value v, double *m, int64_t *e)
{
    const mp_int *n = &AS_BIGINT(v)->n;
    int bits = mp_count_bits(n);
    mp_int t;
    mp_err err = mp_init(&t);
    if (err == MP_OKAY)
        err = mp_div_2d(n, bits - 64, &t, NULL);
    if (err != MP_OKAY) {
        mp_clear(&t);
        return awerr_nomem(S);
    }
    uint64_t top = mp_get_mag_u64(&t);
    mp_clear(&t);
    if (mp_cnt_lsb(n) < bits - 64)
        top |= 1; /* sticky: bits below the top 64 are not all zero */
    int e2;
    *m = frexp((double)top, &e2); /* the cast rounds to 53 bits */
    *e = (int64_t)e2 + bits - 64;
    return true;
}

/* log-like f of x; an int is handled exactly, even beyond float range. */
static bool log_helper(AwState *S, Value x, double (*f)(double), Value *out)
{
    x = awclass_unbox(x);
    if (!IS_ANYINT(x) && !IS_BOOL(x))
        return math_1(S, x, f, false, out);
    if (awint_sign(IS_BOOL(x) ? INT_VAL(AS_BOOL(x)) : x) <= 0)
        return awerr_format(S, EXC_ValueError, "math domain error");
    double d;
    if (IS_BIGINT(x) && mp_count_bits(&AS_BIGINT(x)->n) > DBL_MAX_EXP) {
        int64_t e;
        if (!bigint_frexp(S, x, &d, &e))
            return false;
        return float_out(f(d) + f(2.0) * (double)e, out);
    }
    if (!awint_to_double(S, x, &d)) {
        /* rounds up to 2**1024: the same as the frexp path */
        if (!awerr_matches(S, EXC_TYPE(S, OverflowError)))
            return false;
        awerr_clear(S);
        int64_t e;
        if (!bigint_frexp(S, x, &d, &e))
            return false;
        return float_out(f(d) + f(2.0) * (double)e, out);
    }
    return float_out(f(d), out);
}

static bool m_log_any(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awmath_nokw(S, "log", kwnames))
        return false;
    if (argc < 1 || argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "math.log requires 1 to 2 arguments");
    Value num, den;
    if (!log_helper(S, argv[0], c_log, &num))
        return false;
    if (argc == 1) {
        *out = num;
        return true;
    }
    if (!log_helper(S, argv[1], c_log, &den))
        return false;
    return awnum_binop(S, BINOP_TRUEDIV, num, den, out);
}

static bool m_log2_any(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    return awmath_one(S, "math.log2", argc, kwnames) &&
           log_helper(S, argv[0], c_log2, out);
}

static bool m_log10_any(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    return awmath_one(S, "math.log10", argc, kwnames) &&
           log_helper(S, argv[0], c_log10, out);
}

/* ------------------------------------------------------------------ */
/* pow, fmod, ldexp, frexp, modf                                       */

/* x**y with C99's special cases; an infinity from finite operands is a
 * domain error for 0**negative and an overflow otherwise. */
static double pow_special(double x, double y)
{
    if (isnan(x))
        return y == 0. ? 1. : x;
    if (isnan(y))
        return x == 1. ? 1. : y;
    if (isinf(x)) {
        bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0.)
            return odd_y ? x : fabs(x);
        if (y == 0.)
            return 1.;
        return odd_y ? copysign(0., x) : 0.;
    }
    /* y is infinite */
    if (fabs(x) == 1.0)
        return 1.;
    if (y > 0. && fabs(x) > 1.0)
        return y;
    if (y < 0. && fabs(x) < 1.0)
        return -y;
    return 0.;
}

static bool m_pow(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    double x, y, r;
    if (!awmath_npos(S, "pow", argc, kwnames, 2, 2) ||
        !awmath_as_double(S, argv[0], &x) || !awmath_as_double(S, argv[1], &y))
        return false;
    if (!isfinite(x) || !isfinite(y))
        return float_out(pow_special(x, y), out);
    r = pow(x, y);
    errno = 0;
    if (isnan(r))
        errno = EDOM;
    else if (isinf(r))
        errno = x == 0. ? EDOM : ERANGE;
    if (errno && range_error(S, r))
        return false;
    return float_out(r, out);
}

static bool m_fmod(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    double x, y;
    if (!awmath_npos(S, "fmod", argc, kwnames, 2, 2) ||
        !awmath_as_double(S, argv[0], &x) || !awmath_as_double(S, argv[1], &y))
        return false;
    if (isinf(y) && isfinite(x))
        return float_out(x, out);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return awerr_format(S, EXC_ValueError, "math domain error");
    return float_out(r, out);
}

static bool m_ldexp(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    double x, r;
    if (!awmath_npos(S, "ldexp", argc, kwnames, 2, 2) ||
        !awmath_as_double(S, argv[0], &x))
        return false;
    Value i = awclass_unbox(argv[1]);
    if (!IS_ANYINT(i) && !IS_BOOL(i))
        return awerr_format(S, EXC_TypeError,
                            "Expected an int as second argument to ldexp.");
    /* exponents beyond int range saturate: the result is 0 or inf */
    int64_t e = IS_BOOL(i) ? AS_BOOL(i) : IS_INT(i) ? AS_INT(i)
                : awint_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0. || !isfinite(x))
        r = x;
    else if (e > INT32_MAX)
        r = copysign(HUGE_VAL, x);
    else if (e < INT32_MIN)
        r = copysign(0., x);
    else
        r = ldexp(x, (int)e);
    if (isinf(r) && !isinf(x))
        return awerr_format(S, EXC_OverflowError, "math range error");
    return float_out(r, out);
}

static bool pair_out(AwState *S, Value a, Value b, Value *out)
{
    Value items[2] = {a, b};
    Tuple *t = awtuple_from_array(S, items, 2);
    if (!t)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

static bool m_frexp(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    double x;
    if (!awmath_one(S, "math.frexp", argc, kwnames) ||
        !awmath_as_double(S, argv[0], &x))
        return false;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return pair_out(S, FLOAT_VAL(x), INT_VAL(e), out);
}

static bool m_modf(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    double x, ip;
    if (!awmath_one(S, "math.modf", argc, kwnames) ||
        !awmath_as_double(S, argv[0], &x))
        return false;
    if (isinf(x))
        return pair_out(S, FLOAT_VAL(copysign(0., x)), FLOAT_VAL(x), out);
    if (isnan(x))
        return pair_out(S, FLOAT_VAL(x), FLOAT_VAL(x), out);
    double frac = modf(x, &ip);
    return pair_out(S, FLOAT_VAL(frac), FLOAT_VAL(ip), out);
}

/* ------------------------------------------------------------------ */
/* floor, ceil, trunc: ints, through __floor__ & co. for non-floats   */

/* The number inside an instance of a class of int or float whose
 * special method is still the builtin one (the result is the same, and
 * a class that overrides it gets its own called). */
static Value unbox_plain(AwState *S, Value x, const char *special)
{
    Value u = awclass_unbox(x);
    if (aw_value_is(u, x))
        return x;
    String *n = awstr_intern_cstr(S, special);
    if (!n) {
        awerr_clear(S);
        return x;
    }
    Value mine = awtype_lookup(S, awobj_type(S, x), n);
    Value base = awtype_lookup(S, awobj_type(S, u), n);
    return aw_value_is(mine, base) ? u : x;
}

static bool round_to_int(AwState *S, const char *qual, const char *special,
                         double (*f)(double), int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    if (!awmath_one(S, qual, argc, kwnames))
        return false;
    Value x = unbox_plain(S, argv[0], special);
    if (IS_FLOAT(x))
        return awint_from_double(S, f(AS_FLOAT(x)), out);
    if (IS_BOOL(x) || IS_ANYINT(x)) {
        *out = IS_BOOL(x) ? INT_VAL(AS_BOOL(x)) : x;
        return true;
    }
    int found = awmath_call_special(S, x, special, out);
    if (found != 0)
        return found > 0;
    double d;
    if (!awmath_as_double(S, x, &d))
        return false;
    return awint_from_double(S, f(d), out);
}

static bool m_floor(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    return round_to_int(S, "math.floor", "__floor__", floor, argc, argv,
                        kwnames, out);
}

static bool m_ceil(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return round_to_int(S, "math.ceil", "__ceil__", ceil, argc, argv,
                        kwnames, out);
}

static bool m_trunc(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awmath_one(S, "math.trunc", argc, kwnames))
        return false;
    Value x = unbox_plain(S, argv[0], "__trunc__");
    if (IS_FLOAT(x))
        return awint_from_double(S, trunc(AS_FLOAT(x)), out);
    if (IS_BOOL(x) || IS_ANYINT(x)) {
        *out = IS_BOOL(x) ? INT_VAL(AS_BOOL(x)) : x;
        return true;
    }
    int found = awmath_call_special(S, x, "__trunc__", out);
    if (found != 0)
        return found > 0;
    return awerr_format(S, EXC_TypeError,
                        "type %s doesn't define __trunc__ method",
                        awobj_typename(S, x));
}

/* ------------------------------------------------------------------ */
/* Predicates, angles, ulp, nextafter, isclose                         */

static bool one_double(AwState *S, const char *qual, int argc, Value *argv,
                       Tuple *kwnames, double *x)
{
    return awmath_one(S, qual, argc, kwnames) &&
           awmath_as_double(S, argv[0], x);
}

static bool m_isfinite(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    double x;
    if (!one_double(S, "math.isfinite", argc, argv, kwnames, &x))
        return false;
    *out = BOOL_VAL(isfinite(x));
    return true;
}

static bool m_isinf(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    double x;
    if (!one_double(S, "math.isinf", argc, argv, kwnames, &x))
        return false;
    *out = BOOL_VAL(isinf(x));
    return true;
}

static bool m_isnan(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    double x;
    if (!one_double(S, "math.isnan", argc, argv, kwnames, &x))
        return false;
    *out = BOOL_VAL(isnan(x));
    return true;
}

static bool m_degrees(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    double x;
    return one_double(S, "math.degrees", argc, argv, kwnames, &x) &&
           float_out(x * (180.0 / PI), out);
}

static bool m_radians(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    double x;
    return one_double(S, "math.radians", argc, argv, kwnames, &x) &&
           float_out(x * (PI / 180.0), out);
}

static bool m_ulp(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    double x;
    if (!one_double(S, "math.ulp", argc, argv, kwnames, &x))
        return false;
    if (isnan(x))
        return float_out(x, out);
    x = fabs(x);
    if (isinf(x))
        return float_out(x, out);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) /* x is the largest float: measure downwards */
        return float_out(x - nextafter(x, -INFINITY), out);
    return float_out(up - x, out);
}

static bool m_nextafter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    double x, y;
    if (!awmath_npos(S, "nextafter", argc, kwnames, 2, 2) ||
        !awmath_as_double(S, argv[0], &x) || !awmath_as_double(S, argv[1], &y))
        return false;
    return float_out(nextafter(x, y), out);
}

static bool m_isclose(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4];
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "isclose() takes exactly 2 positional arguments "
                            "(%d given)",
                            argc);
    if (!awarg_unpack(S, "isclose", argc, argv, kwnames, 2, 4, kw, v))
        return false;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (!awmath_as_double(S, v[0], &a) || !awmath_as_double(S, v[1], &b) ||
        (!IS_NULL(v[2]) && !awmath_as_double(S, v[2], &rel)) ||
        (!IS_NULL(v[3]) && !awmath_as_double(S, v[3], &abs_tol)))
        return false;
    if (rel < 0.0 || abs_tol < 0.0)
        return awerr_format(S, EXC_ValueError,
                            "tolerances must be non-negative");
    bool r;
    if (a == b)
        r = true; /* also two infinities of the same sign */
    else if (isinf(a) || isinf(b))
        r = false;
    else {
        double diff = fabs(b - a);
        r = diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol;
    }
    *out = BOOL_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* fsum: Shewchuk's exact partial sums, rounded once at the end        */

typedef struct Partials {
    AwState *S;
    double stack[32], *p;
    size_t n, cap;
} Partials;

static bool partials_push(Partials *ps, double x)
{
    if (ps->n == ps->cap) {
        size_t cap = ps->cap * 2;
        double *p = awmem_alloc(ps->S, cap * sizeof(double));
        if (!p)
            return awerr_nomem(ps->S);
        memcpy(p, ps->p, ps->n * sizeof(double));
        if (ps->p != ps->stack)
            awmem_free(ps->S, ps->p, ps->cap * sizeof(double));
        ps->p = p;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return true;
}

/* Adds x to the partials: each step splits a sum into its rounded value
 * hi and the exact error lo, keeping only the non-zero errors. volatile
 * keeps the compiler from simplifying y - (hi - x) to zero. */
static double partials_add(Partials *ps, double x)
{
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        volatile double hi = x + y;
        volatile double yr = hi - x;
        double lo = y - yr;
        if (lo != 0.0)
            ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    return x;
}

/* The correctly rounded (half-even) sum of the partials. */
static double partials_total(Partials *ps)
{
    size_t n = ps->n;
    if (n == 0)
        return 0.0;
    volatile double hi = ps->p[--n], lo = 0.0, yr;
    double x, y;
    while (n > 0) {
        x = hi;
        y = ps->p[--n];
        hi = x + y;
        yr = hi - x;
        lo = y - yr;
        if (lo != 0.0)
            break;
    }
    /* lo was rounded away; when the next partial pushes the same way,
     * the true sum lies past the halfway point: round the other way. */
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) ||
                  (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        y = lo * 2.0;
        x = hi + y;
        yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

/* One item of fsum: 1 go on, 0 done, -1 error. */
static int fsum_step(AwState *S, Partials *ps, Value it, double *special,
                     double *inf_sum)
{
    Value item;
    int r = awobj_next(S, it, &item);
    if (r <= 0)
        return r;
    double x;
    awgc_push(S, item);
    bool ok = awmath_as_double(S, item, &x);
    awgc_pop(S, 1);
    if (!ok)
        return -1;
    double xsave = x;
    x = partials_add(ps, x);
    if (x == 0.0)
        return 1;
    if (!isfinite(x)) {
        /* an overflow of the partial sums, or an inf or nan summand */
        if (isfinite(xsave)) {
            awerr_format(S, EXC_OverflowError, "intermediate overflow in fsum");
            return -1;
        }
        if (isinf(xsave))
            *inf_sum += xsave;
        *special += xsave;
        ps->n = 0;
        return 1;
    }
    return partials_push(ps, x) ? 1 : -1;
}

static bool m_fsum(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    Value it;
    if (!awmath_one(S, "math.fsum", argc, kwnames) ||
        !awobj_iter(S, argv[0], &it))
        return false;
    awgc_push(S, it);
    Partials ps = {.S = S, .n = 0, .cap = 32};
    ps.p = ps.stack;
    double special = 0.0, inf_sum = 0.0;
    int r;
    while ((r = fsum_step(S, &ps, it, &special, &inf_sum)) > 0)
        ;
    awgc_pop(S, 1);
    bool ok = r == 0;
    if (ok && special != 0.0) {
        if (isnan(inf_sum))
            ok = awerr_format(S, EXC_ValueError, "-inf + inf in fsum");
        else
            *out = FLOAT_VAL(special);
    } else if (ok) {
        *out = FLOAT_VAL(partials_total(&ps));
    }
    if (ps.p != ps.stack)
        awmem_free(S, ps.p, ps.cap * sizeof(double));
    return ok;
}

/* ------------------------------------------------------------------ */
/* hypot and dist: CPython's vector norm                               */

/* Three-way compensated accumulation of x into csum (which is kept at
 * least as large as x so no branch is needed). */
static void acc(double *csum, double *frac, double x)
{
    double old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/* sqrt(sum(x**2)) of n finite non-negative values whose maximum is max,
 * almost always correctly rounded: values are scaled by a power of two,
 * squared exactly with a Veltkamp-Dekker split, summed with compensation
 * (starting from 1.0, subtracted at the end), and the square root gets
 * one differential correction. */
static double vector_norm(size_t n, const double *vec, double max,
                          bool found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1 */
    double csum = 1.0, f1 = 0.0, f2 = 0.0, f3 = 0.0, x, t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* 2**-max_e would overflow: divide by max instead */
        for (size_t i = 0; i < n; i++) {
            x = vec[i] / max;
            acc(&csum, &f1, x * x);
        }
        return max * sqrt(csum - 1.0 + f1);
    }
    double scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        acc(&csum, &f1, hi * hi);
        acc(&csum, &f2, 2.0 * hi * lo);
        f3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (f1 + f2 + f3));
    t = h * T27;
    hi = t - (t - h);
    lo = h - hi;
    acc(&csum, &f1, -hi * hi);
    acc(&csum, &f2, -2.0 * hi * lo);
    acc(&csum, &f3, -lo * lo);
    x = csum - 1.0 + (f1 + f2 + f3);
    return (h + x / (2.0 * h)) / scale;
}

static bool norm_of(AwState *S, size_t n, Value *a, Value *b, Value *out)
{
    double stack[16], *v = stack, max = 0.0;
    if (n > 16 && !(v = awmem_alloc(S, n * sizeof(double))))
        return awerr_nomem(S);
    bool ok = true, nan = false;
    for (size_t i = 0; ok && i < n; i++) {
        double x, y = 0.0;
        ok = awmath_as_double(S, a[i], &x) &&
             (!b || awmath_as_double(S, b[i], &y));
        x = fabs(x - y);
        v[i] = x;
        nan |= isnan(x);
        if (x > max)
            max = x;
    }
    if (ok)
        *out = FLOAT_VAL(vector_norm(n, v, max, nan));
    if (v != stack)
        awmem_free(S, v, n * sizeof(double));
    return ok;
}

static bool m_hypot(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    return awmath_nokw(S, "math.hypot", kwnames) &&
           norm_of(S, (size_t)argc, argv, NULL, out);
}

static bool m_dist(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awmath_npos(S, "dist", argc, kwnames, 2, 2))
        return false;
    for (int i = 0; i < 2; i++) {
        if (IS_TUPLE(argv[i]))
            continue;
        Tuple *t = awtuple_from_iterable(S, argv[i]);
        if (!t)
            return false;
        argv[i] = OBJ_VAL(t); /* argv is rooted scratch space */
    }
    Tuple *p = AS_TUPLE(argv[0]), *q = AS_TUPLE(argv[1]);
    if (p->len != q->len)
        return awerr_format(S, EXC_ValueError,
                            "both points must have the same number of "
                            "dimensions");
    return norm_of(S, p->len, p->items, q->items, out);
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef math_funcs[] = {
    {"acos", m_acos, MF_STATIC},
    {"acosh", m_acosh, MF_STATIC},
    {"asin", m_asin, MF_STATIC},
    {"asinh", m_asinh, MF_STATIC},
    {"atan", m_atan, MF_STATIC},
    {"atan2", m_atan2, MF_STATIC},
    {"atanh", m_atanh, MF_STATIC},
    {"cbrt", m_cbrt, MF_STATIC},
    {"ceil", m_ceil, MF_STATIC},
    {"copysign", m_copysign, MF_STATIC},
    {"cos", m_cos, MF_STATIC},
    {"cosh", m_cosh, MF_STATIC},
    {"degrees", m_degrees, MF_STATIC},
    {"dist", m_dist, MF_STATIC},
    {"erf", m_erf, MF_STATIC},
    {"erfc", m_erfc, MF_STATIC},
    {"exp", m_exp, MF_STATIC},
    {"exp2", m_exp2, MF_STATIC},
    {"expm1", m_expm1, MF_STATIC},
    {"fabs", m_fabs, MF_STATIC},
    {"floor", m_floor, MF_STATIC},
    {"fmod", m_fmod, MF_STATIC},
    {"frexp", m_frexp, MF_STATIC},
    {"fsum", m_fsum, MF_STATIC},
    {"gamma", m_gamma, MF_STATIC},
    {"hypot", m_hypot, MF_STATIC},
    {"isclose", m_isclose, MF_STATIC},
    {"isfinite", m_isfinite, MF_STATIC},
    {"isinf", m_isinf, MF_STATIC},
    {"isnan", m_isnan, MF_STATIC},
    {"ldexp", m_ldexp, MF_STATIC},
    {"lgamma", m_lgamma, MF_STATIC},
    {"log", m_log_any, MF_STATIC},
    {"log10", m_log10_any, MF_STATIC},
    {"log1p", m_log1p, MF_STATIC},
    {"log2", m_log2_any, MF_STATIC},
    {"modf", m_modf, MF_STATIC},
    {"nextafter", m_nextafter, MF_STATIC},
    {"pow", m_pow, MF_STATIC},
    {"radians", m_radians, MF_STATIC},
    {"remainder", m_remainder, MF_STATIC},
    {"sin", m_sin, MF_STATIC},
    {"sinh", m_sinh, MF_STATIC},
    {"sqrt", m_sqrt, MF_STATIC},
    {"tan", m_tan, MF_STATIC},
    {"tanh", m_tanh, MF_STATIC},
    {"trunc", m_trunc, MF_STATIC},
    {"ulp", m_ulp, MF_STATIC},
    {NULL, NULL, 0},
};

bool awmod_math_init(AwState *S, Module *m)
{
    return awmodule_add_funcs(S, m, math_funcs) &&
           awmodule_add_funcs(S, m, awmath_int_funcs) &&
           awmodule_set(S, m, "pi", FLOAT_VAL(PI)) &&
           awmodule_set(S, m, "e", FLOAT_VAL(2.718281828459045235360287)) &&
           awmodule_set(S, m, "tau", FLOAT_VAL(2.0 * PI)) &&
           awmodule_set(S, m, "inf", FLOAT_VAL(INFINITY)) &&
           awmodule_set(S, m, "nan", FLOAT_VAL(NAN));
}
