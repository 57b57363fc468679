/* The iterator types of the builtins module: enumerate, zip, map, filter,
 * reversed, the sequence-protocol iterator and callable_iterator. Each
 * uses the Iterator layout; what it holds lives in src and aux, which the
 * GC traces. */
#include <string.h>

#include "stdlib/builtins.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

static Iterator *iter_alloc(AwState *S, Type *t)
{
    return awgc_alloc(S, t, OBJ_ITERATOR, sizeof(Iterator));
}

static bool no_keywords(AwState *S, const char *name, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError, "%s() takes no keyword arguments",
                            name);
    return true;
}

/* A tuple holding iter(argv[i]) for each argument. */
static Tuple *iter_tuple(AwState *S, int argc, Value *argv)
{
    Tuple *its = awtuple_new(S, (size_t)argc);
    if (!its)
        return NULL;
    awgc_push(S, OBJ_VAL(its));
    for (int i = 0; i < argc; i++) {
        Value it;
        if (!awobj_iter(S, argv[i], &it)) {
            awgc_pop(S, 1);
            return NULL;
        }
        its->items[i] = it;
    }
    awgc_pop(S, 1);
    return its;
}

/* An iterator object of type t over src and aux (both must be rooted). */
static bool make(AwState *S, Type *t, Value src, Value aux, int64_t index,
                 Value *out)
{
    Iterator *it = iter_alloc(S, t);
    if (!it)
        return false;
    it->src = src;
    it->aux = aux;
    it->index = index;
    *out = OBJ_VAL(it);
    return true;
}

static bool stop_or_index_error(AwState *S)
{
    if (!awerr_matches(S, EXC_TYPE(S, IndexError)) &&
        !awerr_matches(S, EXC_TYPE(S, StopIteration)))
        return false;
    awerr_clear(S);
    return true;
}

/* ------------------------------------------------------------------ */
/* enumerate(iterable, start=0): index counts while it fits int64_t,   */
/* then aux holds the (big) count.                                     */

static bool enumerate_new(AwState *S, Type *t, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"iterable", "start", NULL};
    Value a[2], start = INT_VAL(0), it;
    if (!awarg_unpack(S, "enumerate", argc, argv, kwnames, 0, 2, kw, a))
        return false;
    if (IS_NULL(a[0]))
        return awerr_format(S, EXC_TypeError,
                            "enumerate() missing "
                            "required argument 'iterable'");
    if (!IS_NULL(a[1]) && !awobj_index(S, a[1], &start))
        return false;
    if (IS_BOOL(start))
        start = INT_VAL(AS_BOOL(start));
    awgc_push(S, start);
    bool ok = awobj_iter(S, a[0], &it);
    if (ok) {
        awgc_push(S, it);
        ok = make(S, t, it, IS_INT(start) ? NULL_VAL : start,
                  IS_INT(start) ? AS_INT(start) : 0, out);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool enumerate_count(AwState *S, Iterator *e, Value *count)
{
    if (IS_NULL(e->aux) && e->index < INT64_MAX) {
        *count = INT_VAL(e->index++);
        return true;
    }
    if (IS_NULL(e->aux))
        e->aux = INT_VAL(e->index);
    *count = e->aux;
    Value next;
    if (!awobj_binop(S, BINOP_ADD, e->aux, INT_VAL(1), &next))
        return false;
    e->aux = next;
    return true;
}

static int enumerate_next(AwState *S, Value self, Value *out)
{
    Iterator *e = (Iterator *)AS_OBJ(self);
    Value item, count;
    int r = awobj_next(S, e->src, &item);
    if (r <= 0)
        return r;
    awgc_push(S, item);
    if (!enumerate_count(S, e, &count)) {
        awgc_pop(S, 1);
        return -1;
    }
    awgc_push(S, count);
    Tuple *t = awtuple_new(S, 2);
    awgc_pop(S, 2);
    if (!t)
        return -1;
    t->items[0] = count;
    t->items[1] = item;
    *out = OBJ_VAL(t);
    return 1;
}

/* ------------------------------------------------------------------ */
/* zip(*iterables, strict=False): src is the tuple of iterators, step  */
/* the strict flag.                                                    */

static bool zip_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    int strict = 0;
    for (size_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        if (strcmp(k, "strict") != 0)
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid "
                                "keyword argument for zip()",
                                k);
        strict = awobj_truthy(S, argv[argc + i]);
        if (strict < 0)
            return false;
    }
    Tuple *its = iter_tuple(S, argc, argv);
    if (!its)
        return false;
    awgc_push(S, OBJ_VAL(its));
    bool ok = make(S, t, OBJ_VAL(its), NULL_VAL, 0, out);
    awgc_pop(S, 1);
    if (ok)
        ((Iterator *)AS_OBJ(*out))->step = strict;
    return ok;
}

/* strict=True: iterator i ran out; say which argument is shorter or
 * longer, as CPython does. */
static int zip_strict_end(AwState *S, Tuple *its, size_t i)
{
    if (i > 0) {
        awerr_format(S, EXC_ValueError,
                     "zip() argument %zu is shorter than argument%s%zu", i + 1,
                     i == 1 ? " " : "s 1-", i);
        return -1;
    }
    for (i = 1; i < its->len; i++) {
        Value item;
        int r = awobj_next(S, its->items[i], &item);
        if (r < 0)
            return -1;
        if (r > 0) {
            awerr_format(S, EXC_ValueError,
                         "zip() argument %zu is longer than argument%s%zu",
                         i + 1, i == 1 ? " " : "s 1-", i);
            return -1;
        }
    }
    return 0;
}

static int zip_next(AwState *S, Value self, Value *out)
{
    Iterator *z = (Iterator *)AS_OBJ(self);
    Tuple *its = AS_TUPLE(z->src);
    if (its->len == 0)
        return 0;
    Tuple *res = awtuple_new(S, its->len);
    if (!res)
        return -1;
    awgc_push(S, OBJ_VAL(res));
    for (size_t i = 0; i < its->len; i++) {
        Value item;
        int r = awobj_next(S, its->items[i], &item);
        if (r <= 0) {
            awgc_pop(S, 1);
            return r == 0 && z->step ? zip_strict_end(S, its, i) : r;
        }
        res->items[i] = item;
    }
    awgc_pop(S, 1);
    *out = OBJ_VAL(res);
    return 1;
}

/* ------------------------------------------------------------------ */
/* map(func, *iterables): aux is func, src the tuple of iterators.      */

static bool map_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!no_keywords(S, "map", kwnames))
        return false;
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "map() must have at least two arguments.");
    Tuple *its = iter_tuple(S, argc - 1, argv + 1);
    if (!its)
        return false;
    awgc_push(S, OBJ_VAL(its));
    bool ok = make(S, t, OBJ_VAL(its), argv[0], 0, out);
    awgc_pop(S, 1);
    return ok;
}

/* The arguments of each call sit on the root stack, which never moves,
 * so they are rooted and contiguous. */
static int map_next(AwState *S, Value self, Value *out)
{
    Iterator *m = (Iterator *)AS_OBJ(self);
    Tuple *its = AS_TUPLE(m->src);
    size_t base = S->nroots;
    if (base + its->len + 64 > AWGC_MAX_ROOTS) {
        awerr_format(S, EXC_RecursionError, "too many map() arguments");
        return -1;
    }
    for (size_t i = 0; i < its->len; i++) {
        Value item;
        int r = awobj_next(S, its->items[i], &item);
        if (r <= 0) {
            awgc_pop(S, S->nroots - base);
            return r;
        }
        awgc_push(S, item);
    }
    bool ok = awobj_call(S, m->aux, (int)its->len, &S->roots[base], NULL, out);
    awgc_pop(S, S->nroots - base);
    return ok ? 1 : -1;
}

/* ------------------------------------------------------------------ */
/* filter(function or None, iterable)                                  */

static bool filter_new(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    if (!no_keywords(S, "filter", kwnames))
        return false;
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "filter expected 2 arguments, got %d", argc);
    Value it;
    if (!awobj_iter(S, argv[1], &it))
        return false;
    awgc_push(S, it);
    bool ok = make(S, t, it, argv[0], 0, out);
    awgc_pop(S, 1);
    return ok;
}

static int filter_test(AwState *S, Value func, Value item)
{
    if (IS_NONE(func) || (IS_TYPE(func) && AS_TYPE(func) == TYPE(S, BOOL)))
        return awobj_truthy(S, item);
    Value res, arg = item;
    if (!awobj_call(S, func, 1, &arg, NULL, &res))
        return -1;
    awgc_push(S, res);
    int r = awobj_truthy(S, res);
    awgc_pop(S, 1);
    return r;
}

static int filter_next(AwState *S, Value self, Value *out)
{
    Iterator *f = (Iterator *)AS_OBJ(self);
    for (;;) {
        Value item;
        int r = awobj_next(S, f->src, &item);
        if (r <= 0)
            return r;
        awgc_push(S, item);
        r = filter_test(S, f->aux, item);
        awgc_pop(S, 1);
        if (r < 0)
            return -1;
        if (r) {
            *out = item;
            return 1;
        }
    }
}

/* ------------------------------------------------------------------ */
/* reversed(seq): __reversed__ when the type has it, else the sequence */
/* protocol from len(seq) - 1 down to 0.                               */

static bool call_reversed(AwState *S, Value seq, String *name, Value *out)
{
    Value bound;
    if (!awobj_getattr(S, seq, name, &bound))
        return false;
    awgc_push(S, bound);
    bool ok = awobj_call(S, bound, 0, &bound, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

static bool reversed_new(AwState *S, Type *t, int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    if (!no_keywords(S, "reversed", kwnames))
        return false;
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "reversed expected 1 argument, got %d", argc);
    Value seq = argv[0];
    Type *st = awobj_type(S, seq);
    String *name = awstr_intern_cstr(S, "__reversed__");
    if (!name)
        return false;
    Value meth = awtype_lookup(S, st, name);
    if (!IS_NULL(meth) && !IS_NONE(meth))
        return call_reversed(S, seq, name, out);
    if (IS_NONE(meth) || !st->getitem || IS_DICT(seq))
        return awerr_format(S, EXC_TypeError, "'%s' object is not reversible",
                            st->name->data);
    int64_t n;
    if (!awobj_len(S, seq, &n))
        return false;
    return make(S, t, n > 0 ? seq : NULL_VAL, NULL_VAL, n - 1, out);
}

static int reversed_next(AwState *S, Value self, Value *out)
{
    Iterator *r = (Iterator *)AS_OBJ(self);
    if (IS_NULL(r->src) || r->index < 0)
        return 0;
    if (!awobj_getitem(S, r->src, INT_VAL(r->index), out)) {
        r->src = NULL_VAL;
        return stop_or_index_error(S) ? 0 : -1;
    }
    if (--r->index < 0)
        r->src = NULL_VAL;
    return 1;
}

/* ------------------------------------------------------------------ */
/* The sequence-protocol iterator and callable_iterator                */

bool awseqiter_new(AwState *S, Value seq, Value *out)
{
    return make(S, TYPE(S, SEQ_ITER), seq, NULL_VAL, 0, out);
}

static int seqiter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return 0;
    if (!awobj_getitem(S, it->src, INT_VAL(it->index), out)) {
        it->src = NULL_VAL;
        return stop_or_index_error(S) ? 0 : -1;
    }
    it->index++;
    return 1;
}

bool awcalliter_new(AwState *S, Value callable, Value sentinel, Value *out)
{
    awgc_push(S, callable);
    awgc_push(S, sentinel);
    bool ok = make(S, TYPE(S, CALLABLE_ITER), callable, sentinel, 0, out);
    awgc_pop(S, 2);
    return ok;
}

static int calliter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    Value res;
    if (IS_NULL(it->src))
        return 0;
    if (!awobj_call(S, it->src, 0, &res, NULL, &res)) {
        if (!awerr_matches(S, EXC_TYPE(S, StopIteration)))
            return -1;
        awerr_clear(S);
        it->src = it->aux = NULL_VAL;
        return 0;
    }
    awgc_push(S, res);
    int eq = awobj_eq(S, it->aux, res);
    awgc_pop(S, 1);
    if (eq < 0)
        return -1;
    if (eq) {
        it->src = it->aux = NULL_VAL;
        return 0;
    }
    *out = res;
    return 1;
}

/* ------------------------------------------------------------------ */
/* The types                                                           */

static bool iter_repr(AwState *S, Value self, Value *out)
{
    String *s = awstr_printf(S, "<%s object at %p>", awobj_typename(S, self),
                             (void *)AS_OBJ(self));
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool m_iter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    *out = argv[0];
    return true;
}

static bool m_next(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    int r = awobj_type(S, argv[0])->next(S, argv[0], out);
    if (r == 0)
        return awerr_noargs(S, EXC_StopIteration);
    return r > 0;
}

const MethodDef awiter_methods[] = {
    {"__iter__", m_iter, MF_METHOD},
    {"__next__", m_next, MF_METHOD},
    {NULL, NULL, 0},
};

static bool no_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return awerr_format(S, EXC_TypeError, "cannot create '%s' instances",
                        t->name->data);
}

bool awbuiltins_iter_init(AwState *S)
{
    static const struct {
        TypeId id;
        const char *name;
        NewFn new_;
        NextFn next;
    } defs[] = {
        {TY_ENUMERATE, "enumerate", enumerate_new, enumerate_next},
        {TY_ZIP, "zip", zip_new, zip_next},
        {TY_MAP, "map", map_new, map_next},
        {TY_FILTER, "filter", filter_new, filter_next},
        {TY_REVERSED, "reversed", reversed_new, reversed_next},
        {TY_SEQ_ITER, "iterator", no_new, seqiter_next},
        {TY_CALLABLE_ITER, "callable_iterator", no_new, calliter_next},
    };
    for (size_t i = 0; i < sizeof defs / sizeof *defs; i++) {
        Type *t =
            awtype_new_builtin(S, defs[i].id, defs[i].name, TYPE(S, OBJECT),
                               OBJ_ITERATOR, sizeof(Iterator));
        if (!t)
            return false;
        S->types[defs[i].id] = t;
        t->new_ = defs[i].new_;
        t->next = defs[i].next;
        t->iter = awcont_iter_self;
        t->repr = iter_repr;
        if (defs[i].new_ == no_new)
            t->tflags &= ~(uint32_t)TF_BASETYPE;
        else
            t->tflags |= TF_BASETYPE;
        if (!awtype_add_methods(S, t, awiter_methods))
            return false;
    }
    return true;
}
