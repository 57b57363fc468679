/* The embedding API's values (include/aw.h: "Making values", "Reading
 * values", "Operations"): thin wrappers over the VM's own operations, so
 * that semantics and error messages are aw's (CPython's). Every function
 * reads its handles first; an invalid one is a recorded TypeError. */
#include <string.h>

#include "vm/api.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* A new handle for v (ok), or the pending exception recorded. */
static AwValue done(AwState *S, bool ok, Value v)
{
    return ok ? awapi_handle(S, v) : awapi_fail(S);
}

static int done_int(AwState *S, bool ok)
{
    return ok ? AW_OK : awapi_fail_int(S);
}

/* A NULL pointer where the host had to pass one. */
static bool null_arg(AwState *S, const char *what)
{
    return awerr_format(S, EXC_TypeError, "NULL passed as %s", what);
}

String *awapi_text(AwState *S, const char *s)
{
    if (s == NULL) {
        null_arg(S, "a string");
        return NULL;
    }
    Value v;
    if (!awcodec_decode(S, (const uint8_t *)s, strlen(s), "utf-8", NULL, &v))
        return NULL;
    return AS_STR(v);
}

String *awapi_name(AwState *S, const char *s)
{
    String *t = awapi_text(S, s);
    if (t == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    String *n = awstr_intern(S, t->data, t->len);
    awgc_pop(S, 1);
    return n;
}

/* ------------------------------------------------------------------ */
/* Making values                                                       */

AW_API AwValue aw_none(AwState *S)
{
    return awapi_handle(S, NONE_VAL);
}

AW_API AwValue aw_bool(AwState *S, int b)
{
    return awapi_handle(S, BOOL_VAL(b != 0));
}

AW_API AwValue aw_int(AwState *S, int64_t i)
{
    return awapi_handle(S, INT_VAL(i));
}

AW_API AwValue aw_float(AwState *S, double d)
{
    return awapi_handle(S, FLOAT_VAL(d));
}

/* int(text, base), so that the errors are int()'s. */
AW_API AwValue aw_int_from_string(AwState *S, const char *text, int base)
{
    String *s = awapi_text(S, text);
    if (s == NULL)
        return awapi_fail(S);
    Value argv[2] = {OBJ_VAL(s), INT_VAL(base)}, out;
    awgc_push(S, argv[0]);
    bool ok = awobj_call(S, OBJ_VAL(TYPE(S, INT)), 2, argv, NULL, &out);
    awgc_pop(S, 1);
    return done(S, ok, out);
}

AW_API AwValue aw_str(AwState *S, const char *utf8, size_t len)
{
    if (utf8 == NULL && len > 0)
        return null_arg(S, "a string"), awapi_fail(S);
    Value v = OBJ_VAL(NAME(S, empty));
    bool ok = len == 0 ||
              awcodec_decode(S, (const uint8_t *)utf8, len, "utf-8", NULL, &v);
    return done(S, ok, v);
}

AW_API AwValue aw_cstr(AwState *S, const char *utf8)
{
    String *s = awapi_text(S, utf8);
    return done(S, s != NULL, s ? OBJ_VAL(s) : NULL_VAL);
}

AW_API AwValue aw_bytes(AwState *S, const void *data, size_t len)
{
    if (data == NULL && len > 0)
        return null_arg(S, "bytes"), awapi_fail(S);
    Bytes *b = awbytes_new(S, data, len);
    return done(S, b != NULL, b ? OBJ_VAL(b) : NULL_VAL);
}

/* The values of n handles into a new list (holding them while a tuple
 * is made), or NULL with the error recorded. */
static List *values_of(AwState *S, size_t n, const AwValue *items)
{
    if (n > 0 && items == NULL)
        return null_arg(S, "items"), awapi_fail(S), NULL;
    for (size_t i = 0; i < n; i++) {
        Value v;
        if (!awapi_value(S, items[i], &v))
            return NULL;
    }
    List *l = awlist_new(S, n);
    if (l == NULL)
        return awapi_fail(S), NULL;
    for (size_t i = 0; i < n; i++)
        if (!awapi_peek(S, items[i], &l->items[i]))
            return NULL; /* cannot happen: checked above */
    l->len = n;
    return l;
}

AW_API AwValue aw_list(AwState *S, size_t n, const AwValue *items)
{
    List *l = values_of(S, n, items);
    return l ? awapi_handle(S, OBJ_VAL(l)) : AW_NULL;
}

AW_API AwValue aw_tuple(AwState *S, size_t n, const AwValue *items)
{
    List *l = values_of(S, n, items);
    if (l == NULL)
        return AW_NULL;
    awgc_push(S, OBJ_VAL(l));
    Tuple *t = awtuple_from_array(S, l->items, n);
    awgc_pop(S, 1);
    return done(S, t != NULL, t ? OBJ_VAL(t) : NULL_VAL);
}

AW_API AwValue aw_dict(AwState *S)
{
    Dict *d = awdict_new(S);
    return done(S, d != NULL, d ? OBJ_VAL(d) : NULL_VAL);
}

/* ------------------------------------------------------------------ */
/* Reading values                                                      */

AW_API int aw_kind(AwState *S, AwValue h)
{
    Value v;
    if (!awapi_value(S, h, &v))
        return AW_ERROR;
    if (IS_NONE(v))
        return AW_KIND_NONE;
    if (IS_BOOL(v))
        return AW_KIND_BOOL;
    if (IS_ANYINT(v) || awobj_isinstance(S, v, TYPE(S, INT)))
        return AW_KIND_INT;
    if (IS_FLOAT(v) || awobj_isinstance(S, v, TYPE(S, FLOAT)))
        return AW_KIND_FLOAT;
    if (!IS_OBJ(v))
        return AW_KIND_OTHER;
    switch (AS_OBJ(v)->kind) {
    case OBJ_STR: return AW_KIND_STR;
    case OBJ_BYTES: return AW_KIND_BYTES;
    case OBJ_LIST: return AW_KIND_LIST;
    case OBJ_TUPLE: return AW_KIND_TUPLE;
    case OBJ_DICT: return AW_KIND_DICT;
    case OBJ_FUTURE: return AW_KIND_FUTURE;
    default: return AW_KIND_OTHER;
    }
}

AW_API const char *aw_type_name(AwState *S, AwValue h)
{
    Value v;
    if (!awapi_value(S, h, &v))
        return "";
    return awobj_typename(S, v);
}

/* isinstance itself, for its errors and __instancecheck__. */
AW_API int aw_isinstance(AwState *S, AwValue h, AwValue cls)
{
    Value argv[2], out;
    if (!awapi_value(S, h, &argv[0]) || !awapi_value(S, cls, &argv[1]))
        return AW_ERROR;
    String *k = awstr_intern_cstr(S, "isinstance");
    Value f = k ? awdict_get_str(S, S->builtins, k) : NULL_VAL;
    if (IS_NULL(f))
        return awapi_fail_int(S);
    if (!awobj_call(S, f, 2, argv, NULL, &out))
        return awapi_fail_int(S);
    return IS_BOOL(out) && AS_BOOL(out);
}

AW_API int aw_is(AwState *S, AwValue a, AwValue b)
{
    Value x, y;
    if (!awapi_value(S, a, &x) || !awapi_value(S, b, &y))
        return 0;
    return aw_value_is(x, y);
}

AW_API int aw_truthy(AwState *S, AwValue h)
{
    Value v;
    if (!awapi_value(S, h, &v))
        return AW_ERROR;
    int r = awobj_truthy(S, v);
    return r < 0 ? awapi_fail_int(S) : r;
}

AW_API int aw_to_int64(AwState *S, AwValue h, int64_t *out)
{
    Value v, i;
    if (!awapi_value(S, h, &v))
        return AW_ERROR;
    if (out == NULL)
        return null_arg(S, "out"), awapi_fail_int(S);
    if (!awobj_index(S, v, &i))
        return awapi_fail_int(S);
    if (!IS_INT(i))
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C long"),
               awapi_fail_int(S);
    *out = AS_INT(i);
    return AW_OK;
}

/* CPython's PyFloat_AsDouble: float, int, __float__, then __index__. */
static bool to_double(AwState *S, Value v, double *out)
{
    v = awclass_unbox(v);
    if (IS_BOOL(v))
        v = INT_VAL(AS_BOOL(v));
    if (IS_FLOAT(v) || IS_ANYINT(v))
        return awnum_to_double(S, v, out);
    String *kf = awstr_intern_cstr(S, "__float__");
    String *ki = kf ? awstr_intern_cstr(S, "__index__") : NULL;
    if (ki == NULL)
        return false;
    Type *t = awobj_type(S, v);
    Value f = awtype_lookup(S, t, kf), r;
    if (IS_NULL(f)) {
        if (IS_NULL(awtype_lookup(S, t, ki)))
            return awerr_format(S, EXC_TypeError,
                                "must be real number, not %s",
                                awobj_typename(S, v));
        return awobj_index(S, v, &r) && awnum_to_double(S, r, out);
    }
    Value self = v;
    if (!awobj_call(S, f, 1, &self, NULL, &r))
        return false;
    r = awclass_unbox(r);
    if (!IS_FLOAT(r))
        return awerr_format(S, EXC_TypeError,
                            "%s.__float__ returned non-float (type %s)",
                            awobj_typename(S, v), awobj_typename(S, r));
    *out = AS_FLOAT(r);
    return true;
}

AW_API int aw_to_double(AwState *S, AwValue h, double *out)
{
    Value v;
    if (!awapi_value(S, h, &v))
        return AW_ERROR;
    if (out == NULL)
        return null_arg(S, "out"), awapi_fail_int(S);
    return done_int(S, to_double(S, v, out));
}

AW_API const char *aw_to_str(AwState *S, AwValue h, size_t *len)
{
    Value v;
    if (len)
        *len = 0;
    if (!awapi_value(S, h, &v))
        return NULL;
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError, "expected str, not %s",
                            awobj_typename(S, v)),
               awapi_fail(S), NULL;
    if (len)
        *len = AS_STR(v)->len;
    return AS_STR(v)->data;
}

AW_API const void *aw_to_bytes(AwState *S, AwValue h, size_t *len)
{
    Value v;
    if (len)
        *len = 0;
    if (!awapi_value(S, h, &v))
        return NULL;
    if (!IS_BYTES(v))
        return awerr_format(S, EXC_TypeError, "expected bytes, not %s",
                            awobj_typename(S, v)),
               awapi_fail(S), NULL;
    if (len)
        *len = AS_BYTES(v)->len;
    return AS_BYTES(v)->data;
}

AW_API AwValue aw_str_of(AwState *S, AwValue h)
{
    Value v, out;
    if (!awapi_value(S, h, &v))
        return AW_NULL;
    return done(S, awobj_str(S, v, &out), out);
}

AW_API AwValue aw_repr(AwState *S, AwValue h)
{
    Value v, out;
    if (!awapi_value(S, h, &v))
        return AW_NULL;
    return done(S, awobj_repr(S, v, &out), out);
}

/* ------------------------------------------------------------------ */
/* Operations                                                          */

AW_API int64_t aw_len(AwState *S, AwValue h)
{
    Value v;
    int64_t n;
    if (!awapi_value(S, h, &v))
        return AW_ERROR;
    return awobj_len(S, v, &n) ? n : awapi_fail_int(S);
}

AW_API AwValue aw_getitem(AwState *S, AwValue h, AwValue key)
{
    Value v, k, out;
    if (!awapi_value(S, h, &v) || !awapi_value(S, key, &k))
        return AW_NULL;
    return done(S, awobj_getitem(S, v, k, &out), out);
}

AW_API int aw_setitem(AwState *S, AwValue h, AwValue key, AwValue item)
{
    Value v, k, x;
    if (!awapi_value(S, h, &v) || !awapi_value(S, key, &k) ||
        !awapi_value(S, item, &x))
        return AW_ERROR;
    return done_int(S, awobj_setitem(S, v, k, x));
}

AW_API int aw_delitem(AwState *S, AwValue h, AwValue key)
{
    Value v, k;
    if (!awapi_value(S, h, &v) || !awapi_value(S, key, &k))
        return AW_ERROR;
    return done_int(S, awobj_delitem(S, v, k));
}

AW_API AwValue aw_index(AwState *S, AwValue h, int64_t i)
{
    Value v, out;
    if (!awapi_value(S, h, &v))
        return AW_NULL;
    return done(S, awobj_getitem(S, v, INT_VAL(i), &out), out);
}

AW_API AwValue aw_dict_get(AwState *S, AwValue d, const char *key)
{
    Value v, out;
    if (!awapi_value(S, d, &v))
        return AW_NULL;
    String *k = awapi_text(S, key);
    if (k == NULL)
        return awapi_fail(S);
    awgc_push(S, OBJ_VAL(k));
    bool ok = awobj_getitem(S, v, OBJ_VAL(k), &out);
    awgc_pop(S, 1);
    return done(S, ok, out);
}

AW_API int aw_dict_set(AwState *S, AwValue d, const char *key, AwValue item)
{
    Value v, x;
    if (!awapi_value(S, d, &v) || !awapi_value(S, item, &x))
        return AW_ERROR;
    String *k = awapi_text(S, key);
    if (k == NULL)
        return awapi_fail_int(S);
    awgc_push(S, OBJ_VAL(k));
    bool ok = awobj_setitem(S, v, OBJ_VAL(k), x);
    awgc_pop(S, 1);
    return done_int(S, ok);
}

AW_API int aw_contains(AwState *S, AwValue h, AwValue item)
{
    Value v, x;
    if (!awapi_value(S, h, &v) || !awapi_value(S, item, &x))
        return AW_ERROR;
    int r = awobj_contains(S, v, x);
    return r < 0 ? awapi_fail_int(S) : r;
}

AW_API int aw_append(AwState *S, AwValue list, AwValue item)
{
    Value l, x;
    if (!awapi_value(S, list, &l) || !awapi_value(S, item, &x))
        return AW_ERROR;
    if (!IS_LIST(l))
        return awerr_format(S, EXC_TypeError,
                            "descriptor 'append' for 'list' objects doesn't "
                            "apply to a '%s' object",
                            awobj_typename(S, l)),
               awapi_fail_int(S);
    return done_int(S, awlist_append(S, AS_LIST(l), x));
}

AW_API AwValue aw_iter(AwState *S, AwValue h)
{
    Value v, out;
    if (!awapi_value(S, h, &v))
        return AW_NULL;
    return done(S, awobj_iter(S, v, &out), out);
}

AW_API int aw_next(AwState *S, AwValue iter, AwValue *item)
{
    Value it, out;
    if (item)
        *item = AW_NULL;
    if (!awapi_value(S, iter, &it))
        return AW_ERROR;
    if (item == NULL)
        return null_arg(S, "item"), awapi_fail_int(S);
    int r = awobj_next(S, it, &out);
    if (r < 0)
        return awapi_fail_int(S);
    if (r == 0)
        return 0;
    *item = awapi_handle(S, out);
    return *item ? 1 : AW_ERROR;
}

AW_API AwValue aw_getattr(AwState *S, AwValue h, const char *name)
{
    Value v, out;
    if (!awapi_value(S, h, &v))
        return AW_NULL;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail(S);
    awgc_push(S, OBJ_VAL(k));
    bool ok = awobj_getattr(S, v, k, &out);
    awgc_pop(S, 1);
    return done(S, ok, out);
}

AW_API int aw_setattr(AwState *S, AwValue h, const char *name, AwValue x)
{
    Value v, xv;
    if (!awapi_value(S, h, &v) || !awapi_value(S, x, &xv))
        return AW_ERROR;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail_int(S);
    awgc_push(S, OBJ_VAL(k));
    bool ok = awobj_setattr(S, v, k, xv);
    awgc_pop(S, 1);
    return done_int(S, ok);
}

AW_API int aw_hasattr(AwState *S, AwValue h, const char *name)
{
    Value v, out;
    if (!awapi_value(S, h, &v))
        return AW_ERROR;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail_int(S);
    awgc_push(S, OBJ_VAL(k));
    int r = awobj_getattr_opt(S, v, k, &out);
    awgc_pop(S, 1);
    return r < 0 ? awapi_fail_int(S) : r;
}

AW_API AwValue aw_get_global(AwState *S, AwValue module, const char *name)
{
    Dict *g = awapi_globals(S, module);
    if (g == NULL)
        return AW_NULL;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail(S);
    Value v = awdict_get_str(S, g, k);
    if (IS_NULL(v))
        v = awdict_get_str(S, S->builtins, k);
    if (!IS_NULL(v))
        return awapi_handle(S, v);
    awgc_push(S, OBJ_VAL(k));
    awerr_name(S, EXC_NameError, "name '%s' is not defined", k);
    awgc_pop(S, 1);
    return awapi_fail(S);
}

AW_API int aw_set_global(AwState *S, AwValue module, const char *name,
                         AwValue x)
{
    Value v;
    Dict *g = awapi_globals(S, module);
    if (g == NULL || !awapi_value(S, x, &v))
        return AW_ERROR;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail_int(S);
    awgc_push(S, OBJ_VAL(k));
    bool ok = awdict_set_str(S, g, k, v);
    awgc_pop(S, 1);
    return done_int(S, ok);
}

/* ------------------------------------------------------------------ */
/* Calls: positional handles and a kwargs dict become the VM's calling
 * convention, argv followed by the keyword values, whose names are a
 * tuple (kwnames). A private list holds argv: the callee may use it as
 * scratch space. */

/* Appends the keyword values of kw (a dict) to args, their names to a new
 * tuple in *kwnames (NULL when kw is empty). */
static bool add_keywords(AwState *S, List *args, Dict *kw, Tuple **kwnames)
{
    *kwnames = NULL;
    if (kw->len == 0)
        return true;
    Tuple *names = awtuple_new(S, kw->len);
    if (names == NULL)
        return false;
    awgc_push(S, OBJ_VAL(names));
    size_t pos = 0, i = 0;
    Value k, v;
    bool ok = true;
    while (ok && i < names->len && awdict_next(kw, &pos, &k, &v)) {
        if (!IS_STR(k)) {
            ok = awerr_format(S, EXC_TypeError, "keywords must be strings");
            break;
        }
        String *name = awstr_intern(S, AS_STR(k)->data, AS_STR(k)->len);
        ok = name && awlist_append(S, args, v);
        if (ok)
            names->items[i++] = OBJ_VAL(name);
    }
    awgc_pop(S, 1);
    *kwnames = names;
    return ok;
}

static bool call_value(AwState *S, Value f, int argc, const AwValue *argv,
                       Value kw, Value *out)
{
    if (argc < 0 || (argc > 0 && argv == NULL))
        return awerr_format(S, EXC_SystemError,
                            "aw_call: argc < 0, or argv NULL");
    if (!IS_NULL(kw) && !IS_DICT(kw))
        return awerr_format(S, EXC_TypeError,
                            "keyword arguments must be a dict, not %s",
                            awobj_typename(S, kw));
    if (IS_NULL(kw) && argc <= 16 &&
        S->nroots + (size_t)argc + 2 <= AWGC_MAX_ROOTS) {
        /* the common call: the arguments sit on the root stack (which
         * never moves), no list is made */
        size_t base = S->nroots;
        Value saved = S->exc_info;
        awgc_push(S, f);
        awgc_push(S, saved);
        Value *a = &S->roots[S->nroots];
        for (int i = 0; i < argc; i++) {
            if (!awapi_peek(S, argv[i], &a[i])) {
                awgc_pop(S, S->nroots - base);
                return awerr_format(S, EXC_TypeError,
                                    "invalid handle (released, or of "
                                    "another interpreter) in argv[%d]",
                                    i);
            }
        }
        S->nroots += (size_t)argc;
        bool ok = awobj_call(S, f, argc, a, NULL, out);
        S->exc_info = saved;
        awgc_pop(S, S->nroots - base);
        return ok;
    }
    List *args = awlist_new(S, (size_t)argc);
    if (args == NULL)
        return false;
    for (int i = 0; i < argc; i++)
        if (!awapi_peek(S, argv[i], &args->items[i]))
            return awerr_format(S, EXC_TypeError,
                                "invalid handle (released, or of another "
                                "interpreter) in argv[%d]",
                                i);
    args->len = (size_t)argc;
    size_t base = S->nroots;
    awgc_push(S, f);
    awgc_push(S, OBJ_VAL(args));
    Tuple *kwnames = NULL;
    bool ok = IS_NULL(kw) || add_keywords(S, args, AS_DICT(kw), &kwnames);
    if (kwnames)
        awgc_push(S, OBJ_VAL(kwnames));
    Value saved = S->exc_info;
    awgc_push(S, saved);
    ok = ok && awobj_call(S, f, argc, args->items, kwnames, out);
    S->exc_info = saved;
    awgc_pop(S, S->nroots - base);
    return ok;
}

AW_API AwValue aw_call(AwState *S, AwValue fn, int argc, const AwValue *argv,
                       AwValue kwargs)
{
    Value f, kw = NULL_VAL, out;
    if (!awapi_value(S, fn, &f) ||
        (kwargs != AW_NULL && !awapi_value(S, kwargs, &kw)))
        return AW_NULL;
    return done(S, call_value(S, f, argc, argv, kw, &out), out);
}

AW_API AwValue aw_call_method(AwState *S, AwValue h, const char *name,
                              int argc, const AwValue *argv, AwValue kwargs)
{
    Value v, kw = NULL_VAL, m, out;
    if (!awapi_value(S, h, &v) ||
        (kwargs != AW_NULL && !awapi_value(S, kwargs, &kw)))
        return AW_NULL;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail(S);
    awgc_push(S, OBJ_VAL(k));
    bool found = awobj_getattr(S, v, k, &m);
    awgc_pop(S, 1);
    if (!found)
        return awapi_fail(S);
    awgc_push(S, m);
    bool ok = call_value(S, m, argc, argv, kw, &out);
    awgc_pop(S, 1);
    return done(S, ok, out);
}
