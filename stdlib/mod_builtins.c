/* The builtins module: print, len, min, max, sum, sorted, isinstance...
 * with CPython 3.11's argument checking and messages, and the dict that
 * every module's name lookups fall back to (S->builtins). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/builtins.h"
#include "stdlib/io.h"
#include "stdlib/mod_sys.h"
#include "stdlib/modules.h"
#include "vm/agen.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Argument checks, each with the wording CPython uses for that kind  */
/* of builtin                                                          */

static bool no_kw(AwState *S, const char *name, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError, "%s() takes no keyword arguments",
                            name);
    return true;
}

/* METH_O: "len() takes exactly one argument (2 given)" */
static bool one_arg(AwState *S, const char *name, int argc, Tuple *kwnames)
{
    if (!no_kw(S, name, kwnames))
        return false;
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes exactly one argument (%d given)", name,
                            argc);
    return true;
}

/* _PyArg_CheckPositional: "divmod expected 2 arguments, got 1" */
static bool npos(AwState *S, const char *name, int argc, Tuple *kwnames,
                 int min, int max)
{
    if (!no_kw(S, name, kwnames))
        return false;
    if (argc < min)
        return awerr_format(
            S, EXC_TypeError, "%s expected %s%d argument%s, got %d", name,
            min == max ? "" : "at least ", min, min == 1 ? "" : "s", argc);
    if (argc > max)
        return awerr_format(
            S, EXC_TypeError, "%s expected %s%d argument%s, got %d", name,
            min == max ? "" : "at most ", max, max == 1 ? "" : "s", argc);
    return true;
}

static bool str_result(String *s, Value *out)
{
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* Calls the special method `name` of v's type with extra arguments;
 * 0 when the type lacks it. */
static int call_special(AwState *S, Value v, const char *name, int argc,
                        Value *argv, Value *out)
{
    String *n = awstr_intern_cstr(S, name);
    if (!n)
        return -1;
    Value m = awtype_lookup(S, awobj_type(S, v), n);
    if (IS_NULL(m))
        return 0;
    Value bound;
    if (!awobj_getattr(S, v, n, &bound))
        return -1;
    awgc_push(S, bound);
    bool ok = awobj_call(S, bound, argc, argv, NULL, out);
    awgc_pop(S, 1);
    return ok ? 1 : -1;
}

static bool is_number(Value v)
{
    return IS_INT(v) || IS_BOOL(v) || IS_FLOAT(v) || IS_BIGINT(v);
}

/* ------------------------------------------------------------------ */
/* print                                                               */

typedef struct PrintOpts {
    Value sep, end, file, flush;
} PrintOpts;

static bool print_opts(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       PrintOpts *o)
{
    o->sep = o->end = o->file = NONE_VAL;
    o->flush = FALSE_VAL;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        Value v = argv[argc + i];
        if (strcmp(k, "sep") == 0)
            o->sep = v;
        else if (strcmp(k, "end") == 0)
            o->end = v;
        else if (strcmp(k, "file") == 0)
            o->file = v;
        else if (strcmp(k, "flush") == 0)
            o->flush = v;
        else
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid "
                                "keyword argument for print()",
                                k);
    }
    if (!IS_NONE(o->sep) && !IS_STR(o->sep))
        return awerr_format(S, EXC_TypeError,
                            "sep must be None or a string, "
                            "not %s",
                            awobj_typename(S, o->sep));
    if (!IS_NONE(o->end) && !IS_STR(o->end))
        return awerr_format(S, EXC_TypeError,
                            "end must be None or a string, "
                            "not %s",
                            awobj_typename(S, o->end));
    return true;
}

static bool print_stdout(AwState *S, int argc, Value *argv, PrintOpts *o)
{
    StrBuf b;
    awbuf_init(S, &b);
    for (int i = 0; i < argc; i++) {
        if (i > 0) {
            if (IS_NONE(o->sep))
                awbuf_putc(&b, ' ');
            else
                awbuf_put(&b, AS_STR(o->sep)->data, AS_STR(o->sep)->len);
        }
        if (!awbuf_str(&b, argv[i])) {
            awbuf_free(&b);
            return false;
        }
    }
    if (IS_NONE(o->end))
        awbuf_putc(&b, '\n');
    else
        awbuf_put(&b, AS_STR(o->end)->data, AS_STR(o->end)->len);
    if (b.failed) {
        awbuf_free(&b);
        return awerr_nomem(S);
    }
    awstate_write_out(S, b.data, b.len);
    awbuf_free(&b);
    return true;
}

/* file.write(str(v)), as PyFile_WriteObject. */
static bool file_write(AwState *S, Value file, Value v, bool as_str)
{
    Value s = v, meth, res;
    String *name = awstr_intern_cstr(S, "write");
    if (!name)
        return false;
    if (!awobj_getattr(S, file, name, &meth))
        return false;
    awgc_push(S, meth);
    bool ok = as_str ? awobj_str(S, v, &s) : true;
    awgc_push(S, s);
    if (ok)
        ok = awobj_call(S, meth, 1, &s, NULL, &res);
    awgc_pop(S, 2);
    return ok;
}

static bool print_file(AwState *S, int argc, Value *argv, PrintOpts *o)
{
    String *space = awstr_cstr(S, " ");
    if (!space)
        return false;
    awgc_push(S, OBJ_VAL(space));
    String *nl = awstr_cstr(S, "\n");
    awgc_push(S, nl ? OBJ_VAL(nl) : NONE_VAL);
    bool ok = nl != NULL;
    for (int i = 0; ok && i < argc; i++) {
        if (i > 0)
            ok = file_write(S, o->file,
                            IS_NONE(o->sep) ? OBJ_VAL(space) : o->sep, false);
        ok = ok && file_write(S, o->file, argv[i], true);
    }
    ok = ok &&
         file_write(S, o->file, IS_NONE(o->end) ? OBJ_VAL(nl) : o->end, false);
    awgc_pop(S, 2);
    int flush = ok ? awobj_truthy(S, o->flush) : 0;
    if (flush > 0) {
        Value meth, res;
        String *name = awstr_intern_cstr(S, "flush");
        ok = name && awobj_getattr(S, o->file, name, &meth);
        awgc_push(S, ok ? meth : NONE_VAL);
        ok = ok && awobj_call(S, meth, 0, &meth, NULL, &res);
        awgc_pop(S, 1);
    }
    return ok && flush >= 0;
}

static bool bi_print(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    PrintOpts o;
    if (!print_opts(S, argc, argv, kwnames, &o))
        return false;
    *out = NONE_VAL;
    if (IS_NONE(o.file)) {
        /* sys.stdout, unless it is still the interpreter's own stream */
        if (!awsys_stdout(S, &o.file))
            return false;
        if (IS_NONE(o.file))
            return true;
        if (IS_NULL(o.file)) {
            bool ok = print_stdout(S, argc, argv, &o);
            int flush = ok ? awobj_truthy(S, o.flush) : 0;
            if (flush > 0)
                awstate_flush(S, false);
            return ok && flush >= 0;
        }
    }
    awgc_push(S, o.file);
    bool ok = print_file(S, argc, argv, &o);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* len, repr, ascii, hash, id, callable, abs                           */

static bool bi_len(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    int64_t n;
    if (!one_arg(S, "len", argc, kwnames) || !awobj_len(S, argv[0], &n))
        return false;
    *out = INT_VAL(n);
    return true;
}

static bool bi_repr(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    return one_arg(S, "repr", argc, kwnames) && awobj_repr(S, argv[0], out);
}

static bool bi_ascii(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    Value r;
    if (!one_arg(S, "ascii", argc, kwnames) || !awobj_repr(S, argv[0], &r))
        return false;
    String *s = AS_STR(r);
    if (s->obj.flags & STR_ASCII) {
        *out = r;
        return true;
    }
    StrBuf b;
    awbuf_init(S, &b);
    for (size_t i = 0; i < s->len;) {
        size_t n;
        uint32_t c = awutf8_decode(s->data + i, &n);
        i += n;
        if (c < 0x80)
            awbuf_putc(&b, (char)c);
        else if (c <= 0xff)
            awbuf_printf(&b, "\\x%02x", (unsigned)c);
        else if (c <= 0xffff)
            awbuf_printf(&b, "\\u%04x", (unsigned)c);
        else
            awbuf_printf(&b, "\\U%08x", (unsigned)c);
    }
    return str_result(awbuf_finish(&b), out);
}

static bool bi_hash(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    int64_t h;
    if (!one_arg(S, "hash", argc, kwnames) || !awobj_hash(S, argv[0], &h))
        return false;
    *out = INT_VAL(h);
    return true;
}

/* Objects: their address. Immediates have no address: an odd number
 * derived from the value, so id(1) == id(1) and never equals an object's
 * (aligned) address. */
static bool bi_id(AwState *S, int argc, Value *argv, Tuple *kwnames, Value *out)
{
    if (!one_arg(S, "id", argc, kwnames))
        return false;
    Value v = argv[0];
    uint64_t bits = 0;
    if (IS_OBJ(v)) {
        *out = INT_VAL((int64_t)(uintptr_t)AS_OBJ(v));
        return true;
    }
    if (IS_INT(v))
        bits = (uint64_t)AS_INT(v);
    else if (IS_FLOAT(v))
        memcpy(&bits, &v.as.f, sizeof bits);
    else if (IS_BOOL(v))
        bits = AS_BOOL(v);
    bits = (bits * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)v.tag << 56);
    *out = INT_VAL((int64_t)((bits | 1) & INT64_MAX));
    return true;
}

bool awbuiltins_callable(AwState *S, Value v)
{
    if (!IS_OBJ(v))
        return false;
    switch (AS_OBJ(v)->kind) {
    case OBJ_TYPE:
    case OBJ_FUNCTION:
    case OBJ_CFUNCTION:
    case OBJ_BOUND_METHOD: return true;
    default: break;
    }
    Type *t = awobj_type(S, v);
    return t->call || !IS_NULL(awtype_lookup(S, t, NAME(S, call)));
}

static bool bi_callable(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!one_arg(S, "callable", argc, kwnames))
        return false;
    *out = BOOL_VAL(awbuiltins_callable(S, argv[0]));
    return true;
}

static bool bi_abs(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!one_arg(S, "abs", argc, kwnames))
        return false;
    Value v = argv[0];
    if (IS_BOOL(v)) {
        *out = INT_VAL(AS_BOOL(v));
        return true;
    }
    if (IS_INT(v) && AS_INT(v) != INT64_MIN) {
        *out = INT_VAL(AS_INT(v) < 0 ? -AS_INT(v) : AS_INT(v));
        return true;
    }
    if (IS_FLOAT(v)) {
        *out = FLOAT_VAL(fabs(AS_FLOAT(v)));
        return true;
    }
    if (IS_ANYINT(v)) {
        if (awint_sign(v) >= 0) {
            *out = v;
            return true;
        }
        return awnum_unop(S, UNOP_NEG, v, out);
    }
    int r = call_special(S, v, "__abs__", 0, argv, out);
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "bad operand type for abs(): '%s'",
                            awobj_typename(S, v));
    return r > 0;
}

/* ------------------------------------------------------------------ */
/* min and max                                                         */

typedef struct MinMax {
    const char *name;
    int op;
    Value key, dflt;
} MinMax;

static bool minmax_opts(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        MinMax *m)
{
    m->key = m->dflt = NULL_VAL;
    if (argc == 0)
        return awerr_format(S, EXC_TypeError,
                            "%s expected at least 1 argument, got 0", m->name);
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        if (strcmp(k, "key") == 0)
            m->key = argv[argc + i];
        else if (strcmp(k, "default") == 0)
            m->dflt = argv[argc + i];
        else
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid "
                                "keyword argument for %s()",
                                k, m->name);
    }
    if (argc > 1 && !IS_NULL(m->dflt))
        return awerr_format(S, EXC_TypeError,
                            "Cannot specify a default for "
                            "%s() with multiple positional arguments",
                            m->name);
    if (IS_NONE(m->key))
        m->key = NULL_VAL;
    return true;
}

/* R[0] the iterator, R[1] the item, R[2] its key, R[3] the best item,
 * R[4] the best key: all on the root stack. */
static bool minmax_step(AwState *S, MinMax *m, Value *R)
{
    R[2] = R[1];
    if (!IS_NULL(m->key)) {
        Value arg = R[1];
        if (!awobj_call(S, m->key, 1, &arg, NULL, &R[2]))
            return false;
    }
    if (IS_NULL(R[3])) {
        R[3] = R[1];
        R[4] = R[2];
        return true;
    }
    int c = awobj_compare(S, R[2], R[4], m->op);
    if (c < 0)
        return false;
    if (c > 0) {
        R[3] = R[1];
        R[4] = R[2];
    }
    return true;
}

static bool minmax_loop(AwState *S, MinMax *m, int argc, Value *argv, Value *R)
{
    if (argc == 1 && !awobj_iter(S, argv[0], &R[0]))
        return false;
    for (int i = 0;; i++) {
        if (argc > 1) {
            if (i == argc)
                return true;
            R[1] = argv[i];
        } else {
            int r = awobj_next(S, R[0], &R[1]);
            if (r <= 0)
                return r == 0;
        }
        if (!minmax_step(S, m, R))
            return false;
    }
}

static bool minmax(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out, MinMax *m)
{
    if (!minmax_opts(S, argc, argv, kwnames, m))
        return false;
    size_t base = S->nroots;
    for (int i = 0; i < 5; i++)
        awgc_push(S, NULL_VAL);
    Value *R = &S->roots[base];
    bool ok = minmax_loop(S, m, argc, argv, R);
    Value best = R[3];
    awgc_pop(S, 5);
    if (!ok)
        return false;
    if (!IS_NULL(best)) {
        *out = best;
        return true;
    }
    if (!IS_NULL(m->dflt)) {
        *out = m->dflt;
        return true;
    }
    return awerr_format(S, EXC_ValueError, "%s() arg is an empty sequence",
                        m->name);
}

static bool bi_min(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    MinMax m = {"min", CMP_LT, NULL_VAL, NULL_VAL};
    return minmax(S, argc, argv, kwnames, out, &m);
}

static bool bi_max(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    MinMax m = {"max", CMP_GT, NULL_VAL, NULL_VAL};
    return minmax(S, argc, argv, kwnames, out, &m);
}

/* ------------------------------------------------------------------ */
/* sum: CPython's fast paths for int and float, then generic +          */

/* R[0] the iterator, R[1] the result, R[2] the item. Returns 1 when the
 * iterator is exhausted, 0 when the result left the fast path, -1. */
static int sum_ints(AwState *S, Value *R)
{
    int64_t acc = AS_INT(R[1]);
    for (;;) {
        int r = awobj_next(S, R[0], &R[2]);
        if (r <= 0) {
            R[1] = INT_VAL(acc);
            return r == 0 ? 1 : -1;
        }
        int64_t x, sum;
        if (IS_INT(R[2]) || IS_BOOL(R[2])) {
            x = IS_INT(R[2]) ? AS_INT(R[2]) : AS_BOOL(R[2]);
            if (!__builtin_add_overflow(acc, x, &sum)) {
                acc = sum;
                continue;
            }
        }
        R[1] = INT_VAL(acc);
        return awobj_binop(S, BINOP_ADD, R[1], R[2], &R[1]) ? 0 : -1;
    }
}

static int sum_floats(AwState *S, Value *R)
{
    double acc = AS_FLOAT(R[1]);
    for (;;) {
        int r = awobj_next(S, R[0], &R[2]);
        if (r <= 0) {
            R[1] = FLOAT_VAL(acc);
            return r == 0 ? 1 : -1;
        }
        if (IS_FLOAT(R[2])) {
            acc += AS_FLOAT(R[2]);
            continue;
        }
        if (IS_INT(R[2]) || IS_BOOL(R[2])) {
            acc += IS_INT(R[2]) ? (double)AS_INT(R[2]) : AS_BOOL(R[2]);
            continue;
        }
        R[1] = FLOAT_VAL(acc);
        return awobj_binop(S, BINOP_ADD, R[1], R[2], &R[1]) ? 0 : -1;
    }
}

static bool sum_loop(AwState *S, Value *R)
{
    int r = 0;
    if (IS_INT(R[1]))
        r = sum_ints(S, R);
    if (r == 0 && IS_FLOAT(R[1]))
        r = sum_floats(S, R);
    while (r == 0) {
        r = awobj_next(S, R[0], &R[2]);
        if (r <= 0)
            return r == 0;
        r = awobj_binop(S, BINOP_ADD, R[1], R[2], &R[1]) ? 0 : -1;
    }
    return r > 0;
}

static bool bi_sum(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    static const char *const kw[] = {NULL, "start", NULL};
    Value a[2];
    if (argc == 0)
        return awerr_format(S, EXC_TypeError,
                            "sum() takes at least 1 "
                            "positional argument (0 given)");
    if (!awarg_unpack(S, "sum", argc, argv, kwnames, 1, 2, kw, a))
        return false;
    Value start = IS_NULL(a[1]) ? INT_VAL(0) : a[1];
    if (IS_STR(start))
        return awerr_format(S, EXC_TypeError,
                            "sum() can't sum strings "
                            "[use ''.join(seq) instead]");
    if (IS_BYTES(start))
        return awerr_format(S, EXC_TypeError,
                            "sum() can't sum bytes "
                            "[use b''.join(seq) instead]");
    size_t base = S->nroots;
    awgc_push(S, NULL_VAL);
    awgc_push(S, start);
    awgc_push(S, NULL_VAL);
    Value *R = &S->roots[base];
    bool ok = awobj_iter(S, a[0], &R[0]) && sum_loop(S, R);
    *out = R[1];
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* sorted, any, all, iter, next                                        */

static bool sort_opts(AwState *S, Tuple *kwnames, Value *kwv, Value *key,
                      bool *reverse)
{
    *key = NULL_VAL;
    *reverse = false;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        Value v = kwv[i], idx;
        if (strcmp(k, "key") == 0) {
            *key = IS_NONE(v) ? NULL_VAL : v;
        } else if (strcmp(k, "reverse") == 0) {
            if (!awobj_index(S, v, &idx))
                return false;
            *reverse = IS_BOOL(idx) ? AS_BOOL(idx) : awint_sign(idx) != 0;
        } else {
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid "
                                "keyword argument for sort()",
                                k);
        }
    }
    return true;
}

static bool bi_sorted(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "sorted expected 1 argument, got %d", argc);
    List *l = awlist_from_iterable(S, argv[0]);
    if (!l)
        return false;
    awgc_push(S, OBJ_VAL(l));
    Value key;
    bool reverse;
    bool ok = sort_opts(S, kwnames, argv + argc, &key, &reverse) &&
              awlist_sort(S, l, key, reverse);
    awgc_pop(S, 1);
    *out = OBJ_VAL(l);
    return ok;
}

/* any() stops at the first true item, all() at the first false one. */
static bool any_all(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out, bool want)
{
    if (!one_arg(S, want ? "any" : "all", argc, kwnames))
        return false;
    Value it, item;
    if (!awobj_iter(S, argv[0], &it))
        return false;
    argv[0] = it;
    for (;;) {
        int r = awobj_next(S, it, &item);
        if (r <= 0) {
            *out = BOOL_VAL(!want);
            return r == 0;
        }
        awgc_push(S, item);
        r = awobj_truthy(S, item);
        awgc_pop(S, 1);
        if (r < 0)
            return false;
        if ((r > 0) == want) {
            *out = BOOL_VAL(want);
            return true;
        }
    }
}

static bool bi_any(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return any_all(S, argc, argv, kwnames, out, true);
}

static bool bi_all(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return any_all(S, argc, argv, kwnames, out, false);
}

static bool bi_iter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!npos(S, "iter", argc, kwnames, 1, 2))
        return false;
    if (argc == 1)
        return awobj_iter(S, argv[0], out);
    if (!awbuiltins_callable(S, argv[0]))
        return awerr_format(S, EXC_TypeError, "iter(v, w): v must be callable");
    return awcalliter_new(S, argv[0], argv[1], out);
}

static bool bi_next(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!npos(S, "next", argc, kwnames, 1, 2))
        return false;
    Type *t = awobj_type(S, argv[0]);
    if (!t->next && IS_NULL(awtype_lookup(S, t, NAME(S, next))))
        return awerr_format(S, EXC_TypeError,
                            "'%s' object is not an "
                            "iterator",
                            t->name->data);
    /* the slot itself: a StopIteration it raises keeps its value */
    int r = t->next ? t->next(S, argv[0], out) : awobj_next(S, argv[0], out);
    if (r > 0)
        return true;
    if (r < 0 && !(argc == 2 && awerr_matches(S, EXC_TYPE(S, StopIteration))))
        return false;
    awerr_clear(S);
    if (argc == 2) {
        *out = argv[1];
        return true;
    }
    return awerr_noargs(S, EXC_StopIteration);
}

/* ------------------------------------------------------------------ */
/* isinstance, issubclass                                              */

static int isinstance_of(AwState *S, Value obj, Value cls)
{
    if (IS_TYPE(cls))
        return awobj_isinstance(S, obj, AS_TYPE(cls));
    if (!IS_TUPLE(cls)) {
        awerr_format(S, EXC_TypeError,
                     "isinstance() arg 2 must be a type, "
                     "a tuple of types, or a union");
        return -1;
    }
    if (!awstate_c_enter(S, " in __instancecheck__"))
        return -1;
    int r = 0;
    for (size_t i = 0; r == 0 && i < AS_TUPLE(cls)->len; i++)
        r = isinstance_of(S, obj, AS_TUPLE(cls)->items[i]);
    AW_C_LEAVE(S);
    return r;
}

static int issubclass_of(AwState *S, Type *t, Value cls)
{
    if (IS_TYPE(cls))
        return awtype_issubclass(t, AS_TYPE(cls));
    if (!IS_TUPLE(cls)) {
        awerr_format(S, EXC_TypeError,
                     "issubclass() arg 2 must be a class, "
                     "a tuple of classes, or a union");
        return -1;
    }
    if (!awstate_c_enter(S, " in __subclasscheck__"))
        return -1;
    int r = 0;
    for (size_t i = 0; r == 0 && i < AS_TUPLE(cls)->len; i++)
        r = issubclass_of(S, t, AS_TUPLE(cls)->items[i]);
    AW_C_LEAVE(S);
    return r;
}

static bool bi_isinstance(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (!npos(S, "isinstance", argc, kwnames, 2, 2))
        return false;
    int r = isinstance_of(S, argv[0], argv[1]);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool bi_issubclass(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (!npos(S, "issubclass", argc, kwnames, 2, 2))
        return false;
    if (!IS_TYPE(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "issubclass() arg 1 must be a class");
    int r = issubclass_of(S, AS_TYPE(argv[0]), argv[1]);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

/* ------------------------------------------------------------------ */
/* ord, chr, hex, oct, bin                                             */

static bool bi_ord(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!one_arg(S, "ord", argc, kwnames))
        return false;
    Value v = argv[0];
    size_t n;
    if (IS_STR(v) && AS_STR(v)->ncp == 1) {
        *out = INT_VAL(awutf8_decode(AS_STR(v)->data, &n));
        return true;
    }
    if (IS_BYTES(v) && AS_BYTES(v)->len == 1) {
        *out = INT_VAL(AS_BYTES(v)->data[0]);
        return true;
    }
    if (IS_STR(v) || IS_BYTES(v))
        return awerr_format(S, EXC_TypeError,
                            "ord() expected a character, "
                            "but string of length %zu found",
                            IS_STR(v) ? AS_STR(v)->ncp : AS_BYTES(v)->len);
    return awerr_format(S, EXC_TypeError,
                        "ord() expected string of length "
                        "1, but %s found",
                        awobj_typename(S, v));
}

static bool bi_chr(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    Value v;
    if (!one_arg(S, "chr", argc, kwnames) || !awobj_index(S, argv[0], &v))
        return false;
    int64_t i = IS_BOOL(v) ? AS_BOOL(v) : IS_INT(v) ? AS_INT(v) : INT64_MAX;
    if (i > INT32_MAX || i < INT32_MIN)
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff)
        return awerr_format(S, EXC_ValueError,
                            "chr() arg not in range(0x110000)");
    if (i >= 0xd800 && i <= 0xdfff) /* no lone surrogates in UTF-8 text */
        i = 0xfffd;
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_put_cp(&b, (uint32_t)i);
    return str_result(awbuf_finish(&b), out);
}

static bool int_text(AwState *S, const char *name, int base, int argc,
                     Value *argv, Tuple *kwnames, Value *out)
{
    Value v;
    if (!one_arg(S, name, argc, kwnames) || !awobj_index(S, argv[0], &v))
        return false;
    if (IS_BOOL(v))
        v = INT_VAL(AS_BOOL(v));
    return str_result(awint_to_str(S, v, base, true), out);
}

static bool bi_hex(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return int_text(S, "hex", 16, argc, argv, kwnames, out);
}

static bool bi_oct(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return int_text(S, "oct", 8, argc, argv, kwnames, out);
}

static bool bi_bin(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return int_text(S, "bin", 2, argc, argv, kwnames, out);
}

/* ------------------------------------------------------------------ */
/* round, divmod, pow                                                  */

static bool bi_round(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const kw[] = {"number", "ndigits", NULL};
    Value a[2];
    if (!awarg_unpack(S, "round", argc, argv, kwnames, 1, 2, kw, a))
        return false;
    Value nd = IS_NULL(a[1]) ? NONE_VAL : a[1];
    if (is_number(a[0]))
        return awnum_round(S, a[0], nd, out);
    int r = call_special(S, a[0], "__round__", IS_NULL(a[1]) ? 0 : 1, &nd, out);
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "type %s doesn't define __round__ method",
                            awobj_typename(S, a[0]));
    return r > 0;
}

static bool is_zero(Value v)
{
    return (IS_INT(v) && AS_INT(v) == 0) || (IS_BOOL(v) && !AS_BOOL(v)) ||
           (IS_FLOAT(v) && AS_FLOAT(v) == 0.0);
}

static bool divmod_numbers(AwState *S, Value a, Value b, Value *out)
{
    Value q, r;
    if ((IS_FLOAT(a) || IS_FLOAT(b)) && is_zero(b))
        return awerr_format(S, EXC_ZeroDivisionError, "float divmod()");
    if (!awnum_binop(S, BINOP_FLOORDIV, a, b, &q))
        return false;
    awgc_push(S, q);
    bool ok = awnum_binop(S, BINOP_MOD, a, b, &r);
    awgc_push(S, r);
    Tuple *t = ok ? awtuple_new(S, 2) : NULL;
    awgc_pop(S, 2);
    if (!t)
        return false;
    t->items[0] = q;
    t->items[1] = r;
    *out = OBJ_VAL(t);
    return true;
}

static bool bi_divmod(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!npos(S, "divmod", argc, kwnames, 2, 2))
        return false;
    Value a = argv[0], b = argv[1];
    if (is_number(a) && is_number(b))
        return divmod_numbers(S, a, b, out);
    int r = call_special(S, a, "__divmod__", 1, &argv[1], out);
    if (r > 0 && !IS_NOTIMPL(S, *out))
        return true;
    if (r < 0)
        return false;
    Value arg = a;
    r = call_special(S, b, "__rdivmod__", 1, &arg, out);
    if (r > 0 && !IS_NOTIMPL(S, *out))
        return true;
    if (r < 0)
        return false;
    return awerr_format(S, EXC_TypeError,
                        "unsupported operand type(s) for "
                        "divmod(): '%s' and '%s'",
                        awobj_typename(S, a), awobj_typename(S, b));
}

static bool bi_pow(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    static const char *const kw[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (!awarg_unpack(S, "pow", argc, argv, kwnames, 2, 3, kw, a))
        return false;
    if (IS_NULL(a[2]) || IS_NONE(a[2]))
        return awobj_binop(S, BINOP_POW, a[0], a[1], out);
    return awnum_pow3(S, a[0], a[1], a[2], out);
}

/* ------------------------------------------------------------------ */
/* input                                                               */

static bool bi_input(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!npos(S, "input", argc, kwnames, 0, 1))
        return false;
    if (argc == 1) {
        Value p;
        if (!awobj_str(S, argv[0], &p))
            return false;
        awstate_write_out(S, AS_STR(p)->data, AS_STR(p)->len);
    }
    fflush(stdout); /* the prompt must show before we block */
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n <= 0) {
        free(line);
        return awerr_format(S, EXC_EOFError, "EOF when reading a line");
    }
    if (line[n - 1] == '\n')
        n--;
    String *s = awstr_new(S, line, awutf8_check(line, (size_t)n));
    free(line);
    return str_result(s, out);
}

/* ------------------------------------------------------------------ */
/* getattr, setattr, hasattr, delattr                                  */

/* The interned attribute name from argv[i] (written back, so rooted). */
static String *attr_name(AwState *S, Value *argv, int i)
{
    if (!IS_STR(argv[i])) {
        awerr_format(S, EXC_TypeError,
                     "attribute name must be string, "
                     "not '%s'",
                     awobj_typename(S, argv[i]));
        return NULL;
    }
    String *s = AS_STR(argv[i]);
    if (!(s->obj.flags & STR_INTERNED)) {
        s = awstr_intern(S, s->data, s->len);
        if (s)
            argv[i] = OBJ_VAL(s);
    }
    return s;
}

static bool bi_getattr(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!npos(S, "getattr", argc, kwnames, 2, 3))
        return false;
    String *name = attr_name(S, argv, 1);
    if (!name)
        return false;
    if (argc == 2)
        return awobj_getattr(S, argv[0], name, out);
    int r = awobj_getattr_opt(S, argv[0], name, out);
    if (r == 0)
        *out = argv[2];
    return r >= 0;
}

static bool bi_hasattr(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Value v;
    if (!npos(S, "hasattr", argc, kwnames, 2, 2))
        return false;
    String *name = attr_name(S, argv, 1);
    if (!name)
        return false;
    int r = awobj_getattr_opt(S, argv[0], name, &v);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool bi_setattr(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!npos(S, "setattr", argc, kwnames, 3, 3))
        return false;
    String *name = attr_name(S, argv, 1);
    *out = NONE_VAL;
    return name && awobj_setattr(S, argv[0], name, argv[2]);
}

static bool bi_delattr(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!npos(S, "delattr", argc, kwnames, 2, 2))
        return false;
    String *name = attr_name(S, argv, 1);
    *out = NONE_VAL;
    return name && awobj_delattr(S, argv[0], name);
}

static bool bi_format(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!npos(S, "format", argc, kwnames, 1, 2))
        return false;
    if (argc == 2 && !IS_STR(argv[1]))
        return awerr_format(S, EXC_TypeError,
                            "format() argument 2 must be "
                            "str, not %s",
                            awobj_typename(S, argv[1]));
    String *spec = argc == 2 ? AS_STR(argv[1]) : NAME(S, empty);
    return awobj_format(S, argv[0], spec, out);
}

/* ------------------------------------------------------------------ */
/* dir, vars, globals, locals                                          */

static bool add_keys(AwState *S, Dict *names, Dict *d)
{
    size_t pos = 0;
    Value k, v;
    while (d && awdict_next(d, &pos, &k, &v))
        if (!awdict_set(S, names, k, NONE_VAL))
            return false;
    return true;
}

static bool add_type_names(AwState *S, Dict *names, Type *t)
{
    size_t n = t->mro ? t->mro->len : 0;
    for (size_t i = 0; i < n; i++) {
        Type *b = AS_TYPE(t->mro->items[i]);
        if (!add_keys(S, names, b->dict))
            return false;
        for (const GetSetDef *g = b->getset; g && g->name; g++) {
            String *s = awstr_intern_cstr(S, g->name);
            if (!s || !awdict_set(S, names, OBJ_VAL(s), NONE_VAL))
                return false;
        }
    }
    return true;
}

static Dict *instance_dict(Value v)
{
    if (!IS_OBJ(v))
        return NULL;
    Dict **dp = awobj_dictptr(AS_OBJ(v));
    return dp ? *dp : NULL;
}

/* A __dir__ that a class statement defined, or NULL_VAL. */
static Value user_dir(AwState *S, Type *t, String *name)
{
    size_t n = t->mro ? t->mro->len : 0;
    for (size_t i = 0; i < n; i++) {
        Type *b = AS_TYPE(t->mro->items[i]);
        if (!(b->tflags & TF_HEAPTYPE) || !b->dict)
            continue;
        Value m = awdict_get_str(S, b->dict, name);
        if (!IS_NULL(m))
            return m;
    }
    return NULL_VAL;
}

static bool sorted_keys(AwState *S, Dict *names, Value *out)
{
    List *l = awlist_new(S, names->len);
    if (!l)
        return false;
    size_t pos = 0;
    Value k, v;
    while (awdict_next(names, &pos, &k, &v))
        if (!awlist_append(S, l, k))
            return false;
    awgc_push(S, OBJ_VAL(l));
    bool ok = awlist_sort(S, l, NULL_VAL, false);
    awgc_pop(S, 1);
    *out = OBJ_VAL(l);
    return ok;
}

static bool dir_names(AwState *S, Value obj, Dict *names)
{
    if (IS_KIND(obj, OBJ_MODULE))
        return add_keys(S, names, instance_dict(obj));
    if (IS_TYPE(obj))
        return add_type_names(S, names, AS_TYPE(obj));
    return add_keys(S, names, instance_dict(obj)) &&
           add_type_names(S, names, awobj_type(S, obj));
}

bool awbuiltins_dir(AwState *S, Value obj, Value *out)
{
    String *dname = awstr_intern_cstr(S, "__dir__");
    if (!dname)
        return false;
    if (!IS_NULL(user_dir(S, awobj_type(S, obj), dname))) {
        Value res;
        if (call_special(S, obj, "__dir__", 0, &res, &res) < 0)
            return false;
        awgc_push(S, res);
        List *l = awlist_from_iterable(S, res);
        awgc_pop(S, 1);
        if (!l)
            return false;
        awgc_push(S, OBJ_VAL(l));
        bool ok = awlist_sort(S, l, NULL_VAL, false);
        awgc_pop(S, 1);
        *out = OBJ_VAL(l);
        return ok;
    }
    Dict *names = awdict_new(S);
    if (!names)
        return false;
    awgc_push(S, OBJ_VAL(names));
    bool ok = dir_names(S, obj, names) && sorted_keys(S, names, out);
    awgc_pop(S, 1);
    return ok;
}

/* The local variables of a function frame, as a new dict. */
static Dict *fast_locals(AwState *S, Frame *f)
{
    Dict *d = awdict_new(S);
    if (!d)
        return NULL;
    awgc_push(S, OBJ_VAL(d));
    Code *c = f->code;
    uint32_t n = c->nlocals + c->ncells + c->nfrees;
    bool ok = true;
    for (uint32_t i = 0; ok && i < n; i++) {
        Value v = f->localsplus[i];
        if (i >= c->nlocals && IS_KIND(v, OBJ_CELL))
            v = ((Cell *)AS_OBJ(v))->v;
        if (!IS_NULL(v))
            ok = awdict_set_str(S, d, c->localnames[i], v);
    }
    awgc_pop(S, 1);
    return ok ? d : NULL;
}

static bool current_locals(AwState *S, Value *out)
{
    Frame *f = S->frame;
    Dict *d = !f ? awdict_new(S) : f->locals ? f->locals : fast_locals(S, f);
    if (!d)
        return false;
    *out = OBJ_VAL(d);
    return true;
}

static bool bi_dir(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!npos(S, "dir", argc, kwnames, 0, 1))
        return false;
    if (argc == 1)
        return awbuiltins_dir(S, argv[0], out);
    Value loc;
    if (!current_locals(S, &loc))
        return false;
    awgc_push(S, loc);
    bool ok = IS_DICT(loc) ? sorted_keys(S, AS_DICT(loc), out)
                           : (awerr_format(S, EXC_TypeError,
                                           "dir(): expected keys() of "
                                           "locals to be a list"),
                              false);
    awgc_pop(S, 1);
    return ok;
}

static bool bi_vars(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!npos(S, "vars", argc, kwnames, 0, 1))
        return false;
    if (argc == 0)
        return current_locals(S, out);
    int r = awobj_getattr_opt(S, argv[0], NAME(S, dict), out);
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "vars() argument must have __dict__ attribute");
    return r > 0;
}

static bool bi_globals(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!no_kw(S, "globals", kwnames))
        return false;
    if (argc != 0)
        return awerr_format(S, EXC_TypeError,
                            "globals() takes no arguments (%d given)", argc);
    Dict *d = S->frame ? S->frame->globals : awdict_new(S);
    if (!d)
        return false;
    *out = OBJ_VAL(d);
    return true;
}

static bool bi_locals(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!no_kw(S, "locals", kwnames))
        return false;
    if (argc != 0)
        return awerr_format(S, EXC_TypeError,
                            "locals() takes no arguments (%d given)", argc);
    return current_locals(S, out);
}

/* ------------------------------------------------------------------ */
/* The module dict, in CPython's order (which "Did you mean" sees)     */

static const MethodDef builtin_functions[] = {
    {"abs", bi_abs, MF_STATIC},
    {"aiter", awagen_bi_aiter, MF_STATIC},
    {"all", bi_all, MF_STATIC},
    {"anext", awagen_bi_anext, MF_STATIC},
    {"any", bi_any, MF_STATIC},
    {"ascii", bi_ascii, MF_STATIC},
    {"bin", bi_bin, MF_STATIC},
    {"callable", bi_callable, MF_STATIC},
    {"chr", bi_chr, MF_STATIC},
    {"delattr", bi_delattr, MF_STATIC},
    {"dir", bi_dir, MF_STATIC},
    {"divmod", bi_divmod, MF_STATIC},
    {"format", bi_format, MF_STATIC},
    {"getattr", bi_getattr, MF_STATIC},
    {"globals", bi_globals, MF_STATIC},
    {"hasattr", bi_hasattr, MF_STATIC},
    {"hash", bi_hash, MF_STATIC},
    {"hex", bi_hex, MF_STATIC},
    {"id", bi_id, MF_STATIC},
    {"input", bi_input, MF_STATIC},
    {"isinstance", bi_isinstance, MF_STATIC},
    {"issubclass", bi_issubclass, MF_STATIC},
    {"iter", bi_iter, MF_STATIC},
    {"len", bi_len, MF_STATIC},
    {"locals", bi_locals, MF_STATIC},
    {"max", bi_max, MF_STATIC},
    {"min", bi_min, MF_STATIC},
    {"next", bi_next, MF_STATIC},
    {"oct", bi_oct, MF_STATIC},
    {"ord", bi_ord, MF_STATIC},
    {"pow", bi_pow, MF_STATIC},
    {"print", bi_print, MF_STATIC},
    {"repr", bi_repr, MF_STATIC},
    {"round", bi_round, MF_STATIC},
    {"setattr", bi_setattr, MF_STATIC},
    {"sorted", bi_sorted, MF_STATIC},
    {"sum", bi_sum, MF_STATIC},
    {"vars", bi_vars, MF_STATIC},
    {NULL},
};

static const struct {
    const char *name;
    TypeId id;
} builtin_types[] = {
    {"bool", TY_BOOL},
    {"bytes", TY_BYTES},
    {"dict", TY_DICT},
    {"enumerate", TY_ENUMERATE},
    {"filter", TY_FILTER},
    {"float", TY_FLOAT},
    {"frozenset", TY_FROZENSET},
    {"int", TY_INT},
    {"list", TY_LIST},
    {"map", TY_MAP},
    {"object", TY_OBJECT},
    {"range", TY_RANGE},
    {"reversed", TY_REVERSED},
    {"set", TY_SET},
    {"slice", TY_SLICE},
    {"str", TY_STR},
    {"tuple", TY_TUPLE},
    {"type", TY_TYPE},
    {"zip", TY_ZIP},
};

/* CPython's order of the exception names in the builtins dict. */
static const char *const exc_order[] = {
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
};

static bool put_name(AwState *S, const char *name, Value v)
{
    if (IS_OBJ(v) && !AS_OBJ(v))
        return true; /* a type another part has not created */
    awgc_push(S, v);
    String *k = awstr_intern_cstr(S, name);
    bool ok = k && awdict_set_str(S, S->builtins, k, v);
    awgc_pop(S, 1);
    return ok;
}

static bool put_str(AwState *S, const char *name, const char *text)
{
    String *s = awstr_cstr(S, text);
    return s && put_name(S, name, OBJ_VAL(s));
}

static bool add_functions(AwState *S)
{
    for (const MethodDef *d = builtin_functions; d->name; d++) {
        CFunction *f = awcfunc_new(S, d->name, d->fn, d->flags, NULL_VAL, NULL);
        if (!f)
            return false;
        f->module = OBJ_VAL(NAME(S, builtins));
        if (!put_name(S, d->name, OBJ_VAL(f)))
            return false;
    }
    return true;
}

static bool add_exceptions(AwState *S)
{
    for (size_t i = 0; i < sizeof exc_order / sizeof *exc_order; i++)
        for (int id = 0; id < EXC__COUNT; id++)
            if (strcmp(S->exc_types[id]->name->data, exc_order[i]) == 0 &&
                !put_name(S, exc_order[i], OBJ_VAL(S->exc_types[id])))
                return false;
    return put_name(S, "EnvironmentError", OBJ_VAL(EXC_TYPE(S, OSError))) &&
           put_name(S, "IOError", OBJ_VAL(EXC_TYPE(S, OSError)));
}

static bool add_constants_and_types(AwState *S)
{
    if (!put_name(S, "None", NONE_VAL) ||
        !put_name(S, "Ellipsis", OBJ_VAL(S->ellipsis)) ||
        !put_name(S, "NotImplemented", OBJ_VAL(S->notimpl)) ||
        !put_name(S, "False", FALSE_VAL) || !put_name(S, "True", TRUE_VAL))
        return false;
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (!put_name(S, builtin_types[i].name,
                      OBJ_VAL(S->types[builtin_types[i].id])))
            return false;
    return put_name(S, "__debug__", TRUE_VAL);
}

/* The builtins module object, registered in S->modules. */
static bool add_module(AwState *S)
{
    if (!TYPE(S, MODULE))
        return true;
    if (!S->modules && !(S->modules = awdict_new(S)))
        return false;
    Module *m = awgc_alloc(S, TYPE(S, MODULE), OBJ_MODULE, sizeof(Module));
    if (!m)
        return false;
    m->name = NAME(S, builtins);
    m->dict = S->builtins;
    return awdict_set_str(S, S->modules, NAME(S, builtins), OBJ_VAL(m));
}

bool awbuiltins_init(AwState *S)
{
    if (!awbuiltins_iter_init(S))
        return false;
    if (!S->builtins && !(S->builtins = awdict_new(S)))
        return false;
    return put_name(S, "__name__", OBJ_VAL(NAME(S, builtins))) &&
           put_str(S, "__doc__",
                   "Built-in functions, exceptions, and other "
                   "objects.\n\nNoteworthy: None is the `nil' object; "
                   "Ellipsis represents `...' in slices.") &&
           put_name(S, "__package__", OBJ_VAL(NAME(S, empty))) &&
           add_functions(S) && add_constants_and_types(S) &&
           add_exceptions(S) && add_module(S) && awio_init(S) &&
           awsys_add_exit(S, S->builtins);
}
