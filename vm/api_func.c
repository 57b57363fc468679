/* The embedding API's "C functions and modules" (include/aw.h). A host
 * function is a builtin function (a CFunction flagged CF_HOST) whose self
 * is a native object holding the AwCFunction, its userdata and its name;
 * the VM passes self first, and a trampoline turns the VM's calling
 * convention into handles and back.
 *
 * Handles a host function makes and does not release stay until it
 * releases them or aw_free() (they are the host's). */
#include <string.h>

#include "stdlib/modules.h"
#include "vm/api.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

typedef struct HostFn {
    AwCFunction fn;
    void *ud;
    char name[]; /* NUL-terminated: the CFunction's name points here */
} HostFn;

static const NativeClass hostfn_class = {"host function", NULL, NULL};

/* The keyword arguments (values after argv[argc], names in kwnames) as a
 * handle to a new dict; AW_NULL with an exception pending. */
static AwValue keywords(AwState *S, Value *values, Tuple *kwnames)
{
    Dict *d = awdict_new(S);
    if (d == NULL)
        return AW_NULL;
    for (size_t i = 0; i < kwnames->len; i++)
        if (!awdict_set_str(S, d, AS_STR(kwnames->items[i]), values[i]))
            return AW_NULL;
    AwValue h = awapi_handle(S, OBJ_VAL(d));
    if (h == AW_NULL) /* awapi_handle recorded it: raise it again */
        awapi_reraise(S);
    return h;
}

/* The result r of host function hf into *out: r is taken over. */
static bool take_result(AwState *S, HostFn *hf, AwValue r, Value *out)
{
    if (r == AW_NULL) {
        if (awapi_reraise(S))
            return false;
        return awerr_format(S, EXC_SystemError,
                            "%s returned AW_NULL without setting an error",
                            hf->name);
    }
    if (!awapi_peek(S, r, out))
        return awerr_format(S, EXC_SystemError,
                            "%s returned an invalid handle", hf->name);
    aw_release(S, r);
    return true;
}

#define SMALL_ARGS 8

/* argv[0] is the HostFn's native; then the positional arguments, then
 * the keyword values. All stay rooted by the caller during the call. */
static bool trampoline(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    HostFn *hf = argc > 0 ? awnative_data(argv[0], &hostfn_class) : NULL;
    if (hf == NULL)
        return awerr_format(S, EXC_SystemError, "bad host function call");
    size_t n = (size_t)argc - 1;
    AwValue small[SMALL_ARGS], *h = small, kw = AW_NULL;
    if (n > SMALL_ARGS && !(h = awmem_alloc(S, n * sizeof *h)))
        return awerr_nomem(S);
    size_t made = 0;
    for (; made < n; made++)
        if (!(h[made] = awapi_handle(S, argv[1 + made])))
            break;
    bool ok = made == n;
    if (ok && kwnames && kwnames->len > 0)
        ok = (kw = keywords(S, argv + argc, kwnames)) != AW_NULL;
    else if (!ok)
        awapi_reraise(S);
    AwValue r = AW_NULL;
    if (ok)
        r = hf->fn(S, (int)n, h, kw, hf->ud);
    for (size_t i = 0; i < made; i++)
        aw_release(S, h[i]);
    aw_release(S, kw);
    if (h != small)
        awmem_free(S, h, n * sizeof *h);
    return ok && take_result(S, hf, r, out);
}

/* A new host function; NULL with an exception pending. */
static CFunction *host_function(AwState *S, const char *name, AwCFunction fn,
                                void *ud)
{
    String *s = awapi_text(S, name);
    if (s == NULL)
        return NULL;
    if (fn == NULL)
        return awerr_format(S, EXC_TypeError, "NULL passed as a function"),
               NULL;
    awgc_push(S, OBJ_VAL(s));
    Native *nat = awnative_new(S, TYPE(S, OBJECT), &hostfn_class,
                               sizeof(HostFn) + s->len + 1);
    awgc_pop(S, 1);
    if (nat == NULL)
        return NULL;
    HostFn *hf = (HostFn *)(void *)nat->data;
    hf->fn = fn;
    hf->ud = ud;
    memcpy(hf->name, s->data, s->len + 1);
    awgc_push(S, OBJ_VAL(nat));
    CFunction *f =
        awcfunc_new(S, hf->name, trampoline, MF_METHOD, OBJ_VAL(nat), NULL);
    awgc_pop(S, 1);
    if (f != NULL)
        f->obj.flags |= CF_HOST;
    return f;
}

AW_API AwValue aw_function(AwState *S, const char *name, AwCFunction fn,
                           void *ud)
{
    CFunction *f = host_function(S, name, fn, ud);
    return f ? awapi_handle(S, OBJ_VAL(f)) : awapi_fail(S);
}

/* CPython's PyModule_New: __name__, __doc__, __package__, __loader__ and
 * __spec__. */
static Module *new_module(AwState *S, String *name)
{
    Module *m = awmodule_new(S, name);
    if (m == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(m));
    bool ok = awmodule_set(S, m, "__package__", NONE_VAL) &&
              awmodule_set(S, m, "__loader__", NONE_VAL) &&
              awmodule_set(S, m, "__spec__", NONE_VAL);
    awgc_pop(S, 1);
    return ok ? m : NULL;
}

AW_API AwValue aw_module(AwState *S, const char *name)
{
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail(S);
    if (k->len == 0)
        return awerr_format(S, EXC_ValueError, "Empty module name"),
               awapi_fail(S);
    Value old = awdict_get_str(S, S->modules, k);
    if (!IS_NULL(old))
        return awapi_handle(S, old);
    awgc_push(S, OBJ_VAL(k));
    Module *m = new_module(S, k);
    if (m != NULL)
        awgc_push(S, OBJ_VAL(m));
    bool ok = m && awdict_set_str(S, S->modules, k, OBJ_VAL(m));
    awgc_pop(S, m ? 2 : 1);
    return ok ? awapi_handle(S, OBJ_VAL(m)) : awapi_fail(S);
}

AW_API int aw_def(AwState *S, AwValue module, const char *name,
                  AwCFunction fn, void *ud)
{
    Value m;
    if (!awapi_value(S, module, &m))
        return AW_ERROR;
    String *k = awapi_name(S, name);
    if (k == NULL)
        return awapi_fail_int(S);
    awgc_push(S, OBJ_VAL(k));
    CFunction *f = host_function(S, name, fn, ud);
    bool ok = f != NULL;
    if (ok) {
        /* __module__, as a module's builtin functions have it */
        if (IS_KIND(m, OBJ_MODULE))
            f->module = OBJ_VAL(((Module *)AS_OBJ(m))->name);
        awgc_push(S, OBJ_VAL(f));
        ok = awobj_setattr(S, m, k, OBJ_VAL(f));
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok ? AW_OK : awapi_fail_int(S);
}
