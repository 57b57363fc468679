/* The import system. Modules are looked up in sys.modules (S->modules),
 * then among the C modules of stdlib/modules.c. */
#include <string.h>

#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/state.h"
#include "vm/str.h"

/* The module called name[0..len), loaded on first use. */
static bool load(AwState *S, const char *name, size_t len, Value *out)
{
    String *key = awstr_new(S, name, len);
    if (key == NULL)
        return false;
    awgc_push(S, OBJ_VAL(key));
    Value m = NULL_VAL;
    int found = awdict_get(S, S->modules, OBJ_VAL(key), &m);
    bool ok = found >= 0;
    if (found == 0) {
        const ModuleDef *d = awmod_find(name, len);
        Module *mod = d ? awmodule_new(S, key) : NULL;
        if (d == NULL) {
            ok = awerr_format(S, EXC_ModuleNotFoundError,
                              "No module named '%s'", key->data);
        } else if (mod == NULL) {
            ok = false;
        } else {
            /* Cached before init, as CPython does, and dropped again if
             * init fails. */
            awgc_push(S, OBJ_VAL(mod));
            ok = awdict_set(S, S->modules, OBJ_VAL(key), OBJ_VAL(mod));
            if (ok && !(ok = d->init(S, mod)))
                (void)awdict_del(S, S->modules, OBJ_VAL(key));
            m = OBJ_VAL(mod);
            awgc_pop(S, 1);
        }
    }
    awgc_pop(S, 1);
    if (ok)
        *out = m;
    return ok;
}

bool awimport_name(AwState *S, Dict *globals, String *name, Value fromlist,
                   int level, Value *out)
{
    (void)globals;
    if (level != 0)
        return awerr_format(S, EXC_ImportError,
                            "attempted relative import with no known parent "
                            "package");
    if (name->len == 0)
        return awerr_format(S, EXC_ValueError, "Empty module name");
    /* import a.b.c loads a, a.b and a.b.c in turn. */
    Value top = NULL_VAL, m = NULL_VAL;
    const char *s = name->data;
    for (size_t i = 0; i <= name->len; i++) {
        if (i < name->len && s[i] != '.')
            continue;
        if (!load(S, s, i, &m))
            return false;
        if (IS_NULL(top)) {
            top = m;
            awgc_push(S, top);
        }
    }
    awgc_pop(S, 1);
    bool want_top = IS_NONE(fromlist) ||
                    (IS_TUPLE(fromlist) && AS_TUPLE(fromlist)->len == 0);
    *out = want_top ? top : m;
    return true;
}

bool awimport_from(AwState *S, Value module, String *name, Value *out)
{
    if (awobj_getattr(S, module, name, out))
        return true;
    if (!awerr_matches(S, EXC_TYPE(S, AttributeError)))
        return false;
    awerr_clear(S);
    const char *mname = IS_KIND(module, OBJ_MODULE)
                            ? ((Module *)AS_OBJ(module))->name->data
                            : "<unknown module name>";
    return awerr_format(S, EXC_ImportError,
                        "cannot import name '%s' from '%s' (unknown location)",
                        name->data, mname);
}

static bool star_one(AwState *S, Value module, Value key, Dict *locals)
{
    Value v;
    if (!IS_STR(key))
        return awerr_format(S, EXC_TypeError,
                            "Item in %s.__all__ must be str, not %s",
                            ((Module *)AS_OBJ(module))->name->data,
                            awobj_typename(S, key));
    if (!awobj_getattr(S, module, AS_STR(key), &v))
        return false;
    return awdict_set(S, locals, key, v);
}

bool awimport_star(AwState *S, Value module, Dict *locals)
{
    if (!IS_KIND(module, OBJ_MODULE))
        return awerr_format(S, EXC_TypeError, "import * expects a module");
    Dict *d = ((Module *)AS_OBJ(module))->dict;
    String *all_name = awstr_intern_cstr(S, "__all__");
    if (all_name == NULL)
        return false;
    Value all = awdict_get_str(S, d, all_name);
    if (!IS_NULL(all)) {
        Value it = NULL_VAL, key;
        awgc_push(S, all);
        bool ok = awobj_iter(S, all, &it);
        if (ok)
            awgc_push(S, it);
        while (ok) {
            int r = awobj_next(S, it, &key);
            if (r <= 0) {
                ok = r == 0;
                break;
            }
            awgc_push(S, key);
            ok = star_one(S, module, key, locals);
            awgc_pop(S, 1);
        }
        awgc_pop(S, IS_NULL(it) ? 1 : 2);
        return ok;
    }
    size_t pos = 0;
    Value key, val;
    while (awdict_next(d, &pos, &key, &val)) {
        if (IS_STR(key) && AS_STR(key)->len > 0 && AS_STR(key)->data[0] == '_')
            continue;
        if (!awdict_set(S, locals, key, val))
            return false;
    }
    return true;
}
