/* Type objects: creation of the builtin types, MRO lookup, attribute
 * lookup with method binding, and the types every value falls back on:
 * object, type, NoneType, NotImplemented, ellipsis and builtin functions. */
#include <stdio.h>
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/slots.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Creating types                                                      */

static bool set_mro(AwState *S, Type *t)
{
    Tuple *bm = t->base ? t->base->mro : NULL;
    size_t n = bm ? bm->len : 0;
    Tuple *mro = awtuple_new(S, n + 1);
    if (mro == NULL)
        return false;
    mro->items[0] = OBJ_VAL(t);
    for (size_t i = 0; i < n; i++)
        mro->items[i + 1] = bm->items[i];
    t->mro = mro;
    Tuple *bases = awtuple_new(S, t->base ? 1 : 0);
    if (bases == NULL)
        return false;
    if (t->base)
        bases->items[0] = OBJ_VAL(t->base);
    t->bases = bases;
    return true;
}

void awtype_inherit_slots(Type *t, Type *b)
{
    t->repr = b->repr;
    t->str = b->str;
    t->hash = b->hash;
    t->richcmp = b->richcmp;
    t->binop = b->binop;
    t->unop = b->unop;
    t->truth = b->truth;
    t->len = b->len;
    t->getitem = b->getitem;
    t->setitem = b->setitem;
    t->contains = b->contains;
    t->iter = b->iter;
    t->next = b->next;
    t->call = b->call;
    t->getattr = b->getattr;
    t->setattr = b->setattr;
    t->new_ = b->new_;
    t->format = b->format;
}

/* Fills in a type object (new or a start-up shell) as a builtin type. */
static Type *setup_type(AwState *S, Type *t, const char *name, Type *base,
                        ObjKind kind, size_t instsize)
{
    t->name = awstr_intern_cstr(S, name);
    if (t->name == NULL)
        return NULL;
    t->qualname = t->name;
    t->module = NAME(S, builtins);
    if (t->dict == NULL && (t->dict = awdict_new(S)) == NULL)
        return NULL;
    t->base = t == base ? NULL : base;
    t->instkind = (uint8_t)kind;
    t->instsize = instsize;
    t->tflags |= TF_BASETYPE;
    if (t->base)
        awtype_inherit_slots(t, t->base);
    return set_mro(S, t) ? t : NULL;
}

Type *awtype_new(AwState *S, const char *name, Type *base, ObjKind kind,
                 size_t instsize)
{
    Type *t = awgc_alloc(S, TYPE(S, TYPE), OBJ_TYPE, sizeof(Type));
    if (t == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    t = setup_type(S, t, name, base, kind, instsize);
    awgc_pop(S, 1);
    return t;
}

Type *awtype_new_builtin(AwState *S, TypeId id, const char *name,
                         Type *base, ObjKind kind, size_t instsize)
{
    if (S->types[id] == NULL) {
        Type *t = awtype_new(S, name, base, kind, instsize);
        S->types[id] = t;
        return t;
    }
    return setup_type(S, S->types[id], name, base, kind, instsize);
}

bool awtype_add_methods(AwState *S, Type *t, const MethodDef *defs)
{
    for (; defs->name != NULL; defs++) {
        /* the key first: interning may collect, and f is not rooted */
        String *key = awstr_intern_cstr(S, defs->name);
        if (key == NULL)
            return false;
        awgc_push(S, OBJ_VAL(key));
        CFunction *f =
            awcfunc_new(S, defs->name, defs->fn, defs->flags, NULL_VAL, t);
        bool ok = f != NULL;
        if (ok && defs->flags == MF_CLASS)
            f->obj.type = TYPE(S, CLASSMETHOD_DESCR);
        ok = ok && awdict_set_str(S, t->dict, key, OBJ_VAL(f));
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

CFunction *awcfunc_new(AwState *S, const char *name, CFunc fn,
                       uint32_t mflags, Value self, Type *owner)
{
    Type *t = IS_NULL(self) && owner ? TYPE(S, METHOD_DESCR)
                                     : TYPE(S, BUILTIN_FUNC);
    CFunction *f = awgc_alloc(S, t, OBJ_CFUNCTION, sizeof(CFunction));
    if (f == NULL)
        return NULL;
    f->name = name;
    f->fn = fn;
    f->mflags = mflags;
    f->self = self;
    f->owner = owner;
    return f;
}

/* ------------------------------------------------------------------ */
/* Lookup and binding                                                  */

Value awtype_lookup(AwState *S, Type *t, String *name)
{
    Tuple *mro = t->mro;
    if (mro == NULL)
        return NULL_VAL;
    for (size_t i = 0; i < mro->len; i++) {
        Type *k = AS_TYPE(mro->items[i]);
        Value v = awdict_get_str(S, k->dict, name);
        if (!IS_NULL(v))
            return v;
    }
    return NULL_VAL;
}

static const GetSetDef *find_getset(Type *t, String *name)
{
    for (size_t i = 0; t->mro && i < t->mro->len; i++) {
        const GetSetDef *g = AS_TYPE(t->mro->items[i])->getset;
        for (; g && g->name; g++)
            if (strcmp(g->name, name->data) == 0)
                return g;
    }
    return NULL;
}

static Dict *instance_dict(Value o)
{
    if (!IS_OBJ(o))
        return NULL;
    Dict **dp = awobj_dictptr(AS_OBJ(o));
    return dp ? *dp : NULL;
}

static bool no_attr(AwState *S, Value o, String *name)
{
    return awerr_attribute(S, o, name);
}

/* <module 'm' from 'path'> when the module came from a file, else
 * <module 'm' (built-in)>, as CPython prints them. */
static bool module_repr(AwState *S, Value self, Value *out)
{
    Module *m = (Module *)AS_OBJ(self);
    Value file = m->dict ? awdict_get_str(S, m->dict, NAME(S, file))
                         : NULL_VAL;
    const char *name = m->name ? m->name->data : "?";
    String *s = IS_STR(file)
                    ? awstr_printf(S, "<module '%s' from '%s'>", name,
                                   AS_STR(file)->data)
                    : awstr_printf(S, "<module '%s' (built-in)>", name);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

bool awobj_generic_getattr(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    const GetSetDef *g = find_getset(t, name);
    if (g != NULL)
        return g->get(S, o, out);
    Dict *d = instance_dict(o);
    if (d != NULL) {
        Value v = awdict_get_str(S, d, name);
        if (!IS_NULL(v)) {
            *out = v;
            return true;
        }
    }
    Value descr = awtype_lookup(S, t, name);
    if (!IS_NULL(descr))
        return awclass_descr_get(S, descr, o, t, out);
    if (name == NAME(S, class)) {
        *out = OBJ_VAL(t);
        return true;
    }
    return no_attr(S, o, name);
}

/* ------------------------------------------------------------------ */
/* object                                                              */

static bool object_repr(AwState *S, Value self, Value *out)
{
    Type *t = awobj_type(S, self);
    const void *addr = IS_OBJ(self) ? (void *)AS_OBJ(self) : (void *)t;
    String *s;
    if (t->module == NAME(S, builtins))
        s = awstr_printf(S, "<%s object at %p>", t->name->data, addr);
    else
        s = awstr_printf(S, "<%s.%s object at %p>", t->module->data,
                         t->qualname->data, addr);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool object_str(AwState *S, Value self, Value *out)
{
    Type *t = awobj_type(S, self);
    if (t->repr == NULL)
        return object_repr(S, self, out);
    return t->repr(S, self, out);
}

static bool identity_hash(AwState *S, Value self, int64_t *out)
{
    uintptr_t p = IS_OBJ(self) ? (uintptr_t)AS_OBJ(self) : 0;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
    *out = h == -1 ? -2 : h;
    return true;
}

/* == is identity; != inverts type(a)'s == unless NotImplemented, so that
 * a class defining only __eq__ gets the matching != (CPython's rule). */
static bool object_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (op == CMP_EQ && aw_value_is(a, b)) {
        *out = TRUE_VAL;
        return true;
    }
    RichCmpFn eq = awobj_type(S, a)->richcmp;
    if (op != CMP_NE || eq == NULL) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (!eq(S, a, b, CMP_EQ, out))
        return false;
    if (IS_NOTIMPL(S, *out))
        return true;
    int r = awobj_truthy(S, *out);
    *out = BOOL_VAL(!r);
    return r >= 0;
}

static bool object_format(AwState *S, Value self, String *spec, Value *out)
{
    if (spec->len != 0)
        return awerr_format(S, EXC_TypeError,
                            "unsupported format string passed to "
                            "%s.__format__",
                            awobj_typename(S, self));
    return awobj_str(S, self, out);
}

static bool object_new(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    if (argc > 0 || kwnames != NULL)
        return awerr_format(S, EXC_TypeError, "%s() takes no arguments",
                            t->name->data);
    Instance *o = awgc_alloc(S, t, OBJ_INSTANCE, sizeof(Instance));
    if (o == NULL)
        return false;
    *out = OBJ_VAL(o);
    return true;
}

static bool object_setattr(AwState *S, Value self, String *name, Value v)
{
    Dict *d = instance_dict(self);
    if (d == NULL) {
        Type *t = awobj_type(S, self);
        if (find_getset(t, name))
            return awerr_format(S, EXC_AttributeError,
                                "attribute '%s' of '%s' objects is not "
                                "writable",
                                name->data, t->name->data);
        if (!IS_NULL(awtype_lookup(S, t, name)))
            return awerr_format(S, EXC_AttributeError,
                                "'%s' object attribute '%s' is read-only",
                                t->name->data, name->data);
        return no_attr(S, self, name);
    }
    if (IS_NULL(v)) {
        int r = awdict_del(S, d, OBJ_VAL(name));
        if (r == 0)
            return no_attr(S, self, name);
        return r > 0;
    }
    return awdict_set_str(S, d, name, v);
}

/* ------------------------------------------------------------------ */
/* type                                                                */

static bool type_repr(AwState *S, Value self, Value *out)
{
    Type *t = AS_TYPE(self);
    String *s;
    if (t->module == NULL || t->module == NAME(S, builtins))
        s = awstr_printf(S, "<class '%s'>", t->qualname->data);
    else
        s = awstr_printf(S, "<class '%s.%s'>", t->module->data,
                         t->qualname->data);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool type_call(AwState *S, Value self, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    Type *t = AS_TYPE(self);
    if (t == TYPE(S, TYPE) && argc == 1 && kwnames == NULL) {
        *out = OBJ_VAL(awobj_type(S, argv[0]));
        return true;
    }
    if (t->tflags & TF_HEAPTYPE)
        return awclass_call(S, t, argc, argv, kwnames, out);
    if (t->new_ == NULL)
        return awerr_format(S, EXC_TypeError, "cannot create '%s' instances",
                            t->name->data);
    return t->new_(S, t, argc, argv, kwnames, out);
}

static bool type_new(AwState *S, Type *t, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    if (argc == 1 && kwnames == NULL) {
        *out = OBJ_VAL(awobj_type(S, argv[0]));
        return true;
    }
    if (argc == 3)
        return awclass_type_new(S, argc, argv, kwnames, out);
    return awerr_format(S, EXC_TypeError,
                        "type() takes 1 or 3 arguments");
}

static bool type_getattr(AwState *S, Value self, String *name, Value *out)
{
    Type *t = AS_TYPE(self);
    if (name == NAME(S, name)) {
        *out = OBJ_VAL(t->name);
        return true;
    }
    if (name == NAME(S, qualname)) {
        *out = OBJ_VAL(t->qualname);
        return true;
    }
    if (name == NAME(S, module)) {
        *out = OBJ_VAL(t->module);
        return true;
    }
    if (name == NAME(S, dict)) {
        Dict *d = awdict_copy(S, t->dict);
        *out = OBJ_VAL(d);
        return d != NULL;
    }
    const char *n = name->data;
    if (strcmp(n, "__mro__") == 0 || strcmp(n, "__bases__") == 0) {
        *out = OBJ_VAL(n[2] == 'm' ? t->mro : t->bases);
        return true;
    }
    if (strcmp(n, "__base__") == 0) {
        *out = t->base ? OBJ_VAL(t->base) : NONE_VAL;
        return true;
    }
    Value v = awtype_lookup(S, t, name);
    if (!IS_NULL(v))
        return awclass_descr_get(S, v, NULL_VAL, t, out);
    if (strcmp(n, "__doc__") == 0) {
        *out = NONE_VAL;
        return true;
    }
    if (name == NAME(S, class)) {
        *out = OBJ_VAL(awobj_type(S, self));
        return true;
    }
    /* the metatype's methods (mro), bound to the class */
    Type *meta = awobj_type(S, self);
    v = awtype_lookup(S, meta, name);
    if (!IS_NULL(v))
        return awclass_descr_get(S, v, self, meta, out);
    return no_attr(S, self, name);
}

static bool type_setattr(AwState *S, Value self, String *name, Value v)
{
    Type *t = AS_TYPE(self);
    if (!(t->tflags & TF_HEAPTYPE))
        return awerr_format(S, EXC_TypeError,
                            "cannot set '%s' attribute of immutable type "
                            "'%s'",
                            name->data, t->name->data);
    if ((name == NAME(S, name) || name == NAME(S, qualname)) &&
        !IS_NULL(v)) {
        if (!IS_STR(v))
            return awerr_format(S, EXC_TypeError,
                                "can only assign string to %s.%s, not '%s'",
                                t->name->data, name->data,
                                awobj_typename(S, v));
        if (name == NAME(S, name))
            t->name = AS_STR(v);
        else
            t->qualname = AS_STR(v);
        return true;
    }
    bool ok;
    if (IS_NULL(v)) {
        int r = awdict_del(S, t->dict, OBJ_VAL(name));
        ok = r > 0 || (r == 0 && no_attr(S, self, name));
    } else {
        ok = awdict_set_str(S, t->dict, name, v);
        if (ok && name == NAME(S, module) && IS_STR(v))
            t->module = AS_STR(v);
    }
    if (!ok)
        return false;
    awclass_modified(S, t, name);
    bool dunder = name->len > 4 && memcmp(name->data, "__", 2) == 0 &&
                  memcmp(name->data + name->len - 2, "__", 2) == 0;
    return !dunder || awslots_update(S, t);
}

static bool type_mro_method(AwState *S, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    if (argc != 1 || !IS_TYPE(argv[0]))
        return awerr_format(S, EXC_TypeError, "mro() takes no arguments");
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return false;
    *out = OBJ_VAL(l);
    Tuple *mro = AS_TYPE(argv[0])->mro;
    for (size_t i = 0; i < mro->len; i++)
        if (!awlist_append(S, l, mro->items[i]))
            return false;
    return true;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* None, NotImplemented, Ellipsis                                      */

static bool none_repr(AwState *S, Value self, Value *out)
{
    String *s = awstr_cstr(S, "None");
    *out = OBJ_VAL(s);
    return s != NULL;
}

static int false_truth(AwState *S, Value self) { return 0; }

static bool none_hash(AwState *S, Value self, int64_t *out)
{
    *out = 0xfcb2a2a4; /* any fixed value: None is a singleton */
    return true;
}

static bool none_new(AwState *S, Type *t, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    if (argc > 0 || kwnames != NULL)
        return awerr_format(S, EXC_TypeError, "NoneType takes no arguments");
    *out = NONE_VAL;
    return true;
}

static bool singleton_repr(AwState *S, Value self, Value *out)
{
    const char *s = AS_OBJ(self) == S->notimpl ? "NotImplemented"
                                               : "Ellipsis";
    String *str = awstr_cstr(S, s);
    *out = OBJ_VAL(str);
    return str != NULL;
}

static bool singleton_new(AwState *S, Type *t, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    if (argc > 0 || kwnames != NULL)
        return awerr_format(S, EXC_TypeError, "%s takes no arguments",
                            t->name->data);
    *out = OBJ_VAL(t == TYPE(S, NOTIMPL) ? S->notimpl : S->ellipsis);
    return true;
}

/* ------------------------------------------------------------------ */
/* builtin functions and method descriptors                            */

static bool cfunc_repr(AwState *S, Value self, Value *out)
{
    CFunction *f = AS_CFUNCTION(self);
    String *s;
    if (IS_NULL(f->self) && f->owner != NULL)
        s = awstr_printf(S, "<method '%s' of '%s' objects>", f->name,
                         f->owner->name->data);
    else if (IS_NULL(f->self) || IS_KIND(f->self, OBJ_MODULE) ||
             (f->obj.flags & CF_HOST))
        s = awstr_printf(S, "<built-in function %s>", f->name);
    else if (IS_TYPE(f->self))
        s = awstr_printf(S, "<built-in method %s of type object at %p>",
                         f->name, (void *)AS_OBJ(f->self));
    else
        s = awstr_printf(S, "<built-in method %s of %s object at %p>",
                         f->name, awobj_typename(S, f->self),
                         IS_OBJ(f->self) ? (void *)AS_OBJ(f->self)
                                         : (void *)f);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* Calling an unbound method descriptor checks its first argument. */
static bool check_descr_self(AwState *S, CFunction *f, int argc, Value *argv)
{
    if (argc < 1)
        return awerr_format(S, EXC_TypeError,
                            "unbound method %s.%s() needs an argument",
                            f->owner->name->data, f->name);
    Type *want = f->owner;
    if (f->mflags == MF_CLASS ? !(IS_TYPE(argv[0]) &&
                                  awtype_issubclass(AS_TYPE(argv[0]), want))
                              : !awobj_isinstance(S, argv[0], want))
        return awerr_format(S, EXC_TypeError,
                            "descriptor '%s' for '%s' objects doesn't apply "
                            "to a '%s' object",
                            f->name, want->name->data,
                            awobj_typename(S, argv[0]));
    return true;
}

#define SMALL_ARGS 8

static bool cfunc_call(AwState *S, Value self, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    CFunction *f = AS_CFUNCTION(self);
    if (IS_NULL(f->self) || f->mflags == MF_STATIC) {
        if (IS_NULL(f->self) && f->owner && f->mflags != MF_STATIC &&
            !check_descr_self(S, f, argc, argv))
            return false;
        return f->fn(S, argc, argv, kwnames, out);
    }
    /* Prepend the bound self: the argument array is rooted by the root
     * stack while the function runs. */
    size_t total = (size_t)argc + (kwnames ? kwnames->len : 0);
    if (S->nroots + total + 1 > AWGC_MAX_ROOTS)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    Value *args = S->roots + S->nroots;
    args[0] = f->self;
    if (total > 0) /* argv may be NULL when there is no argument */
        memcpy(args + 1, argv, total * sizeof(Value));
    S->nroots += total + 1;
    bool ok = f->fn(S, argc + 1, args, kwnames, out);
    S->nroots -= total + 1;
    return ok;
}

static bool cfunc_getattr(AwState *S, Value self, String *name, Value *out)
{
    CFunction *f = AS_CFUNCTION(self);
    if (name == NAME(S, name) || name == NAME(S, qualname)) {
        String *s = name == NAME(S, name) || f->owner == NULL
                        ? awstr_cstr(S, f->name)
                        : awstr_printf(S, "%s.%s", f->owner->name->data,
                                       f->name);
        *out = OBJ_VAL(s);
        return s != NULL;
    }
    if (strcmp(name->data, "__self__") == 0) {
        bool none = IS_NULL(f->self) || (f->obj.flags & CF_HOST);
        *out = none ? NONE_VAL : f->self;
        return true;
    }
    /* a module's functions name it; bound methods say None, and method
     * descriptors have no __module__ (CPython's getset) */
    if (name == NAME(S, module) && (!IS_NULL(f->self) || !f->owner)) {
        *out = IS_NULL(f->module) ? NONE_VAL : f->module;
        return true;
    }
    if (name == NAME(S, doc)) {
        *out = NONE_VAL; /* builtins carry no docstrings */
        return true;
    }
    return awobj_generic_getattr(S, self, name, out);
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */

static const char *const type_names[TY__COUNT] = {
#define X(id, name) name,
    TYPE_LIST(X)
#undef X
};

/* Every builtin type exists as a named shell before any object is made,
 * so that the str, dict and tuple allocations below have their types. */
static bool make_shells(AwState *S)
{
    for (int i = 0; i < TY__COUNT; i++) {
        Type *t = awgc_alloc(S, NULL, OBJ_TYPE, sizeof(Type));
        if (t == NULL)
            return false;
        S->types[i] = t;
    }
    for (int i = 0; i < TY__COUNT; i++)
        S->types[i]->obj.type = TYPE(S, TYPE);
    return true;
}

static bool object_get_class(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(awobj_type(S, self));
    return true;
}

static const GetSetDef object_getset[] = {
    {"__class__", object_get_class, NULL},
    {NULL, NULL, NULL},
};

static bool init_object_type(AwState *S)
{
    Type *o = awtype_new_builtin(S, TY_OBJECT, "object", TYPE(S, OBJECT),
                                 OBJ_INSTANCE, sizeof(Instance));
    if (o == NULL)
        return false;
    o->repr = object_repr;
    o->str = object_str;
    o->hash = identity_hash;
    o->richcmp = object_richcmp;
    o->format = object_format;
    o->new_ = object_new;
    o->setattr = object_setattr;
    o->getset = object_getset;
    for (int i = 0; i < TY__COUNT; i++) {
        if (i != TY_OBJECT &&
            !awtype_new_builtin(S, (TypeId)i, type_names[i], o,
                                OBJ_INSTANCE, sizeof(Instance)))
            return false;
    }
    return true;
}

static bool make_singletons(AwState *S)
{
    S->notimpl = awgc_alloc(S, TYPE(S, NOTIMPL), OBJ_SINGLETON,
                            sizeof(Singleton));
    S->ellipsis = awgc_alloc(S, TYPE(S, ELLIPSIS), OBJ_SINGLETON,
                             sizeof(Singleton));
    return S->notimpl && S->ellipsis;
}

static void init_small_types(AwState *S)
{
    Type *t = TYPE(S, TYPE);
    t->instkind = OBJ_TYPE;
    t->instsize = sizeof(Type);
    t->repr = type_repr;
    t->hash = identity_hash;
    t->call = type_call;
    t->new_ = type_new;
    t->getattr = type_getattr;
    t->setattr = type_setattr;
    t = TYPE(S, NONE);
    t->repr = none_repr;
    t->truth = false_truth;
    t->hash = none_hash;
    t->new_ = none_new;
    TYPE(S, NOTIMPL)->repr = singleton_repr;
    TYPE(S, NOTIMPL)->new_ = singleton_new;
    TYPE(S, ELLIPSIS)->repr = singleton_repr;
    TYPE(S, ELLIPSIS)->new_ = singleton_new;
    TYPE(S, MODULE)->instkind = OBJ_MODULE;
    TYPE(S, MODULE)->instsize = sizeof(Module);
    TYPE(S, MODULE)->repr = module_repr;
    for (int id = TY_BUILTIN_FUNC; id <= TY_CLASSMETHOD_DESCR; id++) {
        t = S->types[id];
        t->instkind = OBJ_CFUNCTION;
        t->instsize = sizeof(CFunction);
        t->repr = cfunc_repr;
        t->call = cfunc_call;
        t->getattr = cfunc_getattr;
        t->new_ = NULL;
    }
}

bool awtype_init(AwState *S)
{
    if (!make_shells(S) || !init_object_type(S) || !make_singletons(S))
        return false;
    init_small_types(S);
    return awtype_add_methods(S, TYPE(S, TYPE), type_methods);
}

/* Types that may not be subclassed, and unhashable containers, whatever
 * their init functions inherited from object. */
bool awtype_finish(AwState *S)
{
    static const TypeId final_types[] = {
        TY_NONE, TY_BOOL, TY_RANGE, TY_SLICE, TY_FUNCTION,
        TY_BUILTIN_FUNC, TY_METHOD_DESCR, TY_CLASSMETHOD_DESCR, TY_METHOD,
        TY_CODE, TY_CELL, TY_TRACEBACK, TY_NOTIMPL, TY_ELLIPSIS,
    };
    for (size_t i = 0; i < sizeof final_types / sizeof *final_types; i++)
        S->types[final_types[i]]->tflags &= ~(uint32_t)TF_BASETYPE;
    for (int i = TY_LIST_ITER; i < TY__COUNT; i++)
        S->types[i]->tflags &= ~(uint32_t)TF_BASETYPE;
    static const TypeId unhashable[] = {
        TY_LIST, TY_DICT, TY_SET, TY_DICT_KEYS, TY_DICT_VALUES,
        TY_DICT_ITEMS,
    };
    for (size_t i = 0; i < sizeof unhashable / sizeof *unhashable; i++)
        S->types[unhashable[i]]->hash = NULL;
    /* Shells created before the name table existed get their module now. */
    for (int i = 0; i < TY__COUNT; i++)
        if (S->types[i]->module == NULL)
            S->types[i]->module = NAME(S, builtins);
    return true;
}
