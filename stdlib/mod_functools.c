/* The functools module: reduce, partial, update_wrapper and wraps,
 * lru_cache and cache, cmp_to_key and total_ordering. partial, the lru
 * wrapper and the key wrapper are records (stdlib/rec.h). */
#include <string.h>

#include "stdlib/builtins.h"
#include "stdlib/rec.h"
#include "vm/containers.h"
#include "vm/interp.h"
#include "vm/str.h"

static String *intern(AwState *S, const char *s)
{
    return awstr_intern_cstr(S, s);
}

/* ------------------------------------------------------------------ */
/* reduce(function, iterable[, initial])                               */

static bool reduce_loop(AwState *S, Value fn, Value it, Value *acc)
{
    for (;;) {
        Value item;
        int r = awobj_next(S, it, &item);
        if (r <= 0)
            return r == 0;
        if (IS_NULL(*acc)) {
            *acc = item;
            continue;
        }
        Value args[2] = {*acc, item};
        awgc_push(S, args[0]);
        awgc_push(S, args[1]);
        bool ok = awobj_call(S, fn, 2, S->roots + S->nroots - 2, NULL, acc);
        awgc_pop(S, 2);
        if (!ok)
            return false;
    }
}

static bool fn_reduce(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awrec_nokw(S, "reduce", kwnames))
        return false;
    if (argc < 2 || argc > 3)
        return awerr_format(S, EXC_TypeError,
                            "reduce expected at %s %d arguments, got %d",
                            argc < 2 ? "least" : "most", argc < 2 ? 2 : 3,
                            argc);
    Value it;
    if (!awobj_iter(S, argv[1], &it)) {
        if (!awerr_matches(S, EXC_TYPE(S, TypeError)))
            return false;
        awerr_clear(S);
        return awerr_format(S, EXC_TypeError,
                            "reduce() arg 2 must support iteration");
    }
    awgc_push(S, it);
    size_t acc_slot = S->nroots;
    awgc_push(S, argc == 3 ? argv[2] : NULL_VAL);
    bool ok = reduce_loop(S, argv[0], it, &S->roots[acc_slot]);
    Value acc = S->roots[acc_slot];
    awgc_pop(S, 2);
    if (!ok)
        return false;
    if (IS_NULL(acc))
        return awerr_format(S, EXC_TypeError,
                            "reduce() of empty iterable with no initial "
                            "value");
    *out = acc;
    return true;
}

/* ------------------------------------------------------------------ */
/* partial(func, *args, **keywords)                                    */

enum { P_FUNC, P_ARGS, P_KW, P_DICT, P__N };

static bool partial_call(AwState *S, Value self, int argc, Value *argv,
                         Tuple *kwnames, Value *out);

static bool partial_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    if (argc < 1)
        return awerr_format(S, EXC_TypeError,
                            "type 'partial' takes at least one argument");
    Value fn = argv[0];
    Tuple *inner_args = NULL;
    Dict *inner_kw = NULL;
    if (IS_KIND(fn, OBJ_RECORD) && AS_OBJ(fn)->type->call == partial_call &&
        IS_NULL(REC(fn)[P_DICT])) {
        inner_args = AS_TUPLE(REC(fn)[P_ARGS]);
        inner_kw = AS_DICT(REC(fn)[P_KW]);
        fn = REC(fn)[P_FUNC];
    } else if (!awbuiltins_callable(S, fn)) {
        return awerr_format(S, EXC_TypeError,
                            "the first argument must be callable");
    }
    size_t ni = inner_args ? inner_args->len : 0;
    Obj *p = awrec_new(S, t, P__N);
    if (p == NULL)
        return false;
    *out = OBJ_VAL(p);
    awgc_push(S, *out);
    Value *r = REC(*out);
    r[P_FUNC] = fn;
    Tuple *args = awtuple_new(S, ni + (size_t)argc - 1);
    bool ok = args != NULL;
    if (ok) {
        r[P_ARGS] = OBJ_VAL(args);
        for (size_t i = 0; i < ni; i++)
            args->items[i] = inner_args->items[i];
        for (int i = 1; i < argc; i++)
            args->items[ni + (size_t)i - 1] = argv[i];
    }
    Dict *kw = ok ? (inner_kw ? awdict_copy(S, inner_kw) : awdict_new(S))
                  : NULL;
    ok = kw != NULL;
    if (ok)
        r[P_KW] = OBJ_VAL(kw);
    for (size_t k = 0; ok && kwnames && k < kwnames->len; k++)
        ok = awdict_set(S, kw, kwnames->items[k], argv[argc + (int)k]);
    awgc_pop(S, 1);
    return ok;
}

static bool partial_call(AwState *S, Value self, int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    Value *r = REC(self);
    Tuple *pa = AS_TUPLE(r[P_ARGS]);
    Dict *pk = AS_DICT(r[P_KW]);
    size_t nkw = kwnames ? kwnames->len : 0;
    size_t n = pa->len + (size_t)argc;
    if (S->nroots + n + nkw + 4 > AWGC_MAX_ROOTS)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    size_t base = S->nroots;
    awgc_push(S, self);
    Value *args = S->roots + S->nroots;
    for (size_t i = 0; i < pa->len; i++)
        awgc_push(S, pa->items[i]);
    for (int i = 0; i < argc; i++)
        awgc_push(S, argv[i]);
    bool ok;
    if (pk->len == 0) {
        for (size_t k = 0; k < nkw; k++)
            awgc_push(S, argv[argc + (int)k]);
        ok = awobj_call(S, r[P_FUNC], (int)n, args, kwnames, out);
    } else {
        Dict *kw = awdict_copy(S, pk);
        ok = kw != NULL;
        if (ok)
            awgc_push(S, OBJ_VAL(kw));
        for (size_t k = 0; ok && k < nkw; k++)
            ok = awdict_set(S, kw, kwnames->items[k], argv[argc + (int)k]);
        ok = ok && awrec_call_kw(S, r[P_FUNC], (int)n, args, kw, out);
    }
    awgc_pop(S, S->nroots - base);
    return ok;
}

static bool partial_repr_body(AwState *S, StrBuf *b, Value self)
{
    Value *r = REC(self);
    Type *t = AS_OBJ(self)->type;
    const char *name = t->tflags & TF_HEAPTYPE ? t->name->data
                                               : "functools.partial";
    awbuf_printf(b, "%s(", name);
    if (!awbuf_repr(b, r[P_FUNC]))
        return false;
    Tuple *a = AS_TUPLE(r[P_ARGS]);
    for (size_t i = 0; i < a->len; i++) {
        awbuf_puts(b, ", ");
        if (!awbuf_repr(b, a->items[i]))
            return false;
    }
    size_t pos = 0;
    Value k, v;
    while (awdict_next(AS_DICT(r[P_KW]), &pos, &k, &v)) {
        awbuf_puts(b, ", ");
        awgc_push(S, v);
        bool ok = awbuf_str(b, k);
        awbuf_putc(b, '=');
        ok = ok && awbuf_repr(b, v);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    awbuf_putc(b, ')');
    return true;
}

static bool partial_repr(AwState *S, Value self, Value *out)
{
    int e = awcont_repr_enter(S, AS_OBJ(self));
    if (e != 0)
        return e > 0 && awrec_ret(awstr_cstr(S, "..."), out);
    StrBuf b;
    awbuf_init(S, &b);
    bool ok = partial_repr_body(S, &b, self);
    awcont_repr_leave(S);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    return awrec_ret(awbuf_finish(&b), out);
}

static bool partial_get_func(AwState *S, Value self, Value *out)
{
    *out = REC(self)[P_FUNC];
    return true;
}

static bool partial_get_args(AwState *S, Value self, Value *out)
{
    *out = REC(self)[P_ARGS];
    return true;
}

static bool partial_get_keywords(AwState *S, Value self, Value *out)
{
    *out = REC(self)[P_KW];
    return true;
}

static bool partial_get_dict(AwState *S, Value self, Value *out)
{
    Value *d = &REC(self)[P_DICT];
    if (!IS_DICT(*d)) {
        Dict *nd = awdict_new(S);
        if (nd == NULL)
            return false;
        *d = OBJ_VAL(nd);
    }
    *out = *d;
    return true;
}

static bool partial_set_dict(AwState *S, Value self, Value v)
{
    if (!IS_DICT(v))
        return awerr_format(S, EXC_TypeError,
                            "__dict__ must be set to a dictionary, not a "
                            "'%s'", awobj_typename(S, v));
    REC(self)[P_DICT] = v;
    return true;
}

static const GetSetDef partial_getset[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {"__dict__", partial_get_dict, partial_set_dict},
    {NULL, NULL, NULL},
};

static bool partial_getattr(AwState *S, Value self, String *name, Value *out)
{
    return awrec_getattr_dict(S, self, name, P_DICT, out);
}

static bool partial_setattr(AwState *S, Value self, String *name, Value v)
{
    return awrec_setattr_dict(S, self, name, P_DICT, v);
}

static Type *partial_type(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "partial", NULL, OBJ_RECORD, sizeof(Obj), P__N,
                         true);
    if (t == NULL)
        return NULL;
    t->tflags |= TF_BASETYPE;
    if (!awrec_add_new(S, t, partial_new))
        return false;
    t->call = partial_call;
    t->repr = partial_repr;
    t->getset = partial_getset;
    t->getattr = partial_getattr;
    t->setattr = partial_setattr;
    return t;
}

/* ------------------------------------------------------------------ */
/* update_wrapper and wraps                                            */

static const char *const wrapper_assignments[] = {
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__",
    NULL,
};
static const char *const wrapper_updates[] = {"__dict__", NULL};

static bool name_tuple(AwState *S, const char *const *names, Value *out)
{
    size_t n = 0;
    while (names[n])
        n++;
    Tuple *t = awtuple_new(S, n);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    awgc_push(S, *out);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        String *s = intern(S, names[i]);
        ok = s != NULL;
        if (ok)
            t->items[i] = OBJ_VAL(s);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool attr_name(AwState *S, Value v, String **out)
{
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "attribute name must be string, not '%s'",
                            awobj_typename(S, v));
    *out = awstr_intern_str(S, AS_STR(v));
    return *out != NULL;
}

static bool assign_one(AwState *S, Value wrapper, Value wrapped, Value name)
{
    String *n;
    Value v;
    if (!attr_name(S, name, &n))
        return false;
    int r = awobj_getattr_opt(S, wrapped, n, &v);
    if (r <= 0)
        return r == 0;
    awgc_push(S, v);
    bool ok = awobj_setattr(S, wrapper, n, v);
    awgc_pop(S, 1);
    return ok;
}

static bool update_one(AwState *S, Value wrapper, Value wrapped, Value name)
{
    String *n;
    Value dst, src = NULL_VAL, upd;
    if (!attr_name(S, name, &n) || !awobj_getattr(S, wrapper, n, &dst))
        return false;
    awgc_push(S, dst);
    int r = awobj_getattr_opt(S, wrapped, n, &src);
    bool ok = r >= 0;
    if (r > 0) {
        awgc_push(S, src);
        String *u = intern(S, "update");
        ok = u && awobj_getattr(S, dst, u, &upd);
        if (ok) {
            awgc_push(S, upd);
            Value res;
            ok = awobj_call(S, upd, 1, &S->roots[S->nroots - 2], NULL, &res);
            awgc_pop(S, 1);
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool for_each(AwState *S, Value names, Value wrapper, Value wrapped,
                     bool (*fn)(AwState *, Value, Value, Value))
{
    Value it, name;
    if (!awobj_iter(S, names, &it))
        return false;
    awgc_push(S, it);
    int r;
    while ((r = awobj_next(S, it, &name)) > 0) {
        awgc_push(S, name);
        bool ok = fn(S, wrapper, wrapped, name);
        awgc_pop(S, 1);
        if (!ok) {
            r = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    return r == 0;
}

static bool update_wrapper(AwState *S, Value wrapper, Value wrapped,
                           Value assigned, Value updated)
{
    awgc_push(S, assigned);
    awgc_push(S, updated);
    bool ok = (!IS_NULL(assigned) ||
               name_tuple(S, wrapper_assignments, &S->roots[S->nroots - 2])) &&
              (!IS_NULL(updated) ||
               name_tuple(S, wrapper_updates, &S->roots[S->nroots - 1]));
    ok = ok && for_each(S, S->roots[S->nroots - 2], wrapper, wrapped,
                        assign_one) &&
         for_each(S, S->roots[S->nroots - 1], wrapper, wrapped, update_one);
    awgc_pop(S, 2);
    String *w = ok ? intern(S, "__wrapped__") : NULL;
    return w && awobj_setattr(S, wrapper, w, wrapped);
}

static bool fn_update_wrapper(AwState *S, int argc, Value *argv,
                              Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"wrapper", "wrapped", "assigned",
                                     "updated", NULL};
    Value a[4];
    if (!awarg_unpack(S, "update_wrapper", argc, argv, kwnames, 2, 4, kw, a))
        return false;
    *out = a[0];
    return update_wrapper(S, a[0], a[1], a[2], a[3]);
}

/* The type functools.partial, from the imported module. */
static Value partial_class(AwState *S)
{
    String *mn = intern(S, "functools"), *pn = intern(S, "partial");
    Value m = mn ? awdict_get_str(S, S->modules, mn) : NULL_VAL;
    if (!IS_KIND(m, OBJ_MODULE) || pn == NULL)
        return NULL_VAL;
    Value t = awdict_get_str(S, ((Module *)AS_OBJ(m))->dict, pn);
    return IS_TYPE(t) ? t : NULL_VAL;
}

/* wraps(wrapped, assigned=..., updated=...): CPython's
 * partial(update_wrapper, wrapped=..., assigned=..., updated=...). */
static bool fn_wraps(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const kw[] = {"wrapped", "assigned", "updated", NULL};
    Value a[3];
    if (!awarg_unpack(S, "wraps", argc, argv, kwnames, 1, 3, kw, a))
        return false;
    Value ptype = partial_class(S);
    if (IS_NULL(ptype))
        return awerr_format(S, EXC_ImportError, "functools is not loaded");
    size_t base = S->nroots;
    CFunction *uw = awcfunc_new(S, "update_wrapper", fn_update_wrapper,
                                MF_STATIC, NULL_VAL, NULL);
    if (uw == NULL)
        return false;
    awgc_push(S, OBJ_VAL(uw));
    String *mn = intern(S, "functools");
    if (mn == NULL) {
        awgc_pop(S, 1);
        return false;
    }
    uw->module = OBJ_VAL(mn);
    for (int i = 0; i < 3; i++)
        awgc_push(S, a[i]);
    Value names;
    bool ok = (!IS_NULL(a[1]) ||
               name_tuple(S, wrapper_assignments, &S->roots[base + 2])) &&
              (!IS_NULL(a[2]) ||
               name_tuple(S, wrapper_updates, &S->roots[base + 3])) &&
              name_tuple(S, kw, &names);
    if (ok) {
        awgc_push(S, names);
        ok = partial_new(S, AS_TYPE(ptype), 1, &S->roots[base], AS_TUPLE(names),
                         out);
    }
    awgc_pop(S, S->nroots - base);
    return ok;
}

/* ------------------------------------------------------------------ */
/* lru_cache(maxsize=128, typed=False) and cache                       */

/* The wrapper: the cache is an insertion-ordered dict used as the LRU
 * list (a hit moves its key to the end; eviction drops the first). */
enum {
    L_FUNC, L_CACHE, L_MAXSIZE, L_TYPED, L_HITS, L_MISSES, L_DICT, L_INFO,
    L__N
};

/* CPython's _make_key: args, then a marker and the keyword items, then
 * the types when typed; a lone int or str argument is its own key. */
static bool make_key(AwState *S, Value self, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    bool typed = AS_BOOL(REC(self)[L_TYPED]);
    size_t nkw = kwnames ? kwnames->len : 0;
    if (!typed && nkw == 0 && argc == 1 &&
        (IS_INT(argv[0]) || IS_BIGINT(argv[0]) ||
         (IS_STR(argv[0]) && AS_OBJ(argv[0])->type == TYPE(S, STR)))) {
        *out = argv[0];
        return true;
    }
    size_t n = (size_t)argc + (nkw ? 1 + 2 * nkw : 0);
    if (typed)
        n += (size_t)argc + nkw;
    Tuple *k = awtuple_new(S, n);
    if (k == NULL)
        return false;
    size_t j = 0;
    for (int i = 0; i < argc; i++)
        k->items[j++] = argv[i];
    if (nkw) {
        k->items[j++] = OBJ_VAL(AS_OBJ(self)->type); /* the kwd_mark */
        for (size_t i = 0; i < nkw; i++) {
            k->items[j++] = kwnames->items[i];
            k->items[j++] = argv[argc + (int)i];
        }
    }
    for (int i = 0; typed && i < argc + (int)nkw; i++)
        k->items[j++] = OBJ_VAL(awobj_type(S, argv[i]));
    *out = OBJ_VAL(k);
    return true;
}

static void bump(Value *counter)
{
    counter->as.i++;
}

static bool evict_oldest(AwState *S, Dict *cache)
{
    size_t pos = 0;
    Value k, v;
    if (!awdict_next(cache, &pos, &k, &v))
        return true;
    awgc_push(S, k);
    int r = awdict_del(S, cache, k);
    awgc_pop(S, 1);
    return r >= 0;
}

static bool lru_store(AwState *S, Value self, Value key, Value result)
{
    Value *r = REC(self);
    Dict *cache = AS_DICT(r[L_CACHE]);
    Value old;
    int found = awdict_get(S, cache, key, &old);
    if (found != 0) /* a recursive call cached it meanwhile */
        return found > 0;
    if (IS_INT(r[L_MAXSIZE]) && (int64_t)cache->len >= AS_INT(r[L_MAXSIZE]) &&
        !evict_oldest(S, cache))
        return false;
    return awdict_set(S, cache, key, result);
}

static bool lru_hit(AwState *S, Value self, Value key, Value v)
{
    Value *r = REC(self);
    bump(&r[L_HITS]);
    if (!IS_INT(r[L_MAXSIZE]))
        return true;
    Dict *cache = AS_DICT(r[L_CACHE]);
    awgc_push(S, v);
    bool ok = awdict_del(S, cache, key) >= 0 && awdict_set(S, cache, key, v);
    awgc_pop(S, 1);
    return ok;
}

static bool lru_call(AwState *S, Value self, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    Value *r = REC(self);
    if (IS_INT(r[L_MAXSIZE]) && AS_INT(r[L_MAXSIZE]) == 0) {
        bump(&r[L_MISSES]);
        return awobj_call(S, r[L_FUNC], argc, argv, kwnames, out);
    }
    Value key;
    if (!make_key(S, self, argc, argv, kwnames, &key))
        return false;
    awgc_push(S, key);
    int found = awdict_get(S, AS_DICT(r[L_CACHE]), key, out);
    bool ok = found >= 0;
    if (found > 0) {
        ok = lru_hit(S, self, key, *out);
    } else if (ok) {
        bump(&r[L_MISSES]);
        ok = awobj_call(S, r[L_FUNC], argc, argv, kwnames, out);
        if (ok) {
            awgc_push(S, *out);
            ok = lru_store(S, self, key, *out);
            awgc_pop(S, 1);
        }
    }
    awgc_pop(S, 1);
    return ok;
}

static bool m_cache_info(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    if (!awcont_nargs(S, "cache_info", argc - 1, kwnames, 0, 0))
        return false;
    Value *r = REC(argv[0]);
    Value items[4] = {r[L_HITS], r[L_MISSES], r[L_MAXSIZE],
                      INT_VAL((int64_t)AS_DICT(r[L_CACHE])->len)};
    return awnt_make(S, AS_TYPE(r[L_INFO]), items, 4, out);
}

static bool m_cache_clear(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (!awcont_nargs(S, "cache_clear", argc - 1, kwnames, 0, 0))
        return false;
    Value *r = REC(argv[0]);
    Dict *d = awdict_new(S);
    if (d == NULL)
        return false;
    r = REC(argv[0]);
    r[L_CACHE] = OBJ_VAL(d);
    r[L_HITS] = r[L_MISSES] = INT_VAL(0);
    *out = NONE_VAL;
    return true;
}

static bool m_cache_parameters(AwState *S, int argc, Value *argv,
                               Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "cache_parameters", argc - 1, kwnames, 0, 0))
        return false;
    Dict *d = awdict_new(S);
    if (d == NULL)
        return false;
    *out = OBJ_VAL(d);
    awgc_push(S, *out);
    String *k1 = intern(S, "maxsize"), *k2 = k1 ? intern(S, "typed") : NULL;
    bool ok = k2 && awdict_set_str(S, d, k1, REC(argv[0])[L_MAXSIZE]) &&
              awdict_set_str(S, d, k2, REC(argv[0])[L_TYPED]);
    awgc_pop(S, 1);
    return ok;
}

/* w.__get__(obj, type=None): a bound method, as functions give. */
static bool m_descr_get(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (argc < 2 || argc > 3)
        return awerr_format(S, EXC_TypeError,
                            "expected 1 or 2 arguments, got %d", argc - 1);
    if (IS_NONE(argv[1])) {
        *out = argv[0];
        return true;
    }
    *out = awmethod_new(S, argv[1], argv[0]);
    return !IS_NULL(*out);
}

static const MethodDef lru_methods[] = {
    {"cache_info", m_cache_info, MF_METHOD},
    {"cache_clear", m_cache_clear, MF_METHOD},
    {"cache_parameters", m_cache_parameters, MF_METHOD},
    {"__get__", m_descr_get, MF_METHOD},
    {NULL, NULL, 0},
};

static bool lru_get_dict(AwState *S, Value self, Value *out)
{
    Value *d = &REC(self)[L_DICT];
    if (!IS_DICT(*d)) {
        Dict *nd = awdict_new(S);
        if (nd == NULL)
            return false;
        *d = OBJ_VAL(nd);
    }
    *out = *d;
    return true;
}

static const GetSetDef lru_getset[] = {
    {"__dict__", lru_get_dict, NULL},
    {NULL, NULL, NULL},
};

static bool lru_getattr(AwState *S, Value self, String *name, Value *out)
{
    return awrec_getattr_dict(S, self, name, L_DICT, out);
}

static bool lru_setattr(AwState *S, Value self, String *name, Value v)
{
    return awrec_setattr_dict(S, self, name, L_DICT, v);
}

/* The module's own objects the C functions need: kept in its dict under
 * private names. */
static Value module_attr(AwState *S, const char *name)
{
    String *mn = intern(S, "functools"), *n = mn ? intern(S, name) : NULL;
    Value m = n ? awdict_get_str(S, S->modules, mn) : NULL_VAL;
    if (!IS_KIND(m, OBJ_MODULE))
        return NULL_VAL;
    return awdict_get_str(S, ((Module *)AS_OBJ(m))->dict, n);
}

static bool lru_wrap(AwState *S, Value fn, Value maxsize, Value typed,
                     Value *out)
{
    Value wt = module_attr(S, "_lru_cache_wrapper");
    Value info = module_attr(S, "_CacheInfo");
    if (!IS_TYPE(wt) || !IS_TYPE(info))
        return awerr_format(S, EXC_ImportError, "functools is not loaded");
    Obj *w = awrec_new(S, AS_TYPE(wt), L__N);
    if (w == NULL)
        return false;
    *out = OBJ_VAL(w);
    awgc_push(S, *out);
    Value *r = REC(*out);
    r[L_FUNC] = fn;
    r[L_MAXSIZE] = maxsize;
    r[L_TYPED] = typed;
    r[L_HITS] = r[L_MISSES] = INT_VAL(0);
    r[L_INFO] = info;
    Dict *cache = awdict_new(S);
    bool ok = cache != NULL;
    if (ok) {
        REC(*out)[L_CACHE] = OBJ_VAL(cache);
        ok = update_wrapper(S, *out, fn, NULL_VAL, NULL_VAL);
    }
    awgc_pop(S, 1);
    return ok;
}

/* The decorator lru_cache(maxsize, typed) returns: self is the tuple
 * (maxsize, typed). */
static bool lru_decorating(AwState *S, int argc, Value *argv, Tuple *kwnames,
                           Value *out)
{
    if (!awcont_nargs(S, "decorating_function", argc - 1, kwnames, 1, 1))
        return false;
    Tuple *cfg = AS_TUPLE(argv[0]);
    return lru_wrap(S, argv[1], cfg->items[0], cfg->items[1], out);
}

static bool lru_maxsize(AwState *S, Value v, Value *out)
{
    if (IS_NONE(v)) {
        *out = v;
        return true;
    }
    int64_t n;
    if (!awobj_as_i64(S, v, &n))
        return false;
    *out = INT_VAL(n < 0 ? 0 : n);
    return true;
}

static bool fn_lru_cache(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kw[] = {"maxsize", "typed", NULL};
    Value a[2];
    if (!awarg_unpack(S, "lru_cache", argc, argv, kwnames, 0, 2, kw, a))
        return false;
    Value maxsize = IS_NULL(a[0]) ? INT_VAL(128) : a[0];
    int typed = IS_NULL(a[1]) ? 0 : awobj_truthy(S, a[1]);
    if (typed < 0)
        return false;
    if (!IS_ANYINT(maxsize) && !IS_BOOL(maxsize) && !IS_NONE(maxsize)) {
        if (awbuiltins_callable(S, maxsize) && (IS_NULL(a[1]) ||
                                                IS_BOOL(a[1])))
            return lru_wrap(S, maxsize, INT_VAL(128), BOOL_VAL(typed), out);
        return awerr_format(S, EXC_TypeError,
                            "Expected first argument to be an integer, a "
                            "callable, or None");
    }
    Tuple *cfg = awtuple_new(S, 2);
    if (cfg == NULL)
        return false;
    cfg->items[1] = BOOL_VAL(typed);
    awgc_push(S, OBJ_VAL(cfg));
    bool ok = lru_maxsize(S, maxsize, &cfg->items[0]);
    CFunction *f = ok ? awcfunc_new(S, "decorating_function", lru_decorating,
                                    MF_METHOD, OBJ_VAL(cfg), NULL)
                      : NULL;
    awgc_pop(S, 1);
    *out = OBJ_VAL(f);
    return f != NULL;
}

static bool fn_cache(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "cache", argc, kwnames, 1, 1))
        return false;
    return lru_wrap(S, argv[0], NONE_VAL, FALSE_VAL, out);
}

static Type *lru_type(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "_lru_cache_wrapper", NULL, OBJ_RECORD,
                         sizeof(Obj), L__N, true);
    if (t == NULL)
        return NULL;
    t->call = lru_call;
    t->getset = lru_getset;
    t->getattr = lru_getattr;
    t->setattr = lru_setattr;
    return awtype_add_methods(S, t, lru_methods) ? t : NULL;
}

/* ------------------------------------------------------------------ */
/* cmp_to_key(mycmp): KeyWrapper(cmp, obj) objects compare through cmp  */

enum { K_CMP, K_OBJ, K__N };

static bool key_call(AwState *S, Value self, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"obj", NULL};
    Value a[1];
    if (!awarg_unpack(S, "K", argc, argv, kwnames, 1, 1, kw, a))
        return false;
    Obj *k = awrec_new(S, AS_OBJ(self)->type, K__N);
    if (k == NULL)
        return false;
    awobj_ext(k)[K_CMP] = REC(self)[K_CMP];
    awobj_ext(k)[K_OBJ] = a[0];
    *out = OBJ_VAL(k);
    return true;
}

static bool key_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_KIND(b, OBJ_RECORD) || AS_OBJ(b)->type != AS_OBJ(a)->type)
        return awerr_format(S, EXC_TypeError,
                            "other argument must be K instance");
    Value args[2] = {REC(a)[K_OBJ], REC(b)[K_OBJ]}, r;
    for (int i = 0; i < 2; i++)
        if (IS_NULL(args[i]))
            args[i] = NONE_VAL;
    awgc_push(S, args[0]);
    awgc_push(S, args[1]);
    bool ok = awobj_call(S, REC(a)[K_CMP], 2, S->roots + S->nroots - 2,
                         NULL, &r);
    awgc_pop(S, 2);
    if (!ok)
        return false;
    awgc_push(S, r);
    ok = awobj_richcmp(S, r, INT_VAL(0), op, out);
    awgc_pop(S, 1);
    return ok;
}

static bool key_get_obj(AwState *S, Value self, Value *out)
{
    Value v = REC(self)[K_OBJ];
    if (IS_NULL(v))
        return awerr_attribute(S, self, intern(S, "obj"));
    *out = v;
    return true;
}

static const GetSetDef key_getset[] = {
    {"obj", key_get_obj, NULL},
    {NULL, NULL, NULL},
};

static bool fn_cmp_to_key(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    static const char *const kw[] = {"mycmp", NULL};
    Value a[1];
    if (!awarg_unpack(S, "cmp_to_key", argc, argv, kwnames, 1, 1, kw, a))
        return false;
    Value t = module_attr(S, "KeyWrapper");
    if (!IS_TYPE(t))
        return awerr_format(S, EXC_ImportError, "functools is not loaded");
    Obj *k = awrec_new(S, AS_TYPE(t), K__N);
    if (k == NULL)
        return false;
    awobj_ext(k)[K_CMP] = a[0];
    *out = OBJ_VAL(k);
    return true;
}

static Type *key_type(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "KeyWrapper", NULL, OBJ_RECORD, sizeof(Obj),
                         K__N, true);
    if (t == NULL)
        return NULL;
    t->call = key_call;
    t->richcmp = key_richcmp;
    t->hash = NULL;
    t->getset = key_getset;
    return t;
}

/* ------------------------------------------------------------------ */
/* total_ordering(cls)                                                 */

/* How a missing comparison follows from the root and ==/!=:
 *   NOT_AND_NE  not r and self != other     OR_EQ   r or self == other
 *   NOT         not r                       NOT_OR_EQ  not r or self == other
 *   AND_NE      r and self != other */
enum { NOT_AND_NE, OR_EQ, NOT, NOT_OR_EQ, AND_NE };

static bool derived(AwState *S, Value *argv, const char *root, int how,
                    Value *out)
{
    String *rn = intern(S, root);
    Value fn = rn ? awtype_lookup(S, awobj_type(S, argv[0]), rn) : NULL_VAL;
    if (IS_NULL(fn))
        return rn ? awerr_attribute(S, argv[0], rn) : false;
    Value r;
    if (!awobj_call(S, fn, 2, argv, NULL, &r))
        return false;
    if (IS_NOTIMPL(S, r)) {
        *out = r;
        return true;
    }
    awgc_push(S, r);
    int t = awobj_truthy(S, r);
    awgc_pop(S, 1);
    if (t < 0)
        return false;
    if (how == NOT || (how == NOT_AND_NE && t) || (how == NOT_OR_EQ && !t)) {
        *out = BOOL_VAL(how == NOT ? !t : how == NOT_OR_EQ);
        return true;
    }
    if ((how == OR_EQ && t) || (how == AND_NE && !t)) {
        *out = r;
        return true;
    }
    int cmp = how == OR_EQ || how == NOT_OR_EQ ? CMP_EQ : CMP_NE;
    return awobj_richcmp(S, argv[0], argv[1], cmp, out);
}

#define DERIVED(fname, root, how)                                            \
    static bool fname(AwState *S, int argc, Value *argv, Tuple *kwnames,     \
                      Value *out)                                            \
    {                                                                        \
        if (!awcont_nargs(S, #fname, argc - 1, kwnames, 1, 1))               \
            return false;                                                    \
        return derived(S, argv, root, how, out);                             \
    }
DERIVED(_gt_from_lt, "__lt__", NOT_AND_NE)
DERIVED(_le_from_lt, "__lt__", OR_EQ)
DERIVED(_ge_from_lt, "__lt__", NOT)
DERIVED(_ge_from_le, "__le__", NOT_OR_EQ)
DERIVED(_lt_from_le, "__le__", AND_NE)
DERIVED(_gt_from_le, "__le__", NOT)
DERIVED(_lt_from_gt, "__gt__", NOT_AND_NE)
DERIVED(_ge_from_gt, "__gt__", OR_EQ)
DERIVED(_le_from_gt, "__gt__", NOT)
DERIVED(_le_from_ge, "__ge__", NOT_OR_EQ)
DERIVED(_gt_from_ge, "__ge__", AND_NE)
DERIVED(_lt_from_ge, "__ge__", NOT)

/* CPython's _convert table: for each root, the three others. */
static const struct {
    const char *root;
    struct { const char *name; CFunc fn; } ops[3];
} convert[] = {
    {"__lt__", {{"__gt__", _gt_from_lt}, {"__le__", _le_from_lt},
                {"__ge__", _ge_from_lt}}},
    {"__le__", {{"__ge__", _ge_from_le}, {"__lt__", _lt_from_le},
                {"__gt__", _gt_from_le}}},
    {"__gt__", {{"__lt__", _lt_from_gt}, {"__ge__", _ge_from_gt},
                {"__le__", _le_from_gt}}},
    {"__ge__", {{"__le__", _le_from_ge}, {"__gt__", _gt_from_ge},
                {"__lt__", _lt_from_ge}}},
};

/* The class defines op itself (not only object's). */
static bool defines(AwState *S, Type *cls, const char *op)
{
    String *n = intern(S, op);
    if (n == NULL)
        return false;
    Value v = awtype_lookup(S, cls, n);
    return !IS_NULL(v) && !aw_value_is(v, awtype_lookup(S, TYPE(S, OBJECT), n));
}

static bool fn_total_ordering(AwState *S, int argc, Value *argv,
                              Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "total_ordering", argc, kwnames, 1, 1))
        return false;
    if (!IS_TYPE(argv[0]))
        return awerr_format(S, EXC_TypeError, "total_ordering() needs a "
                            "class, not '%s'", awobj_typename(S, argv[0]));
    Type *cls = AS_TYPE(argv[0]);
    bool has[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
        has[i] = defines(S, cls, convert[i].root);
        if (has[i] && root < 0)
            root = i; /* max(roots): __lt__ > __le__ > __gt__ > __ge__ */
    }
    if (root < 0)
        return awerr_format(S, EXC_ValueError,
                            "must define at least one ordering operation: "
                            "< > <= >=");
    for (int i = 0; i < 3; i++) {
        const char *name = convert[root].ops[i].name;
        int j = 0;
        while (strcmp(convert[j].root, name) != 0)
            j++;
        if (has[j])
            continue;
        CFunction *f = awcfunc_new(S, name, convert[root].ops[i].fn,
                                   MF_METHOD, NULL_VAL, NULL);
        if (f == NULL)
            return false;
        awgc_push(S, OBJ_VAL(f));
        String *n = intern(S, name);
        bool ok = n && awobj_setattr(S, argv[0], n, OBJ_VAL(f));
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    *out = argv[0];
    return true;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef functools_functions[] = {
    {"reduce", fn_reduce, MF_STATIC},
    {"update_wrapper", fn_update_wrapper, MF_STATIC},
    {"wraps", fn_wraps, MF_STATIC},
    {"lru_cache", fn_lru_cache, MF_STATIC},
    {"cache", fn_cache, MF_STATIC},
    {"cmp_to_key", fn_cmp_to_key, MF_STATIC},
    {"total_ordering", fn_total_ordering, MF_STATIC},
    {NULL, NULL, 0},
};

static bool add_cache_info(AwState *S, Module *m)
{
    static const char *const fields[] = {"hits", "misses", "maxsize",
                                         "currsize", NULL};
    Value ft;
    if (!name_tuple(S, fields, &ft))
        return false;
    awgc_push(S, ft);
    String *name = intern(S, "CacheInfo");
    Type *t = name ? awnt_new_type(S, name, AS_TUPLE(ft), NULL, m->name)
                   : NULL;
    awgc_pop(S, 1);
    return t && awmodule_set(S, m, "_CacheInfo", OBJ_VAL(t));
}

bool awmod_functools_init(AwState *S, Module *m)
{
    Value wa, wu;
    if (!awmodule_add_funcs(S, m, functools_functions) ||
        !partial_type(S, m) || !lru_type(S, m) || !key_type(S, m) ||
        !add_cache_info(S, m) || !name_tuple(S, wrapper_assignments, &wa) ||
        !awmodule_set(S, m, "WRAPPER_ASSIGNMENTS", wa) ||
        !name_tuple(S, wrapper_updates, &wu))
        return false;
    return awmodule_set(S, m, "WRAPPER_UPDATES", wu);
}
