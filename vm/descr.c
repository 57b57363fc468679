/* Attribute lookup on class instances with the descriptor protocol, and
 * the builtin descriptor types: property, staticmethod, classmethod,
 * member_descriptor (__slots__), super; object's __init__, __new__,
 * __init_subclass__, __getattribute__, __setattr__, __delattr__, and the
 * __new__ and __init__ that builtin types show as attributes. */
#include <stddef.h>
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

#define EXT(v) (((Instance *)AS_OBJ(v))->ext)

static bool ret(Value v, Value *out)
{
    *out = v;
    return true;
}

static bool ret_str(String *s, Value *out)
{
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* A new instance of a builtin descriptor type with n extension Values. */
static Value descr_alloc(AwState *S, Type *t)
{
    Instance *o = awgc_alloc(S, t, OBJ_INSTANCE, sizeof(Instance));
    return o ? OBJ_VAL(o) : NULL_VAL;
}

/* ------------------------------------------------------------------ */
/* Instance dicts                                                      */

Dict *awobj_getdict(AwState *S, Value o, bool create)
{
    if (!IS_OBJ(o))
        return NULL;
    Dict **dp = awobj_dictptr(AS_OBJ(o));
    if (dp == NULL)
        return NULL;
    if (*dp == NULL && create) {
        awgc_push(S, o);
        Dict *d = awdict_new(S);
        awgc_pop(S, 1);
        if (d == NULL)
            return NULL;
        *dp = d;
    }
    return *dp;
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

static bool is_instance_of(AwState *S, Value v, TypeId id)
{
    return IS_OBJ(v) && awtype_issubclass(AS_OBJ(v)->type, S->types[id]);
}

/* ------------------------------------------------------------------ */
/* The descriptor protocol                                             */

static bool member_get(AwState *S, Value m, Value obj, Value *out);
static bool member_set(AwState *S, Value m, Value obj, Value v);
static bool property_get(AwState *S, Value p, Value obj, Value *out);
static bool property_set(AwState *S, Value p, Value obj, Value v);

bool awclass_is_data_descr(AwState *S, Value d)
{
    if (!IS_OBJ(d))
        return false;
    Type *t = AS_OBJ(d)->type;
    if (t == TYPE(S, PROPERTY) || t == TYPE(S, MEMBER_DESCR))
        return true;
    return (t->tflags & TF_DESCR_SET) != 0;
}

/* A builtin method descriptor seen through obj (or the class). */
static bool bind_cfunc(AwState *S, CFunction *f, Value obj, Type *type,
                       Value *out)
{
    if (f->mflags & MF_SLOTWRAPPER) { /* int.__add__: a method-wrapper */
        if (IS_NULL(obj))
            return ret(OBJ_VAL(f), out);
        *out = awslots_bind(S, OBJ_VAL(f), obj);
        return !IS_NULL(*out);
    }
    if (!IS_NULL(f->self) || f->mflags == MF_STATIC ||
        (f->mflags == MF_METHOD && IS_NULL(obj)))
        return ret(OBJ_VAL(f), out);
    Value self = f->mflags == MF_CLASS ? OBJ_VAL(type) : obj;
    if (f->owner != NULL && !(f->owner->tflags & TF_HEAPTYPE))
        self = awclass_unbox(self); /* int.bit_length of a class of int */
    CFunction *b = awcfunc_new(S, f->name, f->fn, f->mflags, self, f->owner);
    return b ? ret(OBJ_VAL(b), out) : false;
}

/* descr.__get__(obj, type) of a class whose __get__ is aw code. */
static bool user_get(AwState *S, Value descr, Value obj, Type *type,
                     Value *out)
{
    Value f = awtype_lookup(S, AS_OBJ(descr)->type, NAME(S, get));
    Value *args = S->roots + S->nroots;
    awgc_push(S, descr);
    awgc_push(S, IS_NULL(obj) ? NONE_VAL : obj);
    awgc_push(S, OBJ_VAL(type));
    bool ok = awobj_call(S, f, 3, args, NULL, out);
    awgc_pop(S, 3);
    return ok;
}

bool awclass_descr_get(AwState *S, Value d, Value obj, Type *type,
                       Value *out)
{
    if (!IS_OBJ(d))
        return ret(d, out);
    Obj *o = AS_OBJ(d);
    if (o->kind == OBJ_FUNCTION) {
        if (IS_NULL(obj))
            return ret(d, out);
        *out = awmethod_new(S, obj, d);
        return !IS_NULL(*out);
    }
    if (o->kind == OBJ_CFUNCTION)
        return bind_cfunc(S, (CFunction *)o, obj, type, out);
    Type *t = o->type;
    if (t == TYPE(S, STATICMETHOD))
        return ret(EXT(d)[0], out);
    if (t == TYPE(S, CLASSMETHOD)) {
        *out = awmethod_new(S, OBJ_VAL(type), EXT(d)[0]);
        return !IS_NULL(*out);
    }
    if (t == TYPE(S, PROPERTY))
        return IS_NULL(obj) ? ret(d, out) : property_get(S, d, obj, out);
    if (t == TYPE(S, MEMBER_DESCR))
        return IS_NULL(obj) ? ret(d, out) : member_get(S, d, obj, out);
    if (t->tflags & TF_DESCR_GET)
        return user_get(S, d, obj, type, out);
    return ret(d, out);
}

/* descr.__set__(obj, v) or, v NULL_VAL, descr.__delete__(obj). */
static bool descr_set(AwState *S, Value d, Value obj, Value v)
{
    Type *t = AS_OBJ(d)->type;
    if (t == TYPE(S, PROPERTY))
        return property_set(S, d, obj, v);
    if (t == TYPE(S, MEMBER_DESCR))
        return member_set(S, d, obj, v);
    String *name = IS_NULL(v) ? NAME(S, delete) : NAME(S, set);
    Value f = awtype_lookup(S, t, name);
    if (IS_NULL(f))
        return awerr_format(S, EXC_AttributeError, "%s", name->data);
    Value *args = S->roots + S->nroots, r;
    awgc_push(S, d);
    awgc_push(S, obj);
    awgc_push(S, v);
    bool ok = awobj_call(S, f, IS_NULL(v) ? 2 : 3, args, NULL, &r);
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Getting attributes                                                  */

/* What the nearest builtin base adds (exception attributes computed from
 * args, module and function attributes): 1, 0 or -1. */
static int base_get(AwState *S, Type *t, Value o, String *name, Value *out)
{
    if (t->base_getattr == NULL)
        return 0;
    if (t->base_getattr(S, o, name, out))
        return 1;
    if (!awerr_matches(S, EXC_TYPE(S, AttributeError)))
        return -1;
    awerr_clear(S);
    return 0;
}

int awclass_generic_get(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    Value descr = awtype_lookup(S, t, name);
    if (!IS_NULL(descr) && awclass_is_data_descr(S, descr))
        return awclass_descr_get(S, descr, o, t, out) ? 1 : -1;
    if (IS_NULL(descr)) {
        const GetSetDef *g = find_getset(t, name);
        if (g != NULL)
            return g->get(S, o, out) ? 1 : -1;
    }
    Dict **dp = IS_OBJ(o) ? awobj_dictptr(AS_OBJ(o)) : NULL;
    if (dp != NULL && *dp != NULL) {
        Value v = awdict_get_str(S, *dp, name);
        if (!IS_NULL(v))
            return ret(v, out);
    }
    if (!IS_NULL(descr))
        return awclass_descr_get(S, descr, o, t, out) ? 1 : -1;
    if (name == NAME(S, class))
        return ret(OBJ_VAL(t), out);
    if (name == NAME(S, dict) && dp != NULL) {
        Dict *d = awobj_getdict(S, o, true);
        return d ? ret(OBJ_VAL(d), out) : -1;
    }
    if (!(t->tflags & TF_HEAPTYPE) && t->getattr == NULL)
        return 0;
    return base_get(S, t, o, name, out);
}

/* o.__getattr__(name) after a failed lookup. */
static bool call_getattr_hook(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    Value f = awtype_lookup(S, t, NAME(S, getattr)), bound;
    if (!awclass_descr_get(S, f, o, t, &bound))
        return false;
    awgc_push(S, bound);
    Value arg = OBJ_VAL(name);
    awgc_push(S, arg);
    bool ok = awobj_call(S, bound, 1, S->roots + S->nroots - 1, NULL, out);
    awgc_pop(S, 2);
    return ok;
}

static bool call_getattribute(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    Value f = awtype_lookup(S, t, NAME(S, getattribute)), bound;
    if (!awclass_descr_get(S, f, o, t, &bound))
        return false;
    awgc_push(S, bound);
    awgc_push(S, OBJ_VAL(name));
    bool ok = awobj_call(S, bound, 1, S->roots + S->nroots - 1, NULL, out);
    awgc_pop(S, 2);
    return ok;
}

bool awclass_getattr(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    bool ok;
    if (t->tflags & TF_GETATTRIBUTE) {
        ok = call_getattribute(S, o, name, out);
    } else {
        int r = awclass_generic_get(S, o, name, out);
        if (r > 0)
            return true;
        ok = r == 0 ? awerr_attribute(S, o, name) : false;
    }
    if (ok || !(t->tflags & TF_GETATTR) ||
        !awerr_matches(S, EXC_TYPE(S, AttributeError)))
        return ok;
    awerr_clear(S);
    return call_getattr_hook(S, o, name, out);
}

/* ------------------------------------------------------------------ */
/* Setting attributes                                                  */

static bool no_attr_set(AwState *S, Value o, String *name, Value descr)
{
    Type *t = awobj_type(S, o);
    if (!IS_NULL(descr))
        return awerr_format(S, EXC_AttributeError,
                            "'%s' object attribute '%s' is read-only",
                            t->name->data, name->data);
    return awerr_attribute(S, o, name);
}

bool awclass_generic_set(AwState *S, Value o, String *name, Value v)
{
    Type *t = awobj_type(S, o);
    Value descr = awtype_lookup(S, t, name);
    if (!IS_NULL(descr) && awclass_is_data_descr(S, descr))
        return descr_set(S, descr, o, v);
    if (IS_NULL(descr)) {
        const GetSetDef *g = find_getset(t, name);
        if (g != NULL && g->set != NULL)
            return g->set(S, o, v);
        if (g != NULL)
            return awerr_format(S, EXC_AttributeError,
                                "attribute '%s' of '%s' objects is not "
                                "writable",
                                name->data, t->name->data);
    }
    if (name == NAME(S, dict) && IS_OBJ(o) && awobj_dictptr(AS_OBJ(o))) {
        if (!IS_DICT(v))
            return awerr_format(S, EXC_TypeError,
                                "__dict__ must be set to a dictionary, not "
                                "a '%s'",
                                awobj_typename(S, v));
        *awobj_dictptr(AS_OBJ(o)) = AS_DICT(v);
        return true;
    }
    Dict *d = awobj_getdict(S, o, !IS_NULL(v));
    if (d == NULL && !awerr_occurred(S) &&
        (!IS_OBJ(o) || awobj_dictptr(AS_OBJ(o)) == NULL)) {
        if (t->base_setattr != NULL && !(t->tflags & TF_HEAPTYPE))
            return t->base_setattr(S, o, name, v);
        return no_attr_set(S, o, name, descr);
    }
    if (d == NULL && IS_NULL(v))
        return awerr_attribute(S, o, name);
    if (d == NULL)
        return false;
    if (!IS_NULL(v))
        return awdict_set_str(S, d, name, v);
    int r = awdict_del(S, d, OBJ_VAL(name));
    return r > 0 || (r == 0 && awerr_attribute(S, o, name));
}

bool awclass_setattr(AwState *S, Value o, String *name, Value v)
{
    Type *t = awobj_type(S, o);
    if (!(t->tflags & TF_SETATTR))
        return awclass_generic_set(S, o, name, v);
    String *hook = IS_NULL(v) ? NAME(S, delattr) : NAME(S, setattr);
    Value f = awtype_lookup(S, t, hook), bound, r;
    if (!awclass_descr_get(S, f, o, t, &bound))
        return false;
    awgc_push(S, bound);
    Value *args = S->roots + S->nroots;
    awgc_push(S, OBJ_VAL(name));
    awgc_push(S, v);
    bool ok = awobj_call(S, bound, IS_NULL(v) ? 1 : 2, args, NULL, &r);
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* member_descriptor: one __slots__ name                               */
/* ext: name, owner, offset in the extension (an int)                  */

Value awdescr_member_new(AwState *S, String *name, Type *owner,
                         uint32_t offset)
{
    Value m = descr_alloc(S, TYPE(S, MEMBER_DESCR));
    if (IS_NULL(m))
        return m;
    EXT(m)[0] = OBJ_VAL(name);
    EXT(m)[1] = OBJ_VAL(owner);
    EXT(m)[2] = INT_VAL(offset);
    return m;
}

/* The slot's Value in obj, or NULL after a TypeError (wrong object). */
static Value *member_slot(AwState *S, Value m, Value obj)
{
    Type *owner = AS_TYPE(EXT(m)[1]);
    if (!awobj_isinstance(S, obj, owner)) {
        awerr_format(S, EXC_TypeError,
                     "descriptor '%s' for '%s' objects doesn't apply to a "
                     "'%s' object",
                     AS_STR(EXT(m)[0])->data, owner->name->data,
                     awobj_typename(S, obj));
        return NULL;
    }
    char *ext = (char *)awobj_ext(AS_OBJ(obj));
    return (Value *)(void *)(ext + AS_INT(EXT(m)[2]));
}

static bool member_get(AwState *S, Value m, Value obj, Value *out)
{
    Value *p = member_slot(S, m, obj);
    if (p == NULL)
        return false;
    if (IS_NULL(*p))
        return awerr_attribute(S, obj, AS_STR(EXT(m)[0]));
    return ret(*p, out);
}

static bool member_set(AwState *S, Value m, Value obj, Value v)
{
    Value *p = member_slot(S, m, obj);
    if (p == NULL)
        return false;
    if (IS_NULL(v) && IS_NULL(*p))
        return awerr_format(S, EXC_AttributeError, "%s",
                            AS_STR(EXT(m)[0])->data);
    *p = v;
    return true;
}

static bool member_repr(AwState *S, Value self, Value *out)
{
    return ret_str(awstr_printf(S, "<member '%s' of '%s' objects>",
                                AS_STR(EXT(self)[0])->data,
                                AS_TYPE(EXT(self)[1])->name->data),
                   out);
}

static bool member_m_get(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    if (argc < 2 || argc > 3)
        return awerr_format(S, EXC_TypeError, "expected 1 or 2 arguments");
    if (IS_NONE(argv[1]))
        return ret(argv[0], out);
    return member_get(S, argv[0], argv[1], out);
}

static bool member_m_set(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    if (argc != 3)
        return awerr_format(S, EXC_TypeError, "expected 2 arguments");
    *out = NONE_VAL;
    return member_set(S, argv[0], argv[1], argv[2]);
}

static bool member_m_delete(AwState *S, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError, "expected 1 argument");
    *out = NONE_VAL;
    return member_set(S, argv[0], argv[1], NULL_VAL);
}

static bool member_get_name(AwState *S, Value self, Value *out)
{
    return ret(EXT(self)[0], out);
}

static bool member_get_objclass(AwState *S, Value self, Value *out)
{
    return ret(EXT(self)[1], out);
}

static const GetSetDef member_getset[] = {
    {"__name__", member_get_name, NULL},
    {"__qualname__", member_get_name, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef member_methods[] = {
    {"__get__", member_m_get, MF_METHOD},
    {"__set__", member_m_set, MF_METHOD},
    {"__delete__", member_m_delete, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* property                                                            */
/* ext: fget, fset, fdel, doc, name (from __set_name__)                */

enum { P_GET, P_SET, P_DEL, P_DOC, P_NAME, P_COUNT };

static bool property_error(AwState *S, Value p, Value obj, const char *what)
{
    Value name = EXT(p)[P_NAME];
    const char *tn = awobj_type(S, obj)->qualname->data;
    if (IS_STR(name))
        return awerr_format(S, EXC_AttributeError,
                            "property '%s' of '%s' object has no %s",
                            AS_STR(name)->data, tn, what);
    return awerr_format(S, EXC_AttributeError,
                        "property of '%s' object has no %s", tn, what);
}

static bool property_get(AwState *S, Value p, Value obj, Value *out)
{
    Value f = EXT(p)[P_GET];
    if (IS_NULL(f) || IS_NONE(f))
        return property_error(S, p, obj, "getter");
    awgc_push(S, obj);
    bool ok = awobj_call(S, f, 1, S->roots + S->nroots - 1, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

static bool property_set(AwState *S, Value p, Value obj, Value v)
{
    bool del = IS_NULL(v);
    Value f = EXT(p)[del ? P_DEL : P_SET], r;
    if (IS_NULL(f) || IS_NONE(f))
        return property_error(S, p, obj, del ? "deleter" : "setter");
    Value *args = S->roots + S->nroots;
    awgc_push(S, obj);
    awgc_push(S, v);
    bool ok = awobj_call(S, f, del ? 1 : 2, args, NULL, &r);
    awgc_pop(S, 2);
    return ok;
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static bool property_fill(AwState *S, Value p, int argc, Value *argv,
                          Tuple *kwnames)
{
    static const char *const kw[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (!awarg_unpack(S, "property", argc, argv, kwnames, 0, 4, kw, a))
        return false;
    for (int i = 0; i < 4; i++)
        EXT(p)[i] = IS_NULL(a[i]) || IS_NONE(a[i]) ? NONE_VAL : a[i];
    if (IS_NONE(EXT(p)[P_DOC]) && !IS_NONE(EXT(p)[P_GET])) {
        /* the getter's docstring becomes the property's */
        Value doc;
        int r = awobj_getattr_opt(S, EXT(p)[P_GET], NAME(S, doc), &doc);
        if (r < 0)
            return false;
        if (r > 0)
            EXT(p)[P_DOC] = doc;
    }
    return true;
}

static bool property_new(AwState *S, Type *t, int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    Value p = descr_alloc(S, t);
    if (IS_NULL(p))
        return false;
    awgc_push(S, p);
    bool ok = property_fill(S, p, argc, argv, kwnames);
    awgc_pop(S, 1);
    return ok && ret(p, out);
}

/* prop.getter(f), .setter(f), .deleter(f): a copy with one function
 * replaced. */
static bool property_copy(AwState *S, int argc, Value *argv, int which,
                          Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "property.%s() takes exactly one argument",
                            which == P_GET   ? "getter"
                            : which == P_SET ? "setter" : "deleter");
    Value p = descr_alloc(S, AS_OBJ(argv[0])->type);
    if (IS_NULL(p))
        return false;
    for (int i = 0; i < P_COUNT; i++)
        EXT(p)[i] = EXT(argv[0])[i];
    EXT(p)[which] = argv[1];
    if (which == P_GET && IS_NONE(EXT(argv[0])[P_DOC])) {
        awgc_push(S, p);
        int r = awobj_getattr_opt(S, argv[1], NAME(S, doc), &EXT(p)[P_DOC]);
        awgc_pop(S, 1);
        if (r < 0)
            return false;
        if (r == 0)
            EXT(p)[P_DOC] = NONE_VAL;
    }
    return ret(p, out);
}

static bool property_m_getter(AwState *S, int argc, Value *argv,
                              Tuple *kwnames, Value *out)
{
    return property_copy(S, argc, argv, P_GET, out);
}

static bool property_m_setter(AwState *S, int argc, Value *argv,
                              Tuple *kwnames, Value *out)
{
    return property_copy(S, argc, argv, P_SET, out);
}

static bool property_m_deleter(AwState *S, int argc, Value *argv,
                               Tuple *kwnames, Value *out)
{
    return property_copy(S, argc, argv, P_DEL, out);
}

static bool property_m_get(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    if (argc < 2 || argc > 3)
        return awerr_format(S, EXC_TypeError, "expected 1 or 2 arguments");
    if (IS_NONE(argv[1]))
        return ret(argv[0], out);
    return property_get(S, argv[0], argv[1], out);
}

static bool property_m_set(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    if (argc != 3)
        return awerr_format(S, EXC_TypeError, "expected 2 arguments");
    *out = NONE_VAL;
    return property_set(S, argv[0], argv[1], argv[2]);
}

static bool property_m_delete(AwState *S, int argc, Value *argv,
                              Tuple *kwnames, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError, "expected 1 argument");
    *out = NONE_VAL;
    return property_set(S, argv[0], argv[1], NULL_VAL);
}

static bool property_m_set_name(AwState *S, int argc, Value *argv,
                                Tuple *kwnames, Value *out)
{
    if (argc != 3)
        return awerr_format(S, EXC_TypeError,
                            "__set_name__() takes 2 positional arguments "
                            "but %d were given",
                            argc - 1);
    EXT(argv[0])[P_NAME] = argv[2];
    return ret(NONE_VAL, out);
}

static bool property_m_init(AwState *S, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    if (argc < 1 || !is_instance_of(S, argv[0], TY_PROPERTY))
        return awerr_format(S, EXC_TypeError,
                            "descriptor '__init__' requires a 'property' "
                            "object");
    *out = NONE_VAL;
    return property_fill(S, argv[0], argc - 1, argv + 1, kwnames);
}

#define PROP_GETTER(fname, idx)                                              \
    static bool fname(AwState *S, Value self, Value *out)                    \
    {                                                                        \
        Value v = EXT(self)[idx];                                            \
        return ret(IS_NULL(v) ? NONE_VAL : v, out);                          \
    }
PROP_GETTER(property_get_fget, P_GET)
PROP_GETTER(property_get_fset, P_SET)
PROP_GETTER(property_get_fdel, P_DEL)
PROP_GETTER(property_get_doc, P_DOC)
#undef PROP_GETTER

static bool property_set_doc(AwState *S, Value self, Value v)
{
    EXT(self)[P_DOC] = IS_NULL(v) ? NONE_VAL : v;
    return true;
}

static const GetSetDef property_getset[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, property_set_doc},
    {NULL, NULL, NULL},
};

static const MethodDef property_methods[] = {
    {"getter", property_m_getter, MF_METHOD},
    {"setter", property_m_setter, MF_METHOD},
    {"deleter", property_m_deleter, MF_METHOD},
    {"__get__", property_m_get, MF_METHOD},
    {"__set__", property_m_set, MF_METHOD},
    {"__delete__", property_m_delete, MF_METHOD},
    {"__set_name__", property_m_set_name, MF_METHOD},
    {"__init__", property_m_init, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* staticmethod and classmethod: ext[0] is the function                */

Value awdescr_wrap(AwState *S, TypeId kind, Value func)
{
    awgc_push(S, func);
    Value w = descr_alloc(S, S->types[kind]);
    awgc_pop(S, 1);
    if (!IS_NULL(w))
        EXT(w)[0] = func;
    return w;
}

static bool wrapper_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments",
                            t->name->data);
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "%s expected 1 argument, got %d", t->name->data,
                            argc);
    Value w = descr_alloc(S, t);
    if (IS_NULL(w))
        return false;
    EXT(w)[0] = argv[0];
    return ret(w, out);
}

static bool wrapper_repr(AwState *S, Value self, Value *out)
{
    Value r;
    if (!awobj_repr(S, EXT(self)[0], &r))
        return false;
    awgc_push(S, r);
    String *s = awstr_printf(S, "<%s(%s)>", awobj_typename(S, self),
                             AS_STR(r)->data);
    awgc_pop(S, 1);
    return ret_str(s, out);
}

static bool wrapper_get_func(AwState *S, Value self, Value *out)
{
    return ret(EXT(self)[0], out);
}

static bool wrapper_get_doc(AwState *S, Value self, Value *out)
{
    int r = awobj_getattr_opt(S, EXT(self)[0], NAME(S, doc), out);
    if (r == 0)
        *out = NONE_VAL;
    return r >= 0;
}

static bool wrapper_get_isabstract(AwState *S, Value self, Value *out)
{
    *out = FALSE_VAL;
    return true;
}

static const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {"__doc__", wrapper_get_doc, NULL},
    {"__isabstractmethod__", wrapper_get_isabstract, NULL},
    {NULL, NULL, NULL},
};

static bool wrapper_m_get(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (argc < 2 || argc > 3)
        return awerr_format(S, EXC_TypeError, "expected 1 or 2 arguments");
    Value obj = IS_NONE(argv[1]) ? NULL_VAL : argv[1];
    Type *type = argc == 3 && IS_TYPE(argv[2]) ? AS_TYPE(argv[2])
                                               : awobj_type(S, argv[1]);
    return awclass_descr_get(S, argv[0], obj, type, out);
}

/* staticmethod objects are callable (3.10+) */
static bool static_call(AwState *S, Value self, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    return awobj_call(S, EXT(self)[0], argc, argv, kwnames, out);
}

static const MethodDef wrapper_methods[] = {
    {"__get__", wrapper_m_get, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* super                                                               */
/* ext: the class named, the object (or class), the object's type      */

enum { SU_TYPE, SU_OBJ, SU_OBJTYPE };

/* super(): the class of the __class__ cell and the first argument of
 * the running frame. */
static bool super_from_frame(AwState *S, Value *type, Value *obj)
{
    Frame *f = S->frame;
    if (f == NULL || f->func == NULL)
        return awerr_format(S, EXC_RuntimeError, "super(): no current frame");
    Code *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS))
        return awerr_format(S, EXC_RuntimeError, "super(): no arguments");
    *obj = f->localsplus[0];
    for (uint32_t i = 0; i < co->ncells && co->cell2arg; i++)
        if (co->cell2arg[i] == 0 &&
            IS_KIND(f->localsplus[co->nlocals + i], OBJ_CELL))
            *obj = ((Cell *)AS_OBJ(f->localsplus[co->nlocals + i]))->v;
    if (IS_NULL(*obj))
        return awerr_format(S, EXC_RuntimeError,
                            "super(): arg[0] deleted");
    uint32_t first = co->nlocals + co->ncells;
    for (uint32_t i = 0; i < co->nfrees; i++) {
        if (strcmp(co->localnames[first + i]->data, "__class__") != 0)
            continue;
        Value c = f->localsplus[first + i];
        Value v = IS_KIND(c, OBJ_CELL) ? ((Cell *)AS_OBJ(c))->v : NULL_VAL;
        if (IS_NULL(v))
            return awerr_format(S, EXC_RuntimeError,
                                "super(): empty __class__ cell");
        if (!IS_TYPE(v))
            return awerr_format(S, EXC_RuntimeError,
                                "super(): __class__ is not a type (%s)",
                                awobj_typename(S, v));
        *type = v;
        return true;
    }
    return awerr_format(S, EXC_RuntimeError,
                        "super(): __class__ cell not found");
}

/* The type whose MRO super searches: obj's type, or obj when it is a
 * subclass of type. */
static Type *super_check(AwState *S, Type *type, Value obj)
{
    if (IS_TYPE(obj) && awtype_issubclass(AS_TYPE(obj), type))
        return AS_TYPE(obj);
    if (awobj_isinstance(S, obj, type))
        return awobj_type(S, obj);
    awerr_format(S, EXC_TypeError,
                 "super(type, obj): obj must be an instance or subtype of "
                 "type");
    return NULL;
}

static bool super_fill(AwState *S, Value su, int argc, Value *argv,
                       Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "super() takes no keyword arguments");
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "super() takes at most 2 arguments (%d given)",
                            argc);
    Value type = NULL_VAL, obj = NULL_VAL;
    if (argc == 0 && !super_from_frame(S, &type, &obj))
        return false;
    if (argc > 0) {
        type = argv[0];
        obj = argc > 1 ? argv[1] : NULL_VAL;
    }
    if (!IS_TYPE(type))
        return awerr_format(S, EXC_TypeError,
                            "super() argument 1 must be a type, not %s",
                            awobj_typename(S, type));
    Type *ot = NULL;
    if (!IS_NULL(obj) && !IS_NONE(obj) &&
        (ot = super_check(S, AS_TYPE(type), obj)) == NULL)
        return false;
    EXT(su)[SU_TYPE] = type;
    EXT(su)[SU_OBJ] = IS_NONE(obj) ? NULL_VAL : obj;
    EXT(su)[SU_OBJTYPE] = ot ? OBJ_VAL(ot) : NULL_VAL;
    return true;
}

static bool super_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    Value su = descr_alloc(S, t);
    if (IS_NULL(su))
        return false;
    awgc_push(S, su);
    bool ok = super_fill(S, su, argc, argv, kwnames);
    awgc_pop(S, 1);
    return ok && ret(su, out);
}

static bool super_getattr(AwState *S, Value self, String *name, Value *out)
{
    Value *x = EXT(self);
    if (IS_TYPE(x[SU_OBJTYPE]) && name != NAME(S, class)) {
        Type *start = AS_TYPE(x[SU_OBJTYPE]);
        Tuple *mro = start->mro;
        size_t i = 0;
        while (i < mro->len && AS_OBJ(mro->items[i]) != AS_OBJ(x[SU_TYPE]))
            i++;
        for (i++; i < mro->len; i++) {
            Value d = awdict_get_str(S, AS_TYPE(mro->items[i])->dict, name);
            if (IS_NULL(d))
                continue;
            Value obj = AS_OBJ(x[SU_OBJ]) == (Obj *)start ? NULL_VAL
                                                          : x[SU_OBJ];
            return awclass_descr_get(S, d, obj, start, out);
        }
    }
    return awobj_generic_getattr(S, self, name, out);
}

static bool super_repr(AwState *S, Value self, Value *out)
{
    Value *x = EXT(self);
    Type *t = AS_TYPE(x[SU_TYPE]);
    if (IS_TYPE(x[SU_OBJTYPE]))
        return ret_str(awstr_printf(S, "<super: <class '%s'>, <%s object>>",
                                    t->name->data,
                                    AS_TYPE(x[SU_OBJTYPE])->name->data),
                       out);
    return ret_str(awstr_printf(S, "<super: <class '%s'>, NULL>",
                                t->name->data),
                   out);
}

static bool super_get_thisclass(AwState *S, Value self, Value *out)
{
    return ret(EXT(self)[SU_TYPE], out);
}

static bool super_get_self(AwState *S, Value self, Value *out)
{
    Value v = EXT(self)[SU_OBJ];
    return ret(IS_NULL(v) ? NONE_VAL : v, out);
}

static bool super_get_self_class(AwState *S, Value self, Value *out)
{
    Value v = EXT(self)[SU_OBJTYPE];
    return ret(IS_NULL(v) ? NONE_VAL : v, out);
}

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* object's methods and the __new__ of builtin types                   */

static bool object_alloc_of(AwState *S, Type *t, Value *out)
{
    Instance *o = awgc_alloc(S, t, OBJ_INSTANCE, sizeof(Instance));
    return o ? ret(OBJ_VAL(o), out) : false;
}

bool awdescr_object_alloc(AwState *S, Type *t, Value *out)
{
    return object_alloc_of(S, t, out);
}

/* The nearest builtin type in t's MRO (whose new_ builds the layout). */
static Type *builtin_base(Type *t)
{
    while (t->tflags & TF_HEAPTYPE)
        t = t->base;
    return t;
}

static bool tp_new_wrapper(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out);

bool awdescr_is_builtin_new(Value v, Type **owner)
{
    if (!IS_CFUNCTION(v) || AS_CFUNCTION(v)->fn != tp_new_wrapper)
        return false;
    *owner = AS_CFUNCTION(v)->owner;
    return true;
}

/* object.__new__(cls, *args): CPython's excess-argument rules. */
static bool object_new_for(AwState *S, Type *t, int argc, Tuple *kwnames,
                           Value *out)
{
    bool args = argc > 0 || (kwnames && kwnames->len);
    if (args) {
        Type *owner;
        Value nw = awtype_lookup(S, t, NAME(S, new));
        Value init = awtype_lookup(S, t, NAME(S, init));
        if (!awdescr_is_builtin_new(nw, &owner))
            return awerr_format(S, EXC_TypeError,
                                "object.__new__() takes exactly one "
                                "argument (the type to instantiate)");
        if (IS_CFUNCTION(init) &&
            AS_CFUNCTION(init)->owner == TYPE(S, OBJECT))
            return awerr_format(S, EXC_TypeError, "%s() takes no arguments",
                                t->name->data);
    }
    if (t->instkind != OBJ_INSTANCE || t->new_ == NULL)
        return awerr_format(S, EXC_TypeError, "object.__new__(%s) is not "
                            "safe, use %s.__new__()",
                            t->name->data, builtin_base(t)->name->data);
    return object_alloc_of(S, t, out);
}

/* T.__new__(cls, *args) of a builtin type T: a method bound to T, as
 * CPython's "built-in method __new__ of type object". */
static bool tp_new_wrapper(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    Type *owner = AS_TYPE(argv[0]);
    const char *on = owner->name->data;
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "%s.__new__(): not enough arguments", on);
    if (!IS_TYPE(argv[1]))
        return awerr_format(S, EXC_TypeError,
                            "%s.__new__(X): X is not a type object (%s)", on,
                            awobj_typename(S, argv[1]));
    Type *cls = AS_TYPE(argv[1]);
    if (!awtype_issubclass(cls, owner))
        return awerr_format(S, EXC_TypeError,
                            "%s.__new__(%s): %s is not a subtype of %s", on,
                            cls->name->data, cls->name->data, on);
    Type *bb = builtin_base(cls);
    if (bb->new_ != owner->new_ && owner == TYPE(S, OBJECT))
        return awerr_format(S, EXC_TypeError,
                            "%s.__new__(%s) is not safe, use %s.__new__()",
                            on, cls->name->data, bb->name->data);
    if (owner == TYPE(S, OBJECT))
        return object_new_for(S, cls, argc - 2, kwnames, out);
    if (owner == TYPE(S, TYPE) && argc == 5)
        return awclass_type_new(S, argc - 2, argv + 2, kwnames, out);
    if (cls->tflags & TF_BOXED)
        return awclass_new_boxed(S, cls, owner, argc - 2, argv + 2, kwnames,
                                 out);
    return owner->new_(S, cls, argc - 2, argv + 2, kwnames, out);
}

static bool need_self(AwState *S, int argc, const char *name,
                      const char *type)
{
    if (argc >= 1)
        return true;
    return awerr_format(S, EXC_TypeError,
                        "descriptor '%s' of '%s' object needs an argument",
                        name, type);
}

static bool object_m_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    if (!need_self(S, argc, "__init__", "object"))
        return false;
    *out = NONE_VAL;
    if (argc == 1 && (kwnames == NULL || kwnames->len == 0))
        return true;
    Type *t = awobj_type(S, argv[0]);
    Value init = awtype_lookup(S, t, NAME(S, init));
    Type *owner;
    if (!(IS_CFUNCTION(init) && AS_CFUNCTION(init)->owner == TYPE(S, OBJECT)))
        return awerr_format(S, EXC_TypeError,
                            "object.__init__() takes exactly one argument "
                            "(the instance to initialize)");
    if (awdescr_is_builtin_new(awtype_lookup(S, t, NAME(S, new)), &owner))
        return awerr_format(S, EXC_TypeError,
                            "%s.__init__() takes exactly one argument (the "
                            "instance to initialize)",
                            t->name->data);
    return true;
}

static bool object_m_init_subclass(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out)
{
    const char *q = IS_TYPE(argv[0]) ? AS_TYPE(argv[0])->qualname->data
                                     : "object";
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "%s.__init_subclass__() takes no keyword "
                            "arguments",
                            q);
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s.__init_subclass__() takes no arguments (%d "
                            "given)",
                            q, argc - 1);
    return ret(NONE_VAL, out);
}

static bool name_arg(AwState *S, Value v)
{
    if (IS_STR(v))
        return true;
    return awerr_format(S, EXC_TypeError,
                        "attribute name must be string, not '%s'",
                        awobj_typename(S, v));
}

static bool object_m_getattribute(AwState *S, int argc, Value *argv,
                                  Tuple *kwnames, Value *out)
{
    if (argc != 2 || (kwnames && kwnames->len))
        return awerr_format(S, EXC_TypeError,
                            "expected 1 argument, got %d", argc - 1);
    if (!name_arg(S, argv[1]))
        return false;
    String *name = awstr_intern_str(S, AS_STR(argv[1]));
    if (name == NULL)
        return false;
    Type *t = awobj_type(S, argv[0]);
    if (!(t->tflags & TF_HEAPTYPE))
        return awobj_getattr(S, argv[0], name, out);
    int r = awclass_generic_get(S, argv[0], name, out);
    return r > 0 || (r == 0 && awerr_attribute(S, argv[0], name));
}

static bool object_setattr_common(AwState *S, int argc, Value *argv,
                                  int want, Value *out)
{
    if (argc != want)
        return awerr_format(S, EXC_TypeError, "expected %d arguments, got %d",
                            want - 1, argc - 1);
    if (!name_arg(S, argv[1]))
        return false;
    String *name = awstr_intern_str(S, AS_STR(argv[1]));
    if (name == NULL)
        return false;
    Value v = want == 3 ? argv[2] : NULL_VAL;
    *out = NONE_VAL;
    Type *t = awobj_type(S, argv[0]);
    if (t->tflags & TF_HEAPTYPE)
        return awclass_generic_set(S, argv[0], name, v);
    return awobj_setattr(S, argv[0], name, v);
}

static bool object_m_setattr(AwState *S, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    return object_setattr_common(S, argc, argv, 3, out);
}

static bool object_m_delattr(AwState *S, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    return object_setattr_common(S, argc, argv, 2, out);
}

static const MethodDef object_methods[] = {
    {"__init__", object_m_init, MF_METHOD},
    {"__init_subclass__", object_m_init_subclass, MF_CLASS},
    {"__getattribute__", object_m_getattribute, MF_METHOD},
    {"__setattr__", object_m_setattr, MF_METHOD},
    {"__delattr__", object_m_delattr, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* list, dict and set __init__: super().__init__(...) in subclasses    */

static bool check_init_self(AwState *S, int argc, Value *argv, TypeId id)
{
    if (argc >= 1 && is_instance_of(S, argv[0], id))
        return true;
    return awerr_format(S, EXC_TypeError,
                        "descriptor '__init__' requires a '%s' object",
                        S->types[id]->name->data);
}

static bool no_keywords(AwState *S, const char *name, Tuple *kwnames)
{
    if (kwnames == NULL || kwnames->len == 0)
        return true;
    return awerr_format(S, EXC_TypeError, "%s() takes no keyword arguments",
                        name);
}

static bool list_m_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!check_init_self(S, argc, argv, TY_LIST) ||
        !no_keywords(S, "list", kwnames))
        return false;
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "list expected at most 1 argument, got %d",
                            argc - 1);
    List *l = AS_LIST(argv[0]);
    l->len = 0;
    *out = NONE_VAL;
    return argc == 1 || awlist_extend(S, l, argv[1]);
}

static bool dict_m_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    if (!check_init_self(S, argc, argv, TY_DICT))
        return false;
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "dict expected at most 1 argument, got %d",
                            argc - 1);
    Dict *d = AS_DICT(argv[0]);
    *out = NONE_VAL;
    if (argc == 2 && !awdict_update(S, d, argv[1]))
        return false;
    for (size_t i = 0; kwnames && i < kwnames->len; i++)
        if (!awdict_set(S, d, kwnames->items[i], argv[argc + i]))
            return false;
    return true;
}

static bool set_m_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!check_init_self(S, argc, argv, TY_SET) ||
        !no_keywords(S, "set", kwnames))
        return false;
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "set expected at most 1 argument, got %d",
                            argc - 1);
    *out = NONE_VAL;
    Set *s = AS_SET(argv[0]);
    if (s->used > 0) {
        String *clear = awstr_intern_cstr(S, "clear");
        Value f = clear ? awtype_lookup(S, TYPE(S, SET), clear) : NULL_VAL;
        Value r;
        if (!IS_CFUNCTION(f) || !AS_CFUNCTION(f)->fn(S, 1, argv, NULL, &r))
            return false;
    }
    return argc == 1 || awset_update(S, s, argv[1]);
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */

static Type *descr_type(AwState *S, TypeId id, const char *name,
                        uint32_t nvals)
{
    Type *t = awtype_new_builtin(S, id, name, TYPE(S, OBJECT), OBJ_INSTANCE,
                                 sizeof(Instance));
    if (t != NULL)
        t->extsize = nvals * (uint32_t)sizeof(Value);
    return t;
}

static bool init_descr_types(AwState *S)
{
    Type *p = descr_type(S, TY_PROPERTY, "property", P_COUNT);
    Type *sm = descr_type(S, TY_STATICMETHOD, "staticmethod", 1);
    Type *cm = descr_type(S, TY_CLASSMETHOD, "classmethod", 1);
    Type *su = descr_type(S, TY_SUPER, "super", 3);
    Type *m = descr_type(S, TY_MEMBER_DESCR, "member_descriptor", 3);
    if (!p || !sm || !cm || !su || !m)
        return false;
    p->new_ = property_new;
    p->getset = property_getset;
    sm->new_ = cm->new_ = wrapper_new;
    sm->repr = cm->repr = wrapper_repr;
    sm->getset = cm->getset = wrapper_getset;
    sm->call = static_call;
    su->new_ = super_new;
    su->repr = super_repr;
    su->getattr = super_getattr;
    su->getset = super_getset;
    m->new_ = NULL;
    m->repr = member_repr;
    m->getset = member_getset;
    m->tflags &= ~(uint32_t)TF_BASETYPE;
    return awtype_add_methods(S, p, property_methods) &&
           awtype_add_methods(S, sm, wrapper_methods) &&
           awtype_add_methods(S, cm, wrapper_methods) &&
           awtype_add_methods(S, m, member_methods);
}

static bool add_new(AwState *S, Type *t)
{
    CFunction *f = awcfunc_new(S, "__new__", tp_new_wrapper, MF_METHOD,
                               OBJ_VAL(t), t);
    return f && awdict_set_str(S, t->dict, NAME(S, new), OBJ_VAL(f));
}

/* The same for the C types of stdlib/ modules (stdlib/rec.c), created
 * after start-up. */
bool awdescr_add_new(AwState *S, Type *t)
{
    return add_new(S, t);
}

/* Every builtin type that makes its own instances shows __new__. */
static bool add_new_methods(AwState *S)
{
    for (int i = 0; i < TY__COUNT; i++) {
        Type *t = S->types[i];
        if (t->new_ != NULL &&
            (t->base == NULL || t->base->new_ != t->new_) &&
            !add_new(S, t))
            return false;
    }
    return add_new(S, EXC_TYPE(S, BaseException));
}

static bool add_inits(AwState *S)
{
    static const MethodDef list_init[] = {{"__init__", list_m_init, 0},
                                          {NULL, NULL, 0}};
    static const MethodDef dict_init[] = {{"__init__", dict_m_init, 0},
                                          {NULL, NULL, 0}};
    static const MethodDef set_init[] = {{"__init__", set_m_init, 0},
                                         {NULL, NULL, 0}};
    return awtype_add_methods(S, TYPE(S, OBJECT), object_methods) &&
           awtype_add_methods(S, TYPE(S, LIST), list_init) &&
           awtype_add_methods(S, TYPE(S, DICT), dict_init) &&
           awtype_add_methods(S, TYPE(S, SET), set_init);
}

/* Builtin layouts that already hold a __dict__ pointer. */
static void set_dict_offsets(AwState *S)
{
    for (int i = 0; i < EXC__COUNT; i++)
        S->exc_types[i]->dictoffset = (int32_t)offsetof(Exception, dict);
    TYPE(S, FUNCTION)->dictoffset = (int32_t)offsetof(Function, dict);
    TYPE(S, MODULE)->dictoffset = (int32_t)offsetof(Module, dict);
    /* metaclasses other than type are not supported */
    TYPE(S, TYPE)->tflags &= ~(uint32_t)TF_BASETYPE;
}

static bool put_builtin(AwState *S, const char *name, Type *t)
{
    String *k = awstr_intern_cstr(S, name);
    return k && awdict_set_str(S, S->builtins, k, OBJ_VAL(t));
}

bool awdescr_init(AwState *S)
{
    set_dict_offsets(S);
    return init_descr_types(S) && add_new_methods(S) && add_inits(S) &&
           put_builtin(S, "property", TYPE(S, PROPERTY)) &&
           put_builtin(S, "staticmethod", TYPE(S, STATICMETHOD)) &&
           put_builtin(S, "classmethod", TYPE(S, CLASSMETHOD)) &&
           put_builtin(S, "super", TYPE(S, SUPER));
}
