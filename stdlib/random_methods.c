/* The methods CPython's random.py writes in Python on top of the
 * generator: randrange, randint, choice, shuffle, sample, choices and the
 * distributions. Each follows random.py step by step (the same draws in
 * the same order, the same arithmetic on the caller's numbers) so that
 * seeded sequences match CPython's. */
#include <math.h>
#include <string.h>

#include "stdlib/mod_math.h"
#include "stdlib/random.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

static const double PI = 3.141592653589793238462643383279502884197;
static const double E = 2.718281828459045235360287;

/* a op b with Python's semantics. The operands are rooted while the
 * result is made: in a chain of operations they are often the only
 * reference to an intermediate result. */
static bool op(AwState *S, int o, Value a, Value b, Value *out)
{
    awgc_push(S, a);
    awgc_push(S, b);
    bool ok = awobj_binop(S, o, a, b, out);
    awgc_pop(S, 2);
    return ok;
}

/* Python's float % (the sign of the divisor). */
static double py_fmod(double x, double y)
{
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

/* mu + z * sigma */
static bool affine(AwState *S, Value mu, double z, Value sigma, Value *out)
{
    Value t;
    return op(S, BINOP_MUL, FLOAT_VAL(z), sigma, &t) &&
           op(S, BINOP_ADD, mu, t, out);
}

static Value opt(Value v, Value dflt)
{
    return IS_NULL(v) ? dflt : v;
}

/* ------------------------------------------------------------------ */
/* randrange, randint                                                  */

/* _index(v); for a non-int, int(v) when it equals v (random.py's
 * deprecated path, without the warning). */
static bool range_arg(AwState *S, Value v, const char *what, Value *out)
{
    if (awobj_index(S, v, out))
        return true;
    if (!awerr_matches(S, EXC_TYPE(S, TypeError)))
        return false;
    awerr_clear(S);
    Value arg[1] = {v};
    if (!awobj_call(S, OBJ_VAL(TYPE(S, INT)), 1, arg, NULL, out))
        return false;
    int eq = awobj_eq(S, *out, v);
    if (eq < 0)
        return false;
    if (!eq)
        return awerr_format(S, EXC_ValueError,
                            "non-integer %s for randrange()", what);
    return true;
}

static bool empty_range3(AwState *S, Value a, Value b, Value w)
{
    StrBuf buf;
    awbuf_init(S, &buf);
    awbuf_puts(&buf, "empty range for randrange() (");
    bool ok = awbuf_str(&buf, a);
    awbuf_puts(&buf, ", ");
    ok = ok && awbuf_str(&buf, b);
    awbuf_puts(&buf, ", ");
    ok = ok && awbuf_str(&buf, w);
    awbuf_puts(&buf, ")");
    String *s = ok ? awbuf_finish(&buf) : NULL;
    if (!ok)
        awbuf_free(&buf);
    return s ? awerr_str(S, EXC_ValueError, s) : false;
}

/* start + step * _randbelow(n) for n > 0 */
static bool pick(AwState *S, RandState *r, Value start, Value step, Value n,
                 Value *out)
{
    Value k;
    if (!awrandom_below(S, r, n, &k))
        return false;
    if (!IS_NULL(step) && !op(S, BINOP_MUL, step, k, &k))
        return false;
    return op(S, BINOP_ADD, start, k, out);
}

/* v is 1 as random.py's `step is _ONE` sees it */
static bool is_one(Value v)
{
    return IS_NULL(v) || (IS_INT(v) && AS_INT(v) == 1);
}

static bool randrange(AwState *S, RandState *r, Value start, Value stop,
                      Value step, Value *out)
{
    Value v[4]; /* istart, istop, width, istep: rooted below */
    memset(v, 0, sizeof v);
    size_t base = S->nroots;
    bool ok = range_arg(S, start, "arg 1", &v[0]);
    awgc_push(S, v[0]);
    if (ok && (IS_NULL(stop) || IS_NONE(stop))) {
        if (!is_one(step))
            ok = awerr_format(S, EXC_TypeError,
                              "Missing a non-None stop argument");
        else if (awint_sign(v[0]) > 0)
            ok = awrandom_below(S, r, v[0], out);
        else
            ok = awerr_format(S, EXC_ValueError,
                              "empty range for randrange()");
        awgc_pop(S, S->nroots - base);
        return ok;
    }
    ok = ok && range_arg(S, stop, "stop", &v[1]);
    awgc_push(S, v[1]);
    ok = ok && op(S, BINOP_SUB, v[1], v[0], &v[2]);
    awgc_push(S, v[2]);
    ok = ok && range_arg(S, opt(step, INT_VAL(1)), "step", &v[3]);
    awgc_push(S, v[3]);
    if (ok && IS_INT(v[3]) && AS_INT(v[3]) == 1) {
        if (awint_sign(v[2]) > 0)
            ok = pick(S, r, v[0], NULL_VAL, v[2], out);
        else
            ok = empty_range3(S, v[0], v[1], v[2]);
    } else if (ok) {
        int sign = awint_sign(v[3]);
        Value n;
        if (sign == 0) {
            ok = awerr_format(S, EXC_ValueError, "zero step for randrange()");
        } else {
            /* n = (width + step -/+ 1) // step */
            ok = op(S, BINOP_ADD, v[2], v[3], &n) &&
                 op(S, BINOP_ADD, n, INT_VAL(sign > 0 ? -1 : 1), &n) &&
                 op(S, BINOP_FLOORDIV, n, v[3], &n);
            if (ok && awint_sign(n) <= 0)
                ok = awerr_format(S, EXC_ValueError,
                                  "empty range for randrange()");
            awgc_push(S, n);
            ok = ok && pick(S, r, v[0], v[3], n, out);
        }
    }
    awgc_pop(S, S->nroots - base);
    return ok;
}

static bool m_randrange(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    static const char *const names[] = {"start", "stop", "step"};
    Value a[3];
    RandState *r = awrandom_state(S, argv[0], "randrange");
    return r &&
           awrandom_args(S, "randrange", argc - 1, argv + 1, kwnames, names,
                         1, 3, 3, a) &&
           randrange(S, r, a[0], a[1], a[2], out);
}

static bool m_randint(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const names[] = {"a", "b"};
    Value a[2], stop;
    RandState *r = awrandom_state(S, argv[0], "randint");
    if (!r || !awrandom_args(S, "randint", argc - 1, argv + 1, kwnames,
                             names, 2, 2, 2, a))
        return false;
    /* fast path: small ints, the common case */
    if (IS_INT(a[0]) && IS_INT(a[1]) && AS_INT(a[1]) < INT64_MAX &&
        AS_INT(a[0]) <= AS_INT(a[1]) &&
        (uint64_t)AS_INT(a[1]) - (uint64_t)AS_INT(a[0]) < INT64_MAX) {
        uint64_t n = (uint64_t)AS_INT(a[1]) - (uint64_t)AS_INT(a[0]) + 1;
        *out = INT_VAL(AS_INT(a[0]) + (int64_t)awrandom_below64(r, n));
        return true;
    }
    if (!op(S, BINOP_ADD, a[1], INT_VAL(1), &stop))
        return false;
    awgc_push(S, stop);
    bool ok = randrange(S, r, a[0], stop, NULL_VAL, out);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* choice, shuffle                                                     */

/* _randbelow(n) for a length n > 0 */
static Value below_len(RandState *r, int64_t n)
{
    return INT_VAL((int64_t)awrandom_below64(r, (uint64_t)n));
}

static bool m_choice(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const names[] = {"seq"};
    Value seq;
    int64_t n;
    RandState *r = awrandom_state(S, argv[0], "choice");
    if (!r || !awrandom_args(S, "choice", argc - 1, argv + 1, kwnames, names,
                             1, 1, 1, &seq) ||
        !awobj_len(S, seq, &n))
        return false;
    if (n == 0)
        return awerr_format(S, EXC_IndexError,
                            "Cannot choose from an empty sequence");
    return awobj_getitem(S, seq, below_len(r, n), out);
}

/* x[i], x[j] = x[j], x[i] */
static bool swap(AwState *S, Value x, Value i, Value j)
{
    Value a, b;
    if (!awobj_getitem(S, x, j, &a))
        return false;
    awgc_push(S, a);
    bool ok = awobj_getitem(S, x, i, &b);
    awgc_push(S, b);
    ok = ok && awobj_setitem(S, x, i, a) && awobj_setitem(S, x, j, b);
    awgc_pop(S, 2);
    return ok;
}

static bool m_shuffle(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const names[] = {"x"};
    Value x;
    int64_t n;
    RandState *r = awrandom_state(S, argv[0], "shuffle");
    if (!r || !awrandom_args(S, "shuffle", argc - 1, argv + 1, kwnames,
                             names, 1, 1, 1, &x) ||
        !awobj_len(S, x, &n))
        return false;
    bool plain = IS_LIST(x) && AS_OBJ(x)->type == TYPE(S, LIST);
    for (int64_t i = n - 1; i >= 1; i--) {
        int64_t j = (int64_t)awrandom_below64(r, (uint64_t)i + 1);
        List *l = AS_LIST(x);
        if (plain && (size_t)i < l->len) {
            Value t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        } else if (!swap(S, x, INT_VAL(i), INT_VAL(j))) {
            return false;
        }
    }
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* sample                                                              */

/* isinstance(v, collections.abc.Sequence) for the builtin sequences */
static bool is_sequence(Value v)
{
    if (!IS_OBJ(v))
        return false;
    int k = AS_OBJ(v)->kind;
    return k == OBJ_LIST || k == OBJ_TUPLE || k == OBJ_STR ||
           k == OBJ_BYTES || k == OBJ_RANGE;
}

/* A set of distinct indexes below n (CPython keeps a Python set). */
typedef struct IndexSet {
    uint64_t *slots; /* value + 1; 0 empty */
    size_t mask;
} IndexSet;

static bool index_add(IndexSet *s, uint64_t v)
{
    size_t i = (size_t)(v * 0x9E3779B97F4A7C15ULL) & s->mask;
    while (s->slots[i]) {
        if (s->slots[i] == v + 1)
            return false;
        i = (i + 1) & s->mask;
    }
    s->slots[i] = v + 1;
    return true;
}

/* pool algorithm: a copy of the population, each pick filled from the
 * end; used while the population is small next to a set of k. */
static bool sample_pool(AwState *S, RandState *r, Value pop, int64_t n,
                        List *res, int64_t k)
{
    List *pool = awlist_from_iterable(S, pop);
    if (!pool)
        return false;
    awgc_push(S, OBJ_VAL(pool));
    bool ok = (int64_t)pool->len == n ||
              awerr_format(S, EXC_RuntimeError, "population changed size");
    for (int64_t i = 0; ok && i < k; i++) {
        int64_t j = (int64_t)awrandom_below64(r, (uint64_t)(n - i));
        res->items[i] = pool->items[j];
        pool->items[j] = pool->items[n - i - 1];
    }
    awgc_pop(S, 1);
    return ok;
}

/* set algorithm: draw indexes, redrawing the ones already chosen. */
static bool sample_set(AwState *S, RandState *r, Value pop, int64_t n,
                       List *res, int64_t k)
{
    size_t cap = 16;
    while (cap < (size_t)k * 2)
        cap *= 2;
    IndexSet set = {awmem_alloc(S, cap * sizeof(uint64_t)), cap - 1};
    if (!set.slots)
        return awerr_nomem(S);
    memset(set.slots, 0, cap * sizeof(uint64_t));
    bool ok = true;
    for (int64_t i = 0; ok && i < k; i++) {
        uint64_t j;
        do
            j = awrandom_below64(r, (uint64_t)n);
        while (!index_add(&set, j));
        Value item;
        ok = awobj_getitem(S, pop, INT_VAL((int64_t)j), &item);
        if (ok)
            res->items[i] = item;
    }
    awmem_free(S, set.slots, cap * sizeof(uint64_t));
    return ok;
}

/* The running sums of an iterable (itertools.accumulate) as a list. */
static List *accumulate(AwState *S, Value iterable)
{
    List *l = awlist_from_iterable(S, iterable);
    if (!l)
        return NULL;
    awgc_push(S, OBJ_VAL(l));
    bool ok = true;
    for (size_t i = 1; ok && i < l->len; i++) {
        Value s;
        ok = op(S, BINOP_ADD, l->items[i - 1], l->items[i], &s);
        if (ok && i < l->len)
            l->items[i] = s;
    }
    awgc_pop(S, 1);
    return ok ? l : NULL;
}

/* bisect.bisect_right(a, x, lo, hi) */
static int64_t bisect_right(AwState *S, Value a, Value x, int64_t lo,
                            int64_t hi)
{
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value item;
        if (!awobj_getitem(S, a, INT_VAL(mid), &item))
            return -1;
        int lt = awobj_compare(S, x, item, CMP_LT);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static bool sample(AwState *S, RandState *r, Value pop, Value kv,
                   Value counts, Value *out);

/* sample(..., counts=c): a sample of range(total) mapped back through
 * the running counts. */
static bool sample_counts(AwState *S, RandState *r, Value pop, int64_t n,
                          Value kv, Value counts, Value *out)
{
    List *cum = accumulate(S, counts);
    if (!cum)
        return false;
    awgc_push(S, OBJ_VAL(cum));
    bool ok = true;
    Value total = NULL_VAL, sel = NULL_VAL;
    if ((int64_t)cum->len != n)
        ok = awerr_format(S, EXC_ValueError,
                          "The number of counts does not match the "
                          "population");
    else if (cum->len == 0)
        ok = awerr_format(S, EXC_IndexError, "pop from empty list");
    else
        total = cum->items[--cum->len];
    if (ok && !IS_ANYINT(total) && !IS_BOOL(total))
        ok = awerr_format(S, EXC_TypeError, "Counts must be integers");
    if (ok && awint_sign(total) <= 0)
        ok = awerr_format(S, EXC_ValueError,
                          "Total of counts must be greater than zero");
    if (ok && IS_BIGINT(total))
        ok = awerr_format(S, EXC_OverflowError,
                          "Python int too large to convert to C ssize_t");
    Value range = NULL_VAL;
    if (ok)
        range = awrange_new(S, 0, IS_BOOL(total) ? 1 : AS_INT(total), 1);
    awgc_push(S, range);
    ok = ok && !IS_NULL(range) && sample(S, r, range, kv, NULL_VAL, &sel);
    awgc_push(S, sel);
    for (size_t i = 0; ok && i < AS_LIST(sel)->len; i++) {
        int64_t j = bisect_right(S, OBJ_VAL(cum), AS_LIST(sel)->items[i], 0,
                                 (int64_t)cum->len);
        Value item;
        ok = j >= 0 && awobj_getitem(S, pop, INT_VAL(j), &item);
        if (ok)
            AS_LIST(sel)->items[i] = item;
    }
    awgc_pop(S, 3);
    if (ok)
        *out = sel;
    return ok;
}

static bool sample(AwState *S, RandState *r, Value pop, Value kv,
                   Value counts, Value *out)
{
    int64_t n, k;
    Value ki;
    if (!is_sequence(pop))
        return awerr_format(S, EXC_TypeError,
                            "Population must be a sequence.  For dicts or "
                            "sets, use sorted(d).");
    if (!awobj_len(S, pop, &n))
        return false;
    if (!IS_NULL(counts) && !IS_NONE(counts))
        return sample_counts(S, r, pop, n, kv, counts, out);
    if (!awobj_index(S, kv, &ki)) {
        awerr_clear(S);
        return awerr_format(S, EXC_TypeError,
                            "can't multiply sequence by non-int of type '%s'",
                            awobj_typename(S, kv));
    }
    if (awint_sign(ki) < 0 || IS_BIGINT(ki) || AS_INT(ki) > n)
        return awerr_format(S, EXC_ValueError,
                            "Sample larger than population or is negative");
    k = AS_INT(ki);
    List *res = awlist_new(S, (size_t)k);
    if (!res)
        return false;
    for (int64_t i = 0; i < k; i++)
        res->items[i] = NONE_VAL;
    res->len = (size_t)k;
    awgc_push(S, OBJ_VAL(res));
    int64_t setsize = 21; /* the sizes of a small set and a list */
    if (k > 5) {
        int e = (int)ceil(log((double)(k * 3)) / log(4.0));
        setsize += e >= 31 ? INT64_MAX / 2 : (int64_t)1 << (2 * e);
    }
    bool ok = n <= setsize ? sample_pool(S, r, pop, n, res, k)
                           : sample_set(S, r, pop, n, res, k);
    awgc_pop(S, 1);
    *out = OBJ_VAL(res);
    return ok;
}

static bool m_sample(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const names[] = {"population", "k", "counts"};
    Value a[3];
    RandState *r = awrandom_state(S, argv[0], "sample");
    return r &&
           awrandom_args(S, "sample", argc - 1, argv + 1, kwnames, names, 2,
                         2, 3, a) &&
           sample(S, r, a[0], a[1], a[2], out);
}

/* ------------------------------------------------------------------ */
/* choices                                                             */

/* k items of population at floor(random() * n) */
static bool choices_plain(AwState *S, RandState *r, Value pop, int64_t n,
                          int64_t k, List *res)
{
    for (int64_t i = 0; i < k; i++) {
        Value idx, item;
        if (!awint_from_double(S, floor(awrandom_double(r) * (double)n),
                               &idx) ||
            !awobj_getitem(S, pop, idx, &item) ||
            !awlist_append(S, res, item))
            return false;
    }
    return true;
}

/* total = cum[-1] + 0.0, checked as random.py checks it */
static bool weights_total(AwState *S, List *cum, double *total)
{
    if (cum->len == 0)
        return awerr_format(S, EXC_IndexError, "list index out of range");
    Value t;
    if (!op(S, BINOP_ADD, cum->items[cum->len - 1], FLOAT_VAL(0.0), &t))
        return false;
    awgc_push(S, t);
    int le = awobj_compare(S, t, FLOAT_VAL(0.0), CMP_LE);
    bool ok = le >= 0 && awmath_as_double(S, t, total);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    if (le)
        return awerr_format(S, EXC_ValueError,
                            "Total of weights must be greater than zero");
    if (!isfinite(*total))
        return awerr_format(S, EXC_ValueError,
                            "Total of weights must be finite");
    return true;
}

static bool choices_weighted(AwState *S, RandState *r, Value pop, int64_t n,
                             List *cum, int64_t k, List *res)
{
    double total;
    if ((int64_t)cum->len != n)
        return awerr_format(S, EXC_ValueError,
                            "The number of weights does not match the "
                            "population");
    if (!weights_total(S, cum, &total))
        return false;
    for (int64_t i = 0; i < k; i++) {
        Value x = FLOAT_VAL(awrandom_double(r) * total), item;
        int64_t j = bisect_right(S, OBJ_VAL(cum), x, 0, n - 1);
        if (j < 0 || !awobj_getitem(S, pop, INT_VAL(j), &item) ||
            !awlist_append(S, res, item))
            return false;
    }
    return true;
}

/* The cumulative weights: from cum_weights as given, or the running sum
 * of weights; a bare int in weights' place was meant as k. */
static List *cumulative(AwState *S, Value weights, Value cum_weights)
{
    if (!IS_NULL(cum_weights) && !IS_NONE(cum_weights)) {
        if (!IS_NULL(weights) && !IS_NONE(weights)) {
            awerr_format(S, EXC_TypeError,
                         "Cannot specify both weights and cumulative "
                         "weights");
            return NULL;
        }
        return awlist_from_iterable(S, cum_weights);
    }
    List *cum = accumulate(S, weights);
    if (!cum && (IS_INT(weights) || IS_BIGINT(weights)) &&
        awerr_matches(S, EXC_TYPE(S, TypeError))) {
        awerr_clear(S);
        String *s = awint_to_str(S, weights, 10, false);
        if (s)
            awerr_format(S, EXC_TypeError,
                         "The number of choices must be a keyword argument: "
                         "k=%s",
                         s->data);
    }
    return cum;
}

static bool m_choices(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const names[] = {"population", "weights",
                                        "cum_weights", "k"};
    Value a[4], kv;
    int64_t n, k;
    RandState *r = awrandom_state(S, argv[0], "choices");
    if (!r || !awrandom_args(S, "choices", argc - 1, argv + 1, kwnames,
                             names, 1, 2, 4, a) ||
        !awobj_len(S, a[0], &n))
        return false;
    bool plain = (IS_NULL(a[1]) || IS_NONE(a[1])) &&
                 (IS_NULL(a[2]) || IS_NONE(a[2]));
    List *cum = plain ? NULL : cumulative(S, a[1], a[2]);
    if (!plain && !cum)
        return false;
    awgc_push(S, cum ? OBJ_VAL(cum) : NONE_VAL);
    bool ok = awobj_index(S, opt(a[3], INT_VAL(1)), &kv);
    if (ok && IS_BIGINT(kv))
        ok = awerr_format(S, EXC_OverflowError,
                          "Python int too large to convert to C ssize_t");
    k = ok && AS_INT(kv) > 0 ? AS_INT(kv) : 0;
    List *res = ok ? awlist_new(S, 0) : NULL;
    if (res) {
        awgc_push(S, OBJ_VAL(res));
        ok = plain ? choices_plain(S, r, a[0], n, k, res)
                   : choices_weighted(S, r, a[0], n, cum, k, res);
        awgc_pop(S, 1);
        *out = OBJ_VAL(res);
    }
    awgc_pop(S, 1);
    return ok && res;
}

/* ------------------------------------------------------------------ */
/* Real-valued distributions                                           */

static bool m_uniform(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const names[] = {"a", "b"};
    Value a[2], d;
    RandState *r = awrandom_state(S, argv[0], "uniform");
    if (!r || !awrandom_args(S, "uniform", argc - 1, argv + 1, kwnames,
                             names, 2, 2, 2, a) ||
        !op(S, BINOP_SUB, a[1], a[0], &d))
        return false;
    awgc_push(S, d);
    bool ok = op(S, BINOP_MUL, d, FLOAT_VAL(awrandom_double(r)), &d) &&
              op(S, BINOP_ADD, a[0], d, out);
    awgc_pop(S, 1);
    return ok;
}

/* math.sqrt of a value */
static bool sqrt_of(AwState *S, Value v, double *out)
{
    double x;
    if (!awmath_as_double(S, v, &x))
        return false;
    if (x < 0)
        return awerr_format(S, EXC_ValueError, "math domain error");
    *out = sqrt(x);
    return true;
}

/* c = (mode - low) / (high - low); 0 when that divides by zero (the
 * caller then returns low, as random.py does). */
static int tri_c(AwState *S, Value mode, Value low, Value high, Value *c)
{
    Value t, d;
    if (IS_NULL(mode) || IS_NONE(mode)) {
        *c = FLOAT_VAL(0.5);
        return 1;
    }
    if (!op(S, BINOP_SUB, mode, low, &t))
        return -1;
    awgc_push(S, t);
    bool ok = op(S, BINOP_SUB, high, low, &d) &&
              op(S, BINOP_TRUEDIV, t, d, c);
    awgc_pop(S, 1);
    if (ok)
        return 1;
    if (!awerr_matches(S, EXC_TYPE(S, ZeroDivisionError)))
        return -1;
    awerr_clear(S);
    return 0;
}

static bool m_triangular(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const names[] = {"low", "high", "mode"};
    Value a[3], c, t, d;
    RandState *r = awrandom_state(S, argv[0], "triangular");
    if (!r || !awrandom_args(S, "triangular", argc - 1, argv + 1, kwnames,
                             names, 0, 3, 3, a))
        return false;
    Value low = opt(a[0], FLOAT_VAL(0.0)), high = opt(a[1], FLOAT_VAL(1.0));
    Value u = FLOAT_VAL(awrandom_double(r));
    int got = tri_c(S, a[2], low, high, &c);
    if (got <= 0) {
        *out = low;
        return got == 0;
    }
    awgc_push(S, c);
    int gt = awobj_compare(S, u, c, CMP_GT);
    bool ok = gt >= 0;
    if (ok && gt) {
        ok = op(S, BINOP_SUB, FLOAT_VAL(1.0), u, &u) &&
             op(S, BINOP_SUB, FLOAT_VAL(1.0), c, &c);
        S->roots[S->nroots - 1] = c;
        Value swap = low;
        low = high;
        high = swap;
    }
    double s = 0.0;
    ok = ok && op(S, BINOP_MUL, u, c, &t) && sqrt_of(S, t, &s) &&
         op(S, BINOP_SUB, high, low, &d) &&
         op(S, BINOP_MUL, d, FLOAT_VAL(s), &d) &&
         op(S, BINOP_ADD, low, d, out);
    awgc_pop(S, 1);
    return ok;
}

static double normal_z(RandState *r)
{
    const double nv = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1 = awrandom_double(r);
        double u2 = 1.0 - awrandom_double(r);
        double z = nv * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2))
            return z;
    }
}

static bool mu_sigma(AwState *S, const char *name, int argc, Value *argv,
                     Tuple *kwnames, int nreq, Value *a, RandState **r)
{
    static const char *const names[] = {"mu", "sigma"};
    *r = awrandom_state(S, argv[0], name);
    if (!*r || !awrandom_args(S, name, argc - 1, argv + 1, kwnames, names,
                              nreq, 2, 2, a))
        return false;
    a[0] = opt(a[0], FLOAT_VAL(0.0));
    a[1] = opt(a[1], FLOAT_VAL(1.0));
    return true;
}

static bool m_normalvariate(AwState *S, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    Value a[2];
    RandState *r;
    return mu_sigma(S, "normalvariate", argc, argv, kwnames, 0, a, &r) &&
           affine(S, a[0], normal_z(r), a[1], out);
}

static bool m_gauss(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Value a[2];
    RandState *r;
    if (!mu_sigma(S, "gauss", argc, argv, kwnames, 0, a, &r))
        return false;
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = awrandom_double(r) * (2.0 * PI);
        double g2rad = sqrt(-2.0 * log(1.0 - awrandom_double(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return affine(S, a[0], z, a[1], out);
}

static bool m_lognormvariate(AwState *S, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    Value a[2], v;
    RandState *r;
    double x;
    if (!mu_sigma(S, "lognormvariate", argc, argv, kwnames, 2, a, &r) ||
        !affine(S, a[0], normal_z(r), a[1], &v) ||
        !awmath_as_double(S, v, &x))
        return false;
    x = exp(x);
    if (isinf(x))
        return awerr_format(S, EXC_OverflowError, "math range error");
    *out = FLOAT_VAL(x);
    return true;
}

/* -log(1.0 - random()) / lambd, and the like: one parameter */
static bool one_param(AwState *S, const char *name, int argc, Value *argv,
                      Tuple *kwnames, const char *pname, Value *p,
                      RandState **r)
{
    const char *names[] = {pname};
    *r = awrandom_state(S, argv[0], name);
    return *r && awrandom_args(S, name, argc - 1, argv + 1, kwnames, names, 1,
                               1, 1, p);
}

static bool m_expovariate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    Value lambd;
    RandState *r;
    return one_param(S, "expovariate", argc, argv, kwnames, "lambd", &lambd,
                     &r) &&
           op(S, BINOP_TRUEDIV, FLOAT_VAL(-log(1.0 - awrandom_double(r))),
              lambd, out);
}

static bool m_paretovariate(AwState *S, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    Value alpha, e;
    RandState *r;
    if (!one_param(S, "paretovariate", argc, argv, kwnames, "alpha", &alpha,
                   &r))
        return false;
    double u = 1.0 - awrandom_double(r);
    return op(S, BINOP_TRUEDIV, FLOAT_VAL(-1.0), alpha, &e) &&
           op(S, BINOP_POW, FLOAT_VAL(u), e, out);
}

static bool m_weibullvariate(AwState *S, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    static const char *const names[] = {"alpha", "beta"};
    Value a[2], e, p;
    RandState *r = awrandom_state(S, argv[0], "weibullvariate");
    if (!r || !awrandom_args(S, "weibullvariate", argc - 1, argv + 1,
                             kwnames, names, 2, 2, 2, a))
        return false;
    double u = 1.0 - awrandom_double(r);
    return op(S, BINOP_TRUEDIV, FLOAT_VAL(1.0), a[1], &e) &&
           op(S, BINOP_POW, FLOAT_VAL(-log(u)), e, &p) &&
           op(S, BINOP_MUL, a[0], p, out);
}

/* Two real parameters as doubles (gammavariate, betavariate,
 * vonmisesvariate). */
static bool two_doubles(AwState *S, const char *name, int argc, Value *argv,
                        Tuple *kwnames, const char *const *names, double *x,
                        double *y, RandState **r)
{
    Value a[2];
    *r = awrandom_state(S, argv[0], name);
    return *r &&
           awrandom_args(S, name, argc - 1, argv + 1, kwnames, names, 2, 2,
                         2, a) &&
           awmath_as_double(S, a[0], x) && awmath_as_double(S, a[1], y);
}

static double gamma_draw(RandState *r, double alpha, double beta)
{
    if (alpha > 1.0) {
        /* Cheng's rejection method, as random.py */
        const double log4 = log(4.0), sg = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4,
               ccc = alpha + ainv;
        for (;;) {
            double u1 = awrandom_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - awrandom_double(r);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
            if (rr + sg - 4.5 * z >= 0.0 || rr >= log(z))
                return x * beta;
        }
    }
    if (alpha == 1.0)
        return -log(1.0 - awrandom_double(r)) * beta;
    double x;
    for (;;) { /* alpha < 1: Ahrens and Dieter's GS algorithm */
        double u = awrandom_double(r), b = (E + alpha) / E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = awrandom_double(r);
        if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x))
            break;
    }
    return x * beta;
}

static bool m_gammavariate(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    static const char *const names[] = {"alpha", "beta"};
    double alpha, beta;
    RandState *r;
    if (!two_doubles(S, "gammavariate", argc, argv, kwnames, names, &alpha,
                     &beta, &r))
        return false;
    if (alpha <= 0.0 || beta <= 0.0)
        return awerr_format(S, EXC_ValueError,
                            "gammavariate: alpha and beta must be > 0.0");
    *out = FLOAT_VAL(gamma_draw(r, alpha, beta));
    return true;
}

static bool m_betavariate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    static const char *const names[] = {"alpha", "beta"};
    double alpha, beta;
    RandState *r;
    if (!two_doubles(S, "betavariate", argc, argv, kwnames, names, &alpha,
                     &beta, &r))
        return false;
    /* gammavariate(alpha, 1.0), then gammavariate(beta, 1.0) if needed */
    if (alpha <= 0.0)
        return awerr_format(S, EXC_ValueError,
                            "gammavariate: alpha and beta must be > 0.0");
    double y = gamma_draw(r, alpha, 1.0);
    if (y == 0.0) {
        *out = FLOAT_VAL(0.0);
        return true;
    }
    if (beta <= 0.0)
        return awerr_format(S, EXC_ValueError,
                            "gammavariate: alpha and beta must be > 0.0");
    *out = FLOAT_VAL(y / (y + gamma_draw(r, beta, 1.0)));
    return true;
}

static bool m_vonmisesvariate(AwState *S, int argc, Value *argv,
                              Tuple *kwnames, Value *out)
{
    static const char *const names[] = {"mu", "kappa"};
    double mu, kappa, z;
    RandState *r;
    if (!two_doubles(S, "vonmisesvariate", argc, argv, kwnames, names, &mu,
                     &kappa, &r))
        return false;
    if (kappa <= 1e-6) {
        *out = FLOAT_VAL(2.0 * PI * awrandom_double(r));
        return true;
    }
    double s = 0.5 / kappa, rr = s + sqrt(1.0 + s * s);
    for (;;) {
        z = cos(PI * awrandom_double(r));
        double d = z / (rr + z), u2 = awrandom_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / rr, f = (q + z) / (1.0 + q * z);
    double theta = awrandom_double(r) > 0.5 ? mu + acos(f) : mu - acos(f);
    *out = FLOAT_VAL(py_fmod(theta, 2.0 * PI));
    return true;
}

const MethodDef awrandom_methods[] = {
    {"randrange", m_randrange, MF_METHOD},
    {"randint", m_randint, MF_METHOD},
    {"choice", m_choice, MF_METHOD},
    {"shuffle", m_shuffle, MF_METHOD},
    {"sample", m_sample, MF_METHOD},
    {"choices", m_choices, MF_METHOD},
    {"uniform", m_uniform, MF_METHOD},
    {"triangular", m_triangular, MF_METHOD},
    {"normalvariate", m_normalvariate, MF_METHOD},
    {"gauss", m_gauss, MF_METHOD},
    {"lognormvariate", m_lognormvariate, MF_METHOD},
    {"expovariate", m_expovariate, MF_METHOD},
    {"vonmisesvariate", m_vonmisesvariate, MF_METHOD},
    {"gammavariate", m_gammavariate, MF_METHOD},
    {"betavariate", m_betavariate, MF_METHOD},
    {"paretovariate", m_paretovariate, MF_METHOD},
    {"weibullvariate", m_weibullvariate, MF_METHOD},
    {NULL, NULL, 0},
};
