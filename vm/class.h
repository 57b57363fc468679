/* Classes (vm/class.c, vm/descr.c): the class statement, C3 MRO, the
 * layout of instances, attribute lookup with descriptors, instance
 * creation, super, property, staticmethod, classmethod and __slots__.
 *
 * Layout of an instance of a class: the C layout of its nearest builtin
 * base (Instance for object, List for list, Exception...), rounded up to
 * 8 bytes, then the extension: Obj.extra bytes of Values, one per
 * __slots__ name and one holding the __dict__ pointer (tagged VT_OBJ from
 * allocation on, NULL until the first attribute is stored). awgc_alloc
 * appends the extension of a type with extsize > 0, so every builtin
 * constructor that allocates with the subclass builds it; the GC traces
 * the extension as plain Values without looking at the type. */
#ifndef AW_CLASS_H
#define AW_CLASS_H

#include "vm/state.h"

/* A new class, as type(name, bases, ns) (no keywords): bases may be empty
 * (object), ns is copied. May collect; NULL with TypeError on bad bases
 * (CPython's messages). For C modules (collections.namedtuple). */
Type *awclass_new(AwState *S, String *name, Tuple *bases, Dict *ns);
/* Same, with class keywords passed on to __init_subclass__ (kwnames and
 * their values kwvalues, or NULL). */
Type *awclass_new_kw(AwState *S, String *name, Tuple *bases, Dict *ns,
                     Value *kwvalues, Tuple *kwnames);

/* Byte size of o's builtin layout (extension excluded). */
size_t awgc_basesize(Obj *o);

/* The extension Values of o (valid when o->extra > 0). */
static inline Value *awobj_ext(Obj *o)
{
    return (Value *)(void *)((char *)o + ((awgc_basesize(o) + 7) & ~7u));
}

/* Where o keeps its __dict__ (a Dict * that may be NULL until needed),
 * or NULL when o has none. */
static inline Dict **awobj_dictptr(Obj *o)
{
    int32_t off = o->type->dictoffset;
    if (off > 0)
        return (Dict **)(void *)((char *)o + off);
    if (off < 0)
        return (Dict **)(void *)((char *)awobj_ext(o) + (-off - 1));
    return NULL;
}

/* o's __dict__, created when create is set and o may have one; NULL with
 * no exception when o has none (or it is not yet created). May collect
 * when creating. */
Dict *awobj_getdict(AwState *S, Value o, bool create);

/* Generic attribute access of class instances (the getattr/setattr slots
 * of every class): data descriptors of the type, the instance dict, other
 * class attributes, then __getattr__; __getattribute__, __setattr__ and
 * __delattr__ overrides. v NULL_VAL deletes. */
AW_NODISCARD bool awclass_getattr(AwState *S, Value o, String *name,
                                  Value *out);
AW_NODISCARD bool awclass_setattr(AwState *S, Value o, String *name,
                                  Value v);
/* object.__getattribute__ / __setattr__ semantics without the overrides
 * (what super().__getattribute__ and object.__setattr__ reach).
 * generic_get returns 1 found, 0 not found (no exception), -1 error. */
int awclass_generic_get(AwState *S, Value o, String *name, Value *out);
AW_NODISCARD bool awclass_generic_set(AwState *S, Value o, String *name,
                                      Value v);

/* descr.__get__(obj, type) for any value found in a type's dict: binds
 * functions, classmethod, staticmethod, property, slot members, builtin
 * method descriptors and user descriptors. obj NULL_VAL: looked up on
 * the class itself. */
AW_NODISCARD bool awclass_descr_get(AwState *S, Value descr, Value obj,
                                    Type *type, Value *out);
/* 1 when descr is a data descriptor (defines __set__ or __delete__). */
bool awclass_is_data_descr(AwState *S, Value descr);

/* The int or float inside an instance of a class derived from int or
 * float (TF_BOXED), else v itself. */
static inline Value awclass_unbox(Value v)
{
    if (v.tag == VT_OBJ && (v.as.o->type->tflags & TF_BOXED))
        return ((Instance *)(void *)v.as.o)->ext[0];
    return v;
}

/* Calling a class: __new__ then __init__, CPython's checks and errors. */
AW_NODISCARD bool awclass_call(AwState *S, Type *t, int argc, Value *argv,
                               Tuple *kwnames, Value *out);
/* An instance of t (TF_BOXED) around owner->new_(args): int or float. */
AW_NODISCARD bool awclass_new_boxed(AwState *S, Type *t, Type *owner,
                                    int argc, Value *argv, Tuple *kwnames,
                                    Value *out);
/* When calling t needs only a new bare instance and its aw __init__
 * function: the function (t's cache is refreshed), else NULL. */
Function *awclass_plain_init(AwState *S, Type *t);
/* A new bare instance of a class whose __new__ is object's. */
AW_NODISCARD bool awclass_alloc(AwState *S, Type *t, Value *out);

/* The version tag of t for the attribute caches, assigned when 0. */
uint32_t awclass_version(AwState *S, Type *t);
/* t's dict changed (name set or deleted, NULL: anything): resets the
 * version of t and its subclasses and recomputes their TF_ hooks. */
void awclass_modified(AwState *S, Type *t, String *name);
/* GC hook between marking and sweeping: forgets dead subclasses. */
void awclass_gc_prune(AwState *S);
/* Frees t's subclass array (t is being swept). */
void awclass_free(AwState *S, Type *t);

/* type(name, bases, dict) and type.__new__ (vm/type.c calls it). */
AW_NODISCARD bool awclass_type_new(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out);

/* Start-up: property, staticmethod, classmethod, super, slot members,
 * object.__init__/__new__/__init_subclass__, the __new__ and __init__
 * of builtin types, and builtins.__build_class__. After
 * awbuiltins_init. */
AW_NODISCARD bool awclass_init(AwState *S);

#endif
