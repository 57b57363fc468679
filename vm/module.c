/* The module type's attribute slots: lookup with the module-level
 * __getattr__ hook (PEP 562) and CPython's messages, assignment and
 * deletion of module attributes, and __dict__. (The repr is in
 * vm/type.c.) */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/str.h"

#define MODULE(v) ((Module *)AS_OBJ(v))

/* CPython's module_getattro: the generic lookup, then the module's own
 * __getattr__, then an AttributeError that says when the module is still
 * being imported (a circular import). */
static bool module_getattr(AwState *S, Value self, String *name, Value *out)
{
    if (awobj_generic_getattr(S, self, name, out))
        return true;
    if (!awerr_matches(S, EXC_TYPE(S, AttributeError)))
        return false;
    Module *m = MODULE(self);
    Value fn = awdict_get_str(S, m->dict, NAME(S, getattr));
    if (!IS_NULL(fn)) {
        awerr_clear(S);
        Value args[1] = {OBJ_VAL(name)};
        awgc_push(S, fn);
        awgc_push(S, args[0]);
        bool ok = awobj_call(S, fn, 1, args, NULL, out);
        awgc_pop(S, 2);
        return ok;
    }
    if (!(m->obj.flags & MOD_INITIALIZING) || m->name == NULL)
        return false;
    awerr_clear(S);
    awerr_format(S, EXC_AttributeError,
                 "partially initialized module '%s' has no attribute '%s' "
                 "(most likely due to a circular import)",
                 m->name->data, name->data);
    return false;
}

/* m.name = v, or del m.name when v is NULL_VAL. */
static bool module_setattr(AwState *S, Value self, String *name, Value v)
{
    Module *m = MODULE(self);
    if (strcmp(name->data, "__dict__") == 0)
        return awerr_format(S, EXC_AttributeError, "readonly attribute");
    if (!IS_NULL(v))
        return awdict_set_str(S, m->dict, name, v);
    int r = awdict_del(S, m->dict, OBJ_VAL(name));
    if (r > 0)
        return true;
    if (r == 0)
        awerr_format(S, EXC_AttributeError,
                     "'module' object has no attribute '%s'", name->data);
    return false;
}

static bool module_get_dict(AwState *S, Value self, Value *out)
{
    (void)S;
    *out = OBJ_VAL(MODULE(self)->dict);
    return true;
}

static const GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

void awmodule_type_init(AwState *S)
{
    Type *t = TYPE(S, MODULE);
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->getset = module_getset;
}
