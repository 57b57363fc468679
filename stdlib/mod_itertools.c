/* The itertools module: lazy iterators as C types. Each object is a
 * record (stdlib/rec.h) whose slots hold its state; the combinatoric
 * iterators keep their index arrays in private tuples of ints that they
 * update in place, as CPython keeps C arrays. */
#include <string.h>

#include "stdlib/builtins.h"
#include "stdlib/rec.h"
#include "vm/containers.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Shared helpers                                                      */

static Obj *make(AwState *S, Type *t, uint32_t n, Value *out)
{
    Obj *o = awrec_new(S, t, n);
    if (o != NULL)
        *out = OBJ_VAL(o);
    return o;
}

/* One call f(a) or f(a, b) with the arguments rooted. */
static bool call1(AwState *S, Value f, Value a, Value *out)
{
    awgc_push(S, a);
    bool ok = awobj_call(S, f, 1, &S->roots[S->nroots - 1], NULL, out);
    awgc_pop(S, 1);
    return ok;
}

static bool call2(AwState *S, Value f, Value a, Value b, Value *out)
{
    awgc_push(S, a);
    awgc_push(S, b);
    bool ok = awobj_call(S, f, 2, &S->roots[S->nroots - 2], NULL, out);
    awgc_pop(S, 2);
    return ok;
}

/* pred(item) as a truth value; None means bool(item). */
static int test(AwState *S, Value pred, Value item)
{
    if (IS_NONE(pred))
        return awobj_truthy(S, item);
    Value r;
    awgc_push(S, item);
    bool ok = call1(S, pred, item, &r);
    int t = -1;
    if (ok) {
        awgc_push(S, r);
        t = awobj_truthy(S, r);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return t;
}

static bool nargs(AwState *S, const char *name, int argc, Tuple *kwnames,
                  int n)
{
    if (!awrec_nokw(S, name, kwnames))
        return false;
    if (argc != n)
        return awerr_format(S, EXC_TypeError,
                            "%s expected %d argument%s, got %d", name, n,
                            n == 1 ? "" : "s", argc);
    return true;
}

/* A record of type t holding iter(src) in slot 0 and extra in slot 1. */
static bool with_iter(AwState *S, Type *t, uint32_t n, Value src,
                      Value extra, Value *out)
{
    Value it;
    if (!awobj_iter(S, src, &it))
        return false;
    awgc_push(S, it);
    Obj *o = make(S, t, n, out);
    awgc_pop(S, 1);
    if (o == NULL)
        return false;
    awobj_ext(o)[0] = it;
    awobj_ext(o)[1] = extra;
    return true;
}

/* The type itertools.<name> (of the imported module), or NULL_VAL. */
static Value mod_type(AwState *S, const char *name)
{
    String *mn = awstr_intern_cstr(S, "itertools");
    Value m = mn ? awdict_get_str(S, S->modules, mn) : NULL_VAL;
    String *n = IS_KIND(m, OBJ_MODULE) ? awstr_intern_cstr(S, name) : NULL;
    Value t = n ? awdict_get_str(S, ((Module *)AS_OBJ(m))->dict, n)
                : NULL_VAL;
    return IS_TYPE(t) ? t : NULL_VAL;
}

static bool not_loaded(AwState *S)
{
    if (!awerr_occurred(S))
        awerr_format(S, EXC_ImportError, "itertools is not loaded");
    return false;
}

/* A private tuple of n ints, each start + i * step. */
static Tuple *int_array(AwState *S, size_t n, int64_t start, int64_t step)
{
    Tuple *t = awtuple_new(S, n);
    for (size_t i = 0; t && i < n; i++)
        t->items[i] = INT_VAL(start + (int64_t)i * step);
    return t;
}

#define IDX(arr, k) (AS_TUPLE(arr)->items[k].as.i)

/* A new tuple of pool[indices[i]] for i < r. */
static bool pick(AwState *S, Tuple *pool, Value indices, size_t r,
                 Value *out)
{
    Tuple *t = awtuple_new(S, r);
    if (t == NULL)
        return false;
    for (size_t i = 0; i < r; i++)
        t->items[i] = pool->items[IDX(indices, i)];
    *out = OBJ_VAL(t);
    return true;
}

/* ------------------------------------------------------------------ */
/* count(start=0, step=1)                                              */

enum { C_CUR, C_STEP, C__N };

static bool is_number(Value v)
{
    return IS_INT(v) || IS_BIGINT(v) || IS_FLOAT(v) || IS_BOOL(v);
}

static bool count_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"start", "step", NULL};
    Value a[2];
    if (!awarg_unpack(S, "count", argc, argv, kwnames, 0, 2, kw, a))
        return false;
    Value start = IS_NULL(a[0]) ? INT_VAL(0) : a[0];
    Value step = IS_NULL(a[1]) ? INT_VAL(1) : a[1];
    if (!is_number(start) || !is_number(step))
        return awerr_format(S, EXC_TypeError, "a number is required");
    Obj *o = make(S, t, C__N, out);
    if (o == NULL)
        return false;
    awobj_ext(o)[C_CUR] = start;
    awobj_ext(o)[C_STEP] = step;
    return true;
}

static int count_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self), next;
    if (IS_INT(r[C_CUR]) && IS_INT(r[C_STEP]) &&
        !__builtin_add_overflow(AS_INT(r[C_CUR]), AS_INT(r[C_STEP]),
                                &next.as.i)) {
        next.tag = VT_INT;
    } else if (!awobj_binop(S, BINOP_ADD, r[C_CUR], r[C_STEP], &next)) {
        return -1;
    }
    *out = r[C_CUR];
    r[C_CUR] = next;
    return 1;
}

static bool count_repr(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "count(");
    bool ok = awbuf_repr(&b, r[C_CUR]);
    if (ok && !(IS_INT(r[C_STEP]) && AS_INT(r[C_STEP]) == 1)) {
        awbuf_puts(&b, ", ");
        ok = awbuf_repr(&b, r[C_STEP]);
    }
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_putc(&b, ')');
    return awrec_ret(awbuf_finish(&b), out);
}

/* ------------------------------------------------------------------ */
/* cycle(iterable)                                                     */

enum { CY_IT, CY_SAVED, CY_INDEX, CY_FIRST, CY__N };

static bool cycle_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    if (!nargs(S, "cycle", argc, kwnames, 1))
        return false;
    List *saved = awlist_new(S, 0);
    if (saved == NULL)
        return false;
    awgc_push(S, OBJ_VAL(saved));
    bool ok = with_iter(S, t, CY__N, argv[0], OBJ_VAL(saved), out);
    awgc_pop(S, 1);
    if (ok) {
        REC(*out)[CY_INDEX] = INT_VAL(0);
        REC(*out)[CY_FIRST] = TRUE_VAL;
    }
    return ok;
}

static int cycle_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    List *saved = AS_LIST(r[CY_SAVED]);
    if (AS_BOOL(r[CY_FIRST])) {
        int n = awobj_next(S, r[CY_IT], out);
        if (n < 0)
            return -1;
        if (n > 0)
            return awlist_append(S, saved, *out) ? 1 : -1;
        r[CY_FIRST] = FALSE_VAL;
        r[CY_IT] = NONE_VAL;
    }
    if (saved->len == 0)
        return 0;
    int64_t i = AS_INT(r[CY_INDEX]);
    *out = saved->items[i];
    r[CY_INDEX] = INT_VAL((i + 1) % (int64_t)saved->len);
    return 1;
}

/* ------------------------------------------------------------------ */
/* repeat(object, times=None)                                          */

enum { R_OBJ, R_LEFT, R__N };

static bool repeat_new(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"object", "times", NULL};
    Value a[2];
    int64_t n = -1;
    if (!awarg_unpack(S, "repeat", argc, argv, kwnames, 1, 2, kw, a))
        return false;
    if (!IS_NULL(a[1]) && !awobj_as_i64(S, a[1], &n))
        return false;
    Obj *o = make(S, t, R__N, out);
    if (o == NULL)
        return false;
    awobj_ext(o)[R_OBJ] = a[0];
    awobj_ext(o)[R_LEFT] = IS_NULL(a[1]) ? NONE_VAL : INT_VAL(n < 0 ? 0 : n);
    return true;
}

static int repeat_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    if (IS_INT(r[R_LEFT])) {
        if (AS_INT(r[R_LEFT]) == 0)
            return 0;
        r[R_LEFT].as.i--;
    }
    *out = r[R_OBJ];
    return 1;
}

static bool repeat_repr(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "repeat(");
    if (!awbuf_repr(&b, r[R_OBJ])) {
        awbuf_free(&b);
        return false;
    }
    if (IS_INT(r[R_LEFT]))
        awbuf_printf(&b, ", %lld", (long long)AS_INT(r[R_LEFT]));
    awbuf_putc(&b, ')');
    return awrec_ret(awbuf_finish(&b), out);
}

static bool repeat_length_hint(AwState *S, int argc, Value *argv,
                               Tuple *kwnames, Value *out)
{
    Value left = REC(argv[0])[R_LEFT];
    if (!IS_INT(left))
        return awerr_format(S, EXC_TypeError, "len() of unsized object");
    *out = left;
    return true;
}

/* ------------------------------------------------------------------ */
/* chain(*iterables) and chain.from_iterable(iterable)                 */

enum { CH_SOURCE, CH_ACTIVE, CH__N };

static bool chain_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    if (!awrec_nokw(S, "chain", kwnames))
        return false;
    Tuple *src = awtuple_from_array(S, argv, (size_t)argc);
    if (src == NULL)
        return false;
    awgc_push(S, OBJ_VAL(src));
    bool ok = with_iter(S, t, CH__N, OBJ_VAL(src), NULL_VAL, out);
    awgc_pop(S, 1);
    return ok;
}

static bool chain_from_iterable(AwState *S, int argc, Value *argv,
                                Tuple *kwnames, Value *out)
{
    if (!awrec_nokw(S, "chain.from_iterable", kwnames))
        return false;
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "chain.from_iterable() takes exactly one "
                            "argument (%d given)", argc - 1);
    return with_iter(S, AS_TYPE(argv[0]), CH__N, argv[1], NULL_VAL, out);
}

static int chain_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    for (;;) {
        if (IS_NULL(r[CH_ACTIVE])) {
            if (IS_NULL(r[CH_SOURCE]))
                return 0;
            Value iterable, it;
            int n = awobj_next(S, r[CH_SOURCE], &iterable);
            if (n <= 0) {
                if (n == 0)
                    r[CH_SOURCE] = NULL_VAL;
                return n;
            }
            awgc_push(S, iterable);
            bool ok = awobj_iter(S, iterable, &it);
            awgc_pop(S, 1);
            if (!ok)
                return -1;
            r[CH_ACTIVE] = it;
        }
        int n = awobj_next(S, r[CH_ACTIVE], out);
        if (n != 0)
            return n;
        r[CH_ACTIVE] = NULL_VAL;
    }
}

/* ------------------------------------------------------------------ */
/* islice(iterable, stop) / islice(iterable, start, stop[, step])      */

enum { IS_IT, IS_NEXT, IS_STOP, IS_STEP, IS_CNT, IS__N };

/* CPython's PyNumber_AsSsize_t with errors cleared: -1 when v is not an
 * int that fits; huge ints clamp. */
static int64_t islice_arg(AwState *S, Value v)
{
    if (IS_BOOL(v))
        return AS_BOOL(v);
    if (IS_INT(v))
        return AS_INT(v);
    if (IS_BIGINT(v))
        return mp_isneg(&AS_BIGINT(v)->n) ? INT64_MIN : INT64_MAX;
    return -1;
}

static bool islice_args(AwState *S, int argc, Value *argv, int64_t *start,
                        int64_t *stop, int64_t *step)
{
    *start = 0;
    *stop = -1;
    *step = 1;
    Value a1 = argc == 2 ? argv[1] : argv[2];
    if (argc > 2 && !IS_NONE(argv[1]))
        *start = islice_arg(S, argv[1]);
    if (!IS_NONE(a1) && (*stop = islice_arg(S, a1)) == -1)
        return awerr_format(S, EXC_ValueError,
                            "Stop argument for islice() must be None or an "
                            "integer: 0 <= x <= sys.maxsize.");
    if (*start < 0 || *stop < -1)
        return awerr_format(S, EXC_ValueError,
                            "Indices for islice() must be None or an "
                            "integer: 0 <= x <= sys.maxsize.");
    if (argc == 4 && !IS_NONE(argv[3]))
        *step = islice_arg(S, argv[3]);
    if (*step < 1)
        return awerr_format(S, EXC_ValueError,
                            "Step for islice() must be a positive integer "
                            "or None.");
    return true;
}

static bool islice_new(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    int64_t start, stop, step;
    if (!awrec_nokw(S, "islice", kwnames))
        return false;
    if (argc < 2 || argc > 4)
        return awerr_format(S, EXC_TypeError,
                            "islice expected at %s %d arguments, got %d",
                            argc < 2 ? "least" : "most", argc < 2 ? 2 : 4,
                            argc);
    if (!islice_args(S, argc, argv, &start, &stop, &step) ||
        !with_iter(S, t, IS__N, argv[0], INT_VAL(start), out))
        return false;
    Value *r = REC(*out);
    r[IS_STOP] = INT_VAL(stop);
    r[IS_STEP] = INT_VAL(step);
    r[IS_CNT] = INT_VAL(0);
    return true;
}

static int islice_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    if (IS_NULL(r[IS_IT]))
        return 0;
    int64_t stop = AS_INT(r[IS_STOP]);
    while (AS_INT(r[IS_CNT]) < AS_INT(r[IS_NEXT])) {
        int n = awobj_next(S, r[IS_IT], out);
        if (n <= 0)
            goto empty;
        r[IS_CNT].as.i++;
    }
    if (stop != -1 && AS_INT(r[IS_CNT]) >= stop)
        goto empty;
    int n = awobj_next(S, r[IS_IT], out);
    if (n <= 0)
        goto empty;
    r[IS_CNT].as.i++;
    int64_t old = AS_INT(r[IS_NEXT]), next;
    if (__builtin_add_overflow(old, AS_INT(r[IS_STEP]), &next) ||
        (stop != -1 && next > stop))
        next = stop;
    r[IS_NEXT] = INT_VAL(next);
    return 1;
empty:
    r[IS_IT] = NULL_VAL;
    return awerr_occurred(S) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* zip_longest(*iterables, fillvalue=None)                             */

enum { Z_ITS, Z_FILL, Z_ACTIVE, Z__N };

static bool zip_longest_new(AwState *S, Type *t, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    Value fill = NONE_VAL;
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        if (strcmp(AS_STR(kwnames->items[k])->data, "fillvalue") != 0)
            return awerr_format(S, EXC_TypeError,
                                "zip_longest() got an unexpected keyword "
                                "argument");
        fill = argv[argc + (int)k];
    }
    Tuple *its = awtuple_new(S, (size_t)argc);
    if (its == NULL)
        return false;
    awgc_push(S, OBJ_VAL(its));
    bool ok = true;
    for (int i = 0; ok && i < argc; i++)
        ok = awobj_iter(S, argv[i], &its->items[i]);
    Obj *o = ok ? make(S, t, Z__N, out) : NULL;
    awgc_pop(S, 1);
    if (o == NULL)
        return false;
    awobj_ext(o)[Z_ITS] = OBJ_VAL(its);
    awobj_ext(o)[Z_FILL] = fill;
    awobj_ext(o)[Z_ACTIVE] = INT_VAL(argc);
    return true;
}

static int zip_longest_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    if (IS_NULL(r[Z_ITS]) || AS_INT(r[Z_ACTIVE]) == 0)
        return 0;
    Tuple *its = AS_TUPLE(r[Z_ITS]);
    if (its->len == 0)
        return 0;
    Tuple *res = awtuple_new(S, its->len);
    if (res == NULL)
        return -1;
    awgc_push(S, OBJ_VAL(res));
    int status = 1;
    for (size_t i = 0; status == 1 && i < its->len; i++) {
        res->items[i] = r[Z_FILL];
        if (IS_NULL(its->items[i]))
            continue;
        int n = awobj_next(S, its->items[i], &res->items[i]);
        if (n < 0) {
            status = -1;
        } else if (n == 0) {
            res->items[i] = r[Z_FILL];
            its->items[i] = NULL_VAL;
            if (--r[Z_ACTIVE].as.i == 0) {
                r[Z_ITS] = NULL_VAL;
                status = 0;
            }
        }
    }
    awgc_pop(S, 1);
    if (status == 1)
        *out = OBJ_VAL(res);
    return status;
}

/* ------------------------------------------------------------------ */
/* starmap, takewhile, dropwhile, filterfalse, compress, pairwise      */

enum { F_FUNC, F_IT, F_FLAG, F__N };

/* A record (func, iter(iterable), flag) for the two-argument forms. */
static bool func_iter_new(AwState *S, Type *t, const char *name, int argc,
                          Value *argv, Tuple *kwnames, Value *out)
{
    if (!nargs(S, name, argc, kwnames, 2))
        return false;
    Value it;
    if (!awobj_iter(S, argv[1], &it))
        return false;
    awgc_push(S, it);
    Obj *o = make(S, t, F__N, out);
    awgc_pop(S, 1);
    if (o == NULL)
        return false;
    awobj_ext(o)[F_FUNC] = argv[0];
    awobj_ext(o)[F_IT] = it;
    awobj_ext(o)[F_FLAG] = FALSE_VAL;
    return true;
}

static bool starmap_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    return func_iter_new(S, t, "starmap", argc, argv, kwnames, out);
}

static int starmap_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self), args;
    int n = awobj_next(S, r[F_IT], &args);
    if (n <= 0)
        return n;
    Tuple *t = IS_TUPLE(args) ? AS_TUPLE(args)
                              : awtuple_from_iterable(S, args);
    if (t == NULL)
        return -1;
    awgc_push(S, OBJ_VAL(t));
    bool ok = awobj_call(S, r[F_FUNC], (int)t->len, t->items, NULL, out);
    awgc_pop(S, 1);
    return ok ? 1 : -1;
}

/* pred(item) for takewhile and dropwhile: pred is always called. */
static int call_pred(AwState *S, Value pred, Value item)
{
    Value r;
    if (!call1(S, pred, item, &r))
        return -1;
    awgc_push(S, r);
    int t = awobj_truthy(S, r);
    awgc_pop(S, 1);
    return t;
}

static bool takewhile_new(AwState *S, Type *t, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    return func_iter_new(S, t, "takewhile", argc, argv, kwnames, out);
}

static int takewhile_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    if (AS_BOOL(r[F_FLAG]))
        return 0;
    int n = awobj_next(S, r[F_IT], out);
    if (n <= 0)
        return n;
    awgc_push(S, *out);
    int t = call_pred(S, r[F_FUNC], *out);
    awgc_pop(S, 1);
    if (t == 0)
        r[F_FLAG] = TRUE_VAL;
    return t;
}

static bool dropwhile_new(AwState *S, Type *t, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    return func_iter_new(S, t, "dropwhile", argc, argv, kwnames, out);
}

static int dropwhile_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    for (;;) {
        int n = awobj_next(S, r[F_IT], out);
        if (n <= 0 || AS_BOOL(r[F_FLAG]))
            return n;
        awgc_push(S, *out);
        int t = call_pred(S, r[F_FUNC], *out);
        awgc_pop(S, 1);
        if (t < 0)
            return -1;
        if (t == 0) {
            r[F_FLAG] = TRUE_VAL;
            return 1;
        }
    }
}

static bool filterfalse_new(AwState *S, Type *t, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    return func_iter_new(S, t, "filterfalse", argc, argv, kwnames, out);
}

static int filterfalse_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    for (;;) {
        int n = awobj_next(S, r[F_IT], out);
        if (n <= 0)
            return n;
        awgc_push(S, *out);
        int t = test(S, r[F_FUNC], *out);
        awgc_pop(S, 1);
        if (t <= 0)
            return t < 0 ? -1 : 1;
    }
}

static bool compress_new(AwState *S, Type *t, int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"data", "selectors", NULL};
    Value a[2], it;
    if (!awarg_unpack(S, "compress", argc, argv, kwnames, 2, 2, kw, a) ||
        !awobj_iter(S, a[0], &it))
        return false;
    awgc_push(S, it);
    bool ok = awobj_iter(S, a[1], &a[1]);
    if (ok) {
        awgc_push(S, a[1]);
        Obj *o = make(S, t, F__N, out);
        ok = o != NULL;
        if (ok) {
            awobj_ext(o)[F_FUNC] = a[1]; /* the selectors */
            awobj_ext(o)[F_IT] = it;
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

static int compress_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self), sel;
    for (;;) {
        int n = awobj_next(S, r[F_IT], out);
        if (n <= 0)
            return n;
        awgc_push(S, *out);
        n = awobj_next(S, r[F_FUNC], &sel);
        int t = n <= 0 ? n : awobj_truthy(S, sel);
        awgc_pop(S, 1);
        if (t != 0 || n == 0)
            return n == 0 ? 0 : t < 0 ? -1 : 1;
    }
}

enum { PW_IT, PW_OLD, PW__N };

static bool pairwise_new(AwState *S, Type *t, int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    return nargs(S, "pairwise", argc, kwnames, 1) &&
           with_iter(S, t, PW__N, argv[0], NULL_VAL, out);
}

static int pairwise_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self), v;
    if (IS_NULL(r[PW_IT]))
        return 0;
    if (IS_NULL(r[PW_OLD])) {
        int n = awobj_next(S, r[PW_IT], &r[PW_OLD]);
        if (n <= 0) {
            r[PW_IT] = NULL_VAL;
            return n;
        }
    }
    int n = awobj_next(S, r[PW_IT], &v);
    if (n <= 0) {
        r[PW_IT] = r[PW_OLD] = NULL_VAL;
        return n;
    }
    awgc_push(S, v);
    Tuple *t = awtuple_new(S, 2);
    awgc_pop(S, 1);
    if (t == NULL)
        return -1;
    t->items[0] = r[PW_OLD];
    t->items[1] = v;
    r[PW_OLD] = v;
    *out = OBJ_VAL(t);
    return 1;
}

/* ------------------------------------------------------------------ */
/* accumulate(iterable, func=None, *, initial=None)                    */

enum { A_IT, A_FUNC, A_TOTAL, A_INITIAL, A__N };

static bool accumulate_new(AwState *S, Type *t, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"iterable", "func", "initial", NULL};
    Value a[3];
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "accumulate() takes at most 2 arguments (%d "
                            "given)", argc);
    if (!awarg_unpack(S, "accumulate", argc, argv, kwnames, 1, 3, kw, a) ||
        !with_iter(S, t, A__N, a[0], IS_NULL(a[1]) ? NONE_VAL : a[1], out))
        return false;
    REC(*out)[A_INITIAL] = IS_NONE(a[2]) ? NULL_VAL : a[2];
    return true;
}

static int accumulate_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self), v;
    if (!IS_NULL(r[A_INITIAL])) {
        *out = r[A_TOTAL] = r[A_INITIAL];
        r[A_INITIAL] = NULL_VAL;
        return 1;
    }
    int n = awobj_next(S, r[A_IT], &v);
    if (n <= 0)
        return n;
    if (IS_NULL(r[A_TOTAL])) {
        *out = r[A_TOTAL] = v;
        return 1;
    }
    bool ok = IS_NONE(r[A_FUNC])
                  ? (awgc_push(S, v),
                     awobj_binop(S, BINOP_ADD, r[A_TOTAL], v, out))
                  : (awgc_push(S, v), call2(S, r[A_FUNC], r[A_TOTAL], v, out));
    awgc_pop(S, 1);
    if (!ok)
        return -1;
    r[A_TOTAL] = *out;
    return 1;
}

/* ------------------------------------------------------------------ */
/* product, permutations, combinations, combinations_with_replacement  */

/* POOL: a tuple (product: the tuple of pool tuples); IDX and CYC: int
 * arrays; R: the length of a result; ST: 0 before the first result, 1
 * running, 2 exhausted. */
enum { K_POOL, K_IDX, K_CYC, K_R, K_ST, K__N };

static bool comb_record(AwState *S, Type *t, Value pool, Tuple *idx,
                        Tuple *cyc, int64_t len, Value *out)
{
    awgc_push(S, OBJ_VAL(idx));
    awgc_push(S, cyc ? OBJ_VAL(cyc) : NONE_VAL);
    Obj *o = make(S, t, K__N, out);
    awgc_pop(S, 2);
    if (o == NULL)
        return false;
    Value *r = awobj_ext(o);
    r[K_POOL] = pool;
    r[K_IDX] = OBJ_VAL(idx);
    r[K_CYC] = cyc ? OBJ_VAL(cyc) : NONE_VAL;
    r[K_R] = INT_VAL(len);
    r[K_ST] = INT_VAL(0);
    return true;
}

static bool product_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    int64_t rep = 1;
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        if (strcmp(AS_STR(kwnames->items[k])->data, "repeat") != 0)
            return awerr_format(S, EXC_TypeError,
                                "product() got an unexpected keyword "
                                "argument '%s'",
                                AS_STR(kwnames->items[k])->data);
        if (!awobj_as_i64(S, argv[argc + (int)k], &rep))
            return false;
    }
    if (rep < 0)
        return awerr_format(S, EXC_ValueError,
                            "repeat argument cannot be negative");
    size_t n = (size_t)argc * (size_t)rep;
    Tuple *pools = awtuple_new(S, n);
    if (pools == NULL)
        return false;
    awgc_push(S, OBJ_VAL(pools));
    bool ok = true;
    for (int i = 0; ok && i < argc; i++) {
        Tuple *p = awtuple_from_iterable(S, argv[i]);
        ok = p != NULL;
        for (int64_t j = 0; ok && j < rep; j++)
            pools->items[(size_t)j * (size_t)argc + (size_t)i] = OBJ_VAL(p);
    }
    Tuple *idx = ok ? int_array(S, n, 0, 0) : NULL;
    ok = idx && comb_record(S, t, OBJ_VAL(pools), idx, NULL, (int64_t)n, out);
    awgc_pop(S, 1);
    return ok;
}

/* Advance the odometer; false when it wrapped all the way round. */
static bool product_advance(Tuple *pools, Value idx)
{
    for (size_t i = pools->len; i-- > 0;) {
        if (++IDX(idx, i) < (int64_t)AS_TUPLE(pools->items[i])->len)
            return true;
        IDX(idx, i) = 0;
    }
    return false;
}

static int product_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    Tuple *pools = AS_TUPLE(r[K_POOL]);
    if (AS_INT(r[K_ST]) == 2)
        return 0;
    if (AS_INT(r[K_ST]) == 0) {
        for (size_t i = 0; i < pools->len; i++)
            if (AS_TUPLE(pools->items[i])->len == 0)
                goto done;
        r[K_ST] = INT_VAL(1);
    } else if (!product_advance(pools, r[K_IDX])) {
        goto done;
    }
    Tuple *res = awtuple_new(S, pools->len);
    if (res == NULL)
        return -1;
    for (size_t i = 0; i < pools->len; i++)
        res->items[i] = AS_TUPLE(pools->items[i])->items[IDX(r[K_IDX], i)];
    *out = OBJ_VAL(res);
    return 1;
done:
    r[K_ST] = INT_VAL(2);
    return 0;
}

/* The pool and r of permutations and the combinations: r None means
 * len(pool) when allowed. */
static bool pool_and_r(AwState *S, const char *name, int argc, Value *argv,
                       Tuple *kwnames, bool r_optional, Tuple **pool,
                       int64_t *r)
{
    static const char *const kw[] = {"iterable", "r", NULL};
    Value a[2];
    if (!awarg_unpack(S, name, argc, argv, kwnames, r_optional ? 1 : 2, 2,
                      kw, a))
        return false;
    if (r_optional && !IS_NULL(a[1]) && !IS_NONE(a[1]) && !IS_ANYINT(a[1]) &&
        !IS_BOOL(a[1]))
        return awerr_format(S, EXC_TypeError, "Expected int as r");
    if ((*pool = awtuple_from_iterable(S, a[0])) == NULL)
        return false;
    *r = (int64_t)(*pool)->len;
    if (!IS_NULL(a[1]) && !IS_NONE(a[1]) && !awobj_as_i64(S, a[1], r))
        return false;
    if (*r < 0)
        return awerr_format(S, EXC_ValueError, "r must be non-negative");
    return true;
}

static bool permutations_new(AwState *S, Type *t, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    Tuple *pool;
    int64_t r;
    if (!pool_and_r(S, "permutations", argc, argv, kwnames, true, &pool, &r))
        return false;
    awgc_push(S, OBJ_VAL(pool));
    int64_t n = (int64_t)pool->len;
    Tuple *idx = int_array(S, (size_t)n, 0, 1), *cyc = NULL;
    if (idx) {
        awgc_push(S, OBJ_VAL(idx));
        cyc = int_array(S, r > n ? 0 : (size_t)r, n, -1);
        awgc_pop(S, 1);
    }
    bool ok = cyc && comb_record(S, t, OBJ_VAL(pool), idx, cyc, r, out);
    awgc_pop(S, 1);
    if (ok && r > n)
        REC(*out)[K_ST] = INT_VAL(2);
    return ok;
}

static bool permutations_advance(Value *rec)
{
    Value idx = rec[K_IDX], cyc = rec[K_CYC];
    int64_t n = (int64_t)AS_TUPLE(idx)->len, r = AS_INT(rec[K_R]);
    if (n == 0)
        return false;
    for (int64_t i = r - 1; i >= 0; i--) {
        if (--IDX(cyc, i) == 0) {
            int64_t first = IDX(idx, i);
            for (int64_t j = i; j < n - 1; j++)
                IDX(idx, j) = IDX(idx, j + 1);
            IDX(idx, n - 1) = first;
            IDX(cyc, i) = n - i;
        } else {
            int64_t j = IDX(cyc, i), tmp = IDX(idx, i);
            IDX(idx, i) = IDX(idx, n - j);
            IDX(idx, n - j) = tmp;
            return true;
        }
    }
    return false;
}

static bool combinations_new(AwState *S, Type *t, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    Tuple *pool;
    int64_t r;
    if (!pool_and_r(S, "combinations", argc, argv, kwnames, false, &pool,
                    &r))
        return false;
    awgc_push(S, OBJ_VAL(pool));
    int64_t n = (int64_t)pool->len;
    Tuple *idx = int_array(S, r > n ? 0 : (size_t)r, 0, 1);
    bool ok = idx && comb_record(S, t, OBJ_VAL(pool), idx, NULL, r, out);
    awgc_pop(S, 1);
    if (ok && r > n)
        REC(*out)[K_ST] = INT_VAL(2);
    return ok;
}

static bool combinations_advance(Value *rec)
{
    Value idx = rec[K_IDX];
    int64_t n = (int64_t)AS_TUPLE(rec[K_POOL])->len, r = AS_INT(rec[K_R]);
    int64_t i = r - 1;
    while (i >= 0 && IDX(idx, i) == i + n - r)
        i--;
    if (i < 0)
        return false;
    IDX(idx, i)++;
    for (int64_t j = i + 1; j < r; j++)
        IDX(idx, j) = IDX(idx, j - 1) + 1;
    return true;
}

static bool cwr_new(AwState *S, Type *t, int argc, Value *argv,
                    Tuple *kwnames, Value *out)
{
    Tuple *pool;
    int64_t r;
    if (!pool_and_r(S, "combinations_with_replacement", argc, argv, kwnames,
                    false, &pool, &r))
        return false;
    awgc_push(S, OBJ_VAL(pool));
    bool empty = pool->len == 0 && r > 0;
    Tuple *idx = int_array(S, empty ? 0 : (size_t)r, 0, 0);
    bool ok = idx && comb_record(S, t, OBJ_VAL(pool), idx, NULL, r, out);
    awgc_pop(S, 1);
    if (ok && empty)
        REC(*out)[K_ST] = INT_VAL(2);
    return ok;
}

static bool cwr_advance(Value *rec)
{
    Value idx = rec[K_IDX];
    int64_t n = (int64_t)AS_TUPLE(rec[K_POOL])->len, r = AS_INT(rec[K_R]);
    int64_t i = r - 1;
    while (i >= 0 && IDX(idx, i) == n - 1)
        i--;
    if (i < 0)
        return false;
    int64_t v = IDX(idx, i) + 1;
    for (int64_t j = i; j < r; j++)
        IDX(idx, j) = v;
    return true;
}

static int comb_next(AwState *S, Value self, Value *out,
                     bool (*advance)(Value *))
{
    Value *r = REC(self);
    if (AS_INT(r[K_ST]) == 2)
        return 0;
    if (AS_INT(r[K_ST]) == 1 && !advance(r)) {
        r[K_ST] = INT_VAL(2);
        return 0;
    }
    r[K_ST] = INT_VAL(1);
    return pick(S, AS_TUPLE(r[K_POOL]), r[K_IDX], (size_t)AS_INT(r[K_R]),
                out) ? 1 : -1;
}

static int permutations_next(AwState *S, Value self, Value *out)
{
    return comb_next(S, self, out, permutations_advance);
}

static int combinations_next(AwState *S, Value self, Value *out)
{
    return comb_next(S, self, out, combinations_advance);
}

static int cwr_next(AwState *S, Value self, Value *out)
{
    return comb_next(S, self, out, cwr_advance);
}

/* ------------------------------------------------------------------ */
/* groupby(iterable, key=None) and its _grouper objects (CPython's      */
/* algorithm: the groupby owns the current key and value; a grouper     */
/* yields while the current key equals its target and it is current)    */

enum { G_IT, G_KEYFUNC, G_TGTKEY, G_CURRKEY, G_CURRVALUE, G_GROUPER,
       G_GTYPE, G__N };
enum { GR_PARENT, GR_TGTKEY, GR__N };

static bool groupby_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"iterable", "key", NULL};
    Value a[2];
    if (!awarg_unpack(S, "groupby", argc, argv, kwnames, 1, 2, kw, a) ||
        !with_iter(S, t, G__N, a[0], IS_NULL(a[1]) ? NONE_VAL : a[1], out))
        return false;
    Value gt = mod_type(S, "_grouper");
    if (IS_NULL(gt))
        return not_loaded(S);
    REC(*out)[G_GTYPE] = gt;
    return true;
}

/* 1 stepped, 0 exhausted, -1 error */
static int groupby_step(AwState *S, Value *r)
{
    Value v, k;
    int n = awobj_next(S, r[G_IT], &v);
    if (n <= 0)
        return n;
    if (IS_NONE(r[G_KEYFUNC])) {
        k = v;
    } else {
        awgc_push(S, v);
        bool ok = call1(S, r[G_KEYFUNC], v, &k);
        awgc_pop(S, 1);
        if (!ok)
            return -1;
    }
    r[G_CURRVALUE] = v;
    r[G_CURRKEY] = k;
    return 1;
}

static int groupby_next(AwState *S, Value self, Value *out)
{
    Value *r = REC(self);
    r[G_GROUPER] = NULL_VAL;
    for (;;) {
        if (!IS_NULL(r[G_CURRKEY])) {
            if (IS_NULL(r[G_TGTKEY]))
                break;
            int eq = awobj_eq(S, r[G_TGTKEY], r[G_CURRKEY]);
            if (eq < 0)
                return -1;
            if (eq == 0)
                break;
        }
        int n = groupby_step(S, r);
        if (n <= 0)
            return n;
    }
    r[G_TGTKEY] = r[G_CURRKEY];
    Value g;
    if (!make(S, AS_TYPE(r[G_GTYPE]), GR__N, &g))
        return -1;
    REC(g)[GR_PARENT] = self;
    REC(g)[GR_TGTKEY] = r[G_TGTKEY];
    r[G_GROUPER] = g;
    awgc_push(S, g);
    Tuple *t = awtuple_new(S, 2);
    awgc_pop(S, 1);
    if (t == NULL)
        return -1;
    t->items[0] = r[G_CURRKEY];
    t->items[1] = g;
    *out = OBJ_VAL(t);
    return 1;
}

static int grouper_next(AwState *S, Value self, Value *out)
{
    Value parent = REC(self)[GR_PARENT];
    Value *r = REC(parent);
    if (!aw_value_is(r[G_GROUPER], self))
        return 0;
    if (IS_NULL(r[G_CURRVALUE])) {
        int n = groupby_step(S, r);
        if (n <= 0)
            return n;
    }
    int eq = awobj_eq(S, REC(self)[GR_TGTKEY], r[G_CURRKEY]);
    if (eq <= 0)
        return eq;
    *out = r[G_CURRVALUE];
    r[G_CURRVALUE] = NULL_VAL;
    return 1;
}

/* ------------------------------------------------------------------ */
/* tee(iterable, n=2): tee objects share a chain of buffers of         */
/* TEE_CHUNK values (CPython's teedataobject); a chunk every tee has   */
/* passed is garbage.                                                  */

#define TEE_CHUNK 57
enum { TD_IT, TD_NEXT, TD_VALUES, TD_NUM, TD__N };
enum { T_DATA, T_INDEX, T_DTYPE, T__N };

static bool teedata_new(AwState *S, Type *dt, Value it, Value *out)
{
    Tuple *vals = awtuple_new(S, TEE_CHUNK);
    if (vals == NULL)
        return false;
    awgc_push(S, OBJ_VAL(vals));
    Obj *o = make(S, dt, TD__N, out);
    awgc_pop(S, 1);
    if (o == NULL)
        return false;
    awobj_ext(o)[TD_IT] = it;
    awobj_ext(o)[TD_VALUES] = OBJ_VAL(vals);
    awobj_ext(o)[TD_NUM] = INT_VAL(0);
    return true;
}

static bool tee_make(AwState *S, Type *t, Value data, int64_t index,
                     Value dtype, Value *out)
{
    Obj *o = make(S, t, T__N, out);
    if (o == NULL)
        return false;
    awobj_ext(o)[T_DATA] = data;
    awobj_ext(o)[T_INDEX] = INT_VAL(index);
    awobj_ext(o)[T_DTYPE] = dtype;
    return true;
}

static int tee_next(AwState *S, Value self, Value *out)
{
    Value *t = REC(self);
    if (AS_INT(t[T_INDEX]) >= TEE_CHUNK) {
        Value *d = REC(t[T_DATA]);
        if (IS_NULL(d[TD_NEXT]) &&
            !teedata_new(S, AS_TYPE(t[T_DTYPE]), d[TD_IT], &d[TD_NEXT]))
            return -1;
        t[T_DATA] = d[TD_NEXT];
        t[T_INDEX] = INT_VAL(0);
    }
    Value *d = REC(t[T_DATA]);
    int64_t i = AS_INT(t[T_INDEX]);
    Tuple *vals = AS_TUPLE(d[TD_VALUES]);
    if (i == AS_INT(d[TD_NUM])) {
        if (IS_NULL(d[TD_IT]))
            return 0;
        int n = awobj_next(S, d[TD_IT], &vals->items[i]);
        if (n <= 0) {
            if (n == 0)
                d[TD_IT] = NULL_VAL;
            return n;
        }
        d[TD_NUM].as.i++;
    }
    *out = vals->items[i];
    t[T_INDEX].as.i++;
    return 1;
}

static bool tee_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    Value *t = REC(argv[0]);
    return tee_make(S, AS_OBJ(argv[0])->type, t[T_DATA], AS_INT(t[T_INDEX]),
                    t[T_DTYPE], out);
}

static bool tee_from(AwState *S, Value it, Tuple *res, Type *tt, Value dt)
{
    Value data;
    if (IS_KIND(it, OBJ_RECORD) && AS_OBJ(it)->type == tt) {
        for (size_t i = 0; i < res->len; i++)
            if (!tee_make(S, tt, REC(it)[T_DATA], AS_INT(REC(it)[T_INDEX]),
                          dt, &res->items[i]))
                return false;
        return true;
    }
    if (!teedata_new(S, AS_TYPE(dt), it, &data))
        return false;
    awgc_push(S, data);
    bool ok = true;
    for (size_t i = 0; ok && i < res->len; i++)
        ok = tee_make(S, tt, data, 0, dt, &res->items[i]);
    awgc_pop(S, 1);
    return ok;
}

static bool fn_tee(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    int64_t n = 2;
    if (!awrec_nokw(S, "tee", kwnames))
        return false;
    if (argc < 1 || argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "tee expected at %s %d argument%s, got %d",
                            argc < 1 ? "least" : "most", argc < 1 ? 1 : 2,
                            argc < 1 ? "" : "s", argc);
    if (argc == 2 && !awobj_as_i64(S, argv[1], &n))
        return false;
    if (n < 0)
        return awerr_format(S, EXC_ValueError, "n must be >= 0");
    Value tt = mod_type(S, "_tee"), dt = mod_type(S, "_tee_dataobject"), it;
    if (IS_NULL(tt) || IS_NULL(dt))
        return not_loaded(S);
    if (!awobj_iter(S, argv[0], &it))
        return false;
    awgc_push(S, it);
    Tuple *res = awtuple_new(S, (size_t)n);
    bool ok = res != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(res));
        ok = tee_from(S, it, res, AS_TYPE(tt), dt);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    if (ok)
        *out = OBJ_VAL(res);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, MF_CLASS},
    {NULL, NULL, 0},
};

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, MF_METHOD},
    {NULL, NULL, 0},
};

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, MF_METHOD},
    {NULL, NULL, 0},
};

static const struct {
    const char *name;
    uint32_t nslots;
    NewFn new_;
    NextFn next;
    UnaryFn repr;
    const MethodDef *methods;
} itertools_types[] = {
    {"count", C__N, count_new, count_next, count_repr, NULL},
    {"cycle", CY__N, cycle_new, cycle_next, NULL, NULL},
    {"repeat", R__N, repeat_new, repeat_next, repeat_repr, repeat_methods},
    {"chain", CH__N, chain_new, chain_next, NULL, chain_methods},
    {"islice", IS__N, islice_new, islice_next, NULL, NULL},
    {"zip_longest", Z__N, zip_longest_new, zip_longest_next, NULL, NULL},
    {"product", K__N, product_new, product_next, NULL, NULL},
    {"permutations", K__N, permutations_new, permutations_next, NULL, NULL},
    {"combinations", K__N, combinations_new, combinations_next, NULL, NULL},
    {"combinations_with_replacement", K__N, cwr_new, cwr_next, NULL, NULL},
    {"accumulate", A__N, accumulate_new, accumulate_next, NULL, NULL},
    {"groupby", G__N, groupby_new, groupby_next, NULL, NULL},
    {"_grouper", GR__N, NULL, grouper_next, NULL, NULL},
    {"starmap", F__N, starmap_new, starmap_next, NULL, NULL},
    {"takewhile", F__N, takewhile_new, takewhile_next, NULL, NULL},
    {"dropwhile", F__N, dropwhile_new, dropwhile_next, NULL, NULL},
    {"filterfalse", F__N, filterfalse_new, filterfalse_next, NULL, NULL},
    {"compress", F__N, compress_new, compress_next, NULL, NULL},
    {"pairwise", PW__N, pairwise_new, pairwise_next, NULL, NULL},
    {"_tee", T__N, NULL, tee_next, NULL, tee_methods},
};

static const MethodDef itertools_functions[] = {
    {"tee", fn_tee, MF_STATIC},
    {NULL, NULL, 0},
};

bool awmod_itertools_init(AwState *S, Module *m)
{
    size_t n = sizeof itertools_types / sizeof *itertools_types;
    for (size_t i = 0; i < n; i++) {
        Type *t = awrec_type(S, m, itertools_types[i].name, NULL, OBJ_RECORD,
                             sizeof(Obj), itertools_types[i].nslots, true);
        if (t == NULL)
            return false;
        if (itertools_types[i].new_ &&
            !awrec_add_new(S, t, itertools_types[i].new_))
            return false;
        t->iter = awcont_iter_self;
        t->next = itertools_types[i].next;
        if (itertools_types[i].repr)
            t->repr = itertools_types[i].repr;
        if (!awtype_add_methods(S, t, awiter_methods) ||
            (itertools_types[i].methods &&
             !awtype_add_methods(S, t, itertools_types[i].methods)))
            return false;
    }
    return awrec_type(S, m, "_tee_dataobject", NULL, OBJ_RECORD,
                      sizeof(Obj), TD__N, true) &&
           awmodule_add_funcs(S, m, itertools_functions);
}
