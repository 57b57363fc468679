/* The contextlib module: suppress, closing and nullcontext, ordinary
 * classes (subclassable, with instance attributes as CPython's) whose
 * methods are C functions; contextmanager and asynccontextmanager come
 * from stdlib/contextlib.aw (stdlib/contextlib_init.c). */
#include "stdlib/modules.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* self.name = v; v and the name are rooted here, self by the caller. */
static bool set_attr(AwState *S, Value self, const char *name, Value v)
{
    awgc_push(S, v);
    String *n = awstr_intern_cstr(S, name);
    if (n == NULL) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_push(S, OBJ_VAL(n));
    bool ok = awobj_setattr(S, self, n, v);
    awgc_pop(S, 2);
    return ok;
}

static bool get_attr(AwState *S, Value self, const char *name, Value *out)
{
    String *n = awstr_intern_cstr(S, name);
    if (n == NULL)
        return false;
    awgc_push(S, OBJ_VAL(n));
    bool ok = awobj_getattr(S, self, n, out);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* suppress(*exceptions)                                               */

static bool suppress_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (kwnames != NULL && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "suppress.__init__() got an unexpected keyword "
                            "argument '%s'",
                            AS_STR(kwnames->items[0])->data);
    Tuple *excs = awtuple_from_array(S, argv + 1, (size_t)argc - 1);
    *out = NONE_VAL;
    return excs != NULL && set_attr(S, argv[0], "_exceptions", OBJ_VAL(excs));
}

/* issubclass(t, classes) with classes a class or a tuple of them. */
static int matches(AwState *S, Type *t, Value classes)
{
    if (IS_TYPE(classes))
        return awtype_issubclass(t, AS_TYPE(classes));
    if (IS_TUPLE(classes)) {
        Tuple *c = AS_TUPLE(classes);
        for (size_t i = 0; i < c->len; i++) {
            int r = matches(S, t, c->items[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    awerr_format(S, EXC_TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, "
                 "or a union");
    return -1;
}

static bool suppress_exit(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    Value a[4], excs;
    if (!awarg_unpack(S, "__exit__", argc, argv, kwnames, 4, 4, NULL, a))
        return false;
    *out = FALSE_VAL;
    if (IS_NONE(a[1]))
        return true;
    if (!IS_TYPE(a[1]))
        return awerr_format(S, EXC_TypeError,
                            "issubclass() arg 1 must be a class");
    if (!get_attr(S, a[0], "_exceptions", &excs))
        return false;
    int r = matches(S, AS_TYPE(a[1]), excs);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

/* ------------------------------------------------------------------ */
/* closing(thing), nullcontext(enter_result=None)                      */

static bool closing_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kw[] = {NULL, "thing", NULL};
    Value a[2];
    if (!awarg_unpack(S, "closing", argc, argv, kwnames, 2, 2, kw, a))
        return false;
    *out = NONE_VAL;
    return set_attr(S, a[0], "thing", a[1]);
}

static bool closing_enter(AwState *S, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    if (!awarg_unpack(S, "__enter__", argc, argv, kwnames, 1, 1, NULL, out))
        return false;
    return get_attr(S, argv[0], "thing", out);
}

/* thing.close(), whatever happened in the body; never suppresses. */
static bool closing_exit(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    Value thing, close;
    if (!get_attr(S, argv[0], "thing", &thing))
        return false;
    awgc_push(S, thing);
    bool ok = get_attr(S, thing, "close", &close);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, close);
    ok = awobj_call(S, close, 0, out, NULL, out);
    awgc_pop(S, 1);
    *out = NONE_VAL;
    return ok;
}

static bool null_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const kw[] = {NULL, "enter_result", NULL};
    Value a[2];
    if (!awarg_unpack(S, "nullcontext", argc, argv, kwnames, 1, 2, kw, a))
        return false;
    *out = NONE_VAL;
    return set_attr(S, a[0], "enter_result", IS_NULL(a[1]) ? NONE_VAL : a[1]);
}

static bool null_enter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awarg_unpack(S, "__enter__", argc, argv, kwnames, 1, 1, NULL, out))
        return false;
    return get_attr(S, argv[0], "enter_result", out);
}

static bool none_enter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    bool ok = awarg_unpack(S, "__enter__", argc, argv, kwnames, 1, 1, NULL,
                           out);
    *out = NONE_VAL;
    return ok;
}

static bool none_exit(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef suppress_methods[] = {
    {"__init__", suppress_init, MF_METHOD},
    {"__enter__", none_enter, MF_METHOD},
    {"__exit__", suppress_exit, MF_METHOD},
    {NULL, NULL, 0},
};

static const MethodDef closing_methods[] = {
    {"__init__", closing_init, MF_METHOD},
    {"__enter__", closing_enter, MF_METHOD},
    {"__exit__", closing_exit, MF_METHOD},
    {NULL, NULL, 0},
};

static const MethodDef null_methods[] = {
    {"__init__", null_init, MF_METHOD},
    {"__enter__", null_enter, MF_METHOD},
    {"__exit__", none_exit, MF_METHOD},
    {NULL, NULL, 0},
};

/* The C functions of t's namespace become t's method descriptors: bound
 * to instances, checking their self. */
static void own_methods(AwState *S, Type *t)
{
    size_t pos = 0;
    Value k, v;
    while (awdict_next(t->dict, &pos, &k, &v))
        if (IS_CFUNCTION(v) && AS_CFUNCTION(v)->owner == NULL) {
            AS_CFUNCTION(v)->owner = t;
            AS_OBJ(v)->type = TYPE(S, METHOD_DESCR);
        }
}

/* A class contextlib.<name> whose namespace holds the C methods. */
static bool add_class(AwState *S, Module *m, const char *name,
                      const MethodDef *defs)
{
    size_t base = S->nroots;
    Dict *ns = awdict_new(S);
    if (ns == NULL)
        return false;
    awgc_push(S, OBJ_VAL(ns));
    bool ok = awdict_set_str(S, ns, NAME(S, module), OBJ_VAL(m->name));
    for (; ok && defs->name != NULL; defs++) {
        CFunction *f = awcfunc_new(S, defs->name, defs->fn, defs->flags,
                                   NULL_VAL, NULL);
        if (f != NULL)
            awgc_push(S, OBJ_VAL(f));
        String *key = f ? awstr_intern_cstr(S, defs->name) : NULL;
        ok = key != NULL && awdict_set_str(S, ns, key, OBJ_VAL(f));
    }
    String *n = ok ? awstr_intern_cstr(S, name) : NULL;
    if (n != NULL)
        awgc_push(S, OBJ_VAL(n));
    Tuple *bases = n ? awtuple_new(S, 0) : NULL;
    if (bases != NULL) {
        awgc_push(S, OBJ_VAL(bases));
        Type *t = awclass_new(S, n, bases, ns);
        ok = t != NULL && awmodule_set(S, m, name, OBJ_VAL(t));
        if (ok)
            own_methods(S, t);
    } else {
        ok = false;
    }
    awgc_pop(S, S->nroots - base);
    return ok;
}

bool awmod_contextlib_init(AwState *S, Module *m)
{
    return add_class(S, m, "suppress", suppress_methods) &&
           add_class(S, m, "closing", closing_methods) &&
           add_class(S, m, "nullcontext", null_methods) &&
           awcontextlib_exec(S, m); /* contextmanager... in aw source */
}
