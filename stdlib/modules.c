/* The table of built-in modules and the helpers their init functions use. */
#include <string.h>

#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/state.h"
#include "vm/str.h"

/* One line per C module, with the capabilities (AW_MOD_*) it needs: a
 * host that withholds one has no such module. builtins is not here: it
 * exists from start-up and is registered in sys.modules by
 * stdlib/mod_builtins.c. */
static const ModuleDef module_table[] = {
    {"sys", awmod_sys_init, 0},
    {"functools", awmod_functools_init, 0},
    {"itertools", awmod_itertools_init, 0},
    {"collections", awmod_collections_init, 0},
    {"typing", awmod_typing_init, 0},
    {"asyncio", awmod_asyncio_init, 0},
    {"contextlib", awmod_contextlib_init, 0},
    /* stdlib1: math, random, time, string, os */
    {"math", awmod_math_init, 0},
    {"random", awmod_random_init, 0},
    {"time", awmod_time_init, 0},
    {"string", awmod_string_init, 0},
    {"os", awmod_os_init, AW_MOD_OS},
    {"os.path", awmod_ospath_init, AW_MOD_OS},
    {"posixpath", awmod_ospath_init, AW_MOD_OS},
    {"json", awmod_json_init, 0},
    {"copy", awmod_copy_init, 0},
    {"io", awmod_io_init, 0},
    {"_io", awmod_io_init, 0},
    {NULL, NULL, 0},
};

const ModuleDef *awmod_find(AwState *S, const char *name, size_t len)
{
    for (const ModuleDef *d = module_table; d->name; d++)
        if (strlen(d->name) == len && memcmp(d->name, name, len) == 0)
            return (d->needs & ~S->caps) ? NULL : d;
    return NULL;
}

Module *awmodule_new(AwState *S, String *name)
{
    Module *m = awgc_alloc(S, TYPE(S, MODULE), OBJ_MODULE, sizeof(Module));
    if (m == NULL)
        return NULL;
    m->name = name;
    awgc_push(S, OBJ_VAL(m));
    m->dict = awdict_new(S);
    bool ok = m->dict && awdict_set_str(S, m->dict, NAME(S, name),
                                        OBJ_VAL(name)) &&
              awdict_set_str(S, m->dict, NAME(S, doc), NONE_VAL);
    awgc_pop(S, 1);
    return ok ? m : NULL;
}

bool awmodule_set(AwState *S, Module *m, const char *name, Value v)
{
    awgc_push(S, v);
    String *k = awstr_intern_cstr(S, name);
    bool ok = k && awdict_set_str(S, m->dict, k, v);
    awgc_pop(S, 1);
    return ok;
}

static bool add_funcs(AwState *S, Module *m, const MethodDef *defs,
                      bool bound)
{
    for (; defs->name; defs++) {
        CFunction *f = awcfunc_new(S, defs->name, defs->fn,
                                   bound ? MF_METHOD : defs->flags,
                                   bound ? OBJ_VAL(m) : NULL_VAL, NULL);
        if (f == NULL)
            return false;
        f->module = OBJ_VAL(m->name);
        if (!awmodule_set(S, m, defs->name, OBJ_VAL(f)))
            return false;
    }
    return true;
}

bool awmodule_add_funcs(AwState *S, Module *m, const MethodDef *defs)
{
    return add_funcs(S, m, defs, false);
}

bool awmodule_add_bound_funcs(AwState *S, Module *m, const MethodDef *defs)
{
    return add_funcs(S, m, defs, true);
}
