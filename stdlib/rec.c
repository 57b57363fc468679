/* Helpers shared by the C types of the standard modules: see rec.h. */
#include <string.h>

#include "stdlib/rec.h"
#include "vm/containers.h"
#include "vm/str.h"

Type *awrec_type(AwState *S, Module *m, const char *name, Type *base,
                 ObjKind kind, size_t instsize, uint32_t nslots,
                 bool bind)
{
    Type *t = awtype_new(S, name, base ? base : TYPE(S, OBJECT), kind,
                         instsize);
    if (t == NULL)
        return NULL;
    t->module = m->name;
    t->extsize += nslots * (uint32_t)sizeof(Value);
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->new_ = NULL;
    t->getset = NULL;
    awgc_push(S, OBJ_VAL(t));
    bool ok = !bind || awmodule_set(S, m, name, OBJ_VAL(t));
    awgc_pop(S, 1);
    return ok ? t : NULL;
}

/* vm/descr.c */
bool awdescr_add_new(AwState *S, Type *t);

/* __init__ of the C types that build their instances in __new__: a
 * class derived from them must not run its builtin base's __init__ on
 * the arguments again. */
static bool init_noop(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return true;
}

static const MethodDef init_methods[] = {
    {"__init__", init_noop, MF_METHOD},
    {NULL, NULL, 0},
};

bool awrec_add_new(AwState *S, Type *t, NewFn fn)
{
    t->new_ = fn;
    t->tflags |= TF_BASETYPE;
    return awdescr_add_new(S, t) && awtype_add_methods(S, t, init_methods);
}

Obj *awrec_new(AwState *S, Type *t, uint32_t n)
{
    (void)n; /* t->extsize holds them */
    return awgc_alloc(S, t, OBJ_RECORD, sizeof(Obj));
}

bool awrec_ret(String *s, Value *out)
{
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

bool awrec_nokw(AwState *S, const char *fname, Tuple *kwnames)
{
    if (kwnames != NULL && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments", fname);
    return true;
}

bool awrec_call_kw(AwState *S, Value f, int argc, Value *argv, Dict *kw,
                   Value *out)
{
    size_t nkw = kw ? kw->len : 0;
    if (nkw == 0)
        return awobj_call(S, f, argc, argv, NULL, out);
    if (S->nroots + (size_t)argc + nkw + 2 > AWGC_MAX_ROOTS)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    /* the root stack never moves: names, then the arguments in order */
    size_t base = S->nroots;
    awgc_push(S, f);
    Tuple *names = awtuple_new(S, nkw);
    if (names == NULL) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_push(S, OBJ_VAL(names));
    for (int i = 0; i < argc; i++)
        awgc_push(S, argv[i]);
    size_t pos = 0, k = 0;
    Value key, v;
    while (k < nkw && awdict_next(kw, &pos, &key, &v)) {
        names->items[k++] = key;
        awgc_push(S, v);
    }
    bool ok = awobj_call(S, f, argc, S->roots + base + 2, names, out);
    awgc_pop(S, S->nroots - base);
    return ok;
}

static const GetSetDef *rec_getset(Type *t, String *name)
{
    for (size_t i = 0; t->mro && i < t->mro->len; i++) {
        const GetSetDef *g = AS_TYPE(t->mro->items[i])->getset;
        for (; g && g->name; g++)
            if (strcmp(g->name, name->data) == 0)
                return g;
    }
    return NULL;
}

bool awrec_getattr_dict(AwState *S, Value self, String *name, int slot,
                        Value *out)
{
    Value d = REC(self)[slot];
    if (IS_DICT(d) && rec_getset(AS_OBJ(self)->type, name) == NULL) {
        Value v = awdict_get_str(S, AS_DICT(d), name);
        if (!IS_NULL(v)) {
            *out = v;
            return true;
        }
    }
    return awobj_generic_getattr(S, self, name, out);
}

bool awrec_setattr_dict(AwState *S, Value self, String *name, int slot,
                        Value v)
{
    const GetSetDef *g = rec_getset(AS_OBJ(self)->type, name);
    if (g != NULL) {
        if (g->set == NULL)
            return awerr_format(S, EXC_AttributeError, "readonly attribute");
        return g->set(S, self, v);
    }
    Value *d = &REC(self)[slot];
    if (IS_NULL(v)) {
        int r = IS_DICT(*d) ? awdict_del(S, AS_DICT(*d), OBJ_VAL(name)) : 0;
        return r > 0 || (r == 0 && awerr_attribute(S, self, name));
    }
    if (!IS_DICT(*d)) {
        Dict *nd = awdict_new(S);
        if (nd == NULL)
            return false;
        *d = OBJ_VAL(nd);
    }
    return awdict_set_str(S, AS_DICT(*d), name, v);
}
