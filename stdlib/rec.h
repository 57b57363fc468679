/* Helpers shared by the C types of functools, itertools, collections and
 * typing: records (objects made only of Values), types that belong to a
 * module, and small conveniences. */
#ifndef AW_REC_H
#define AW_REC_H

#include "stdlib/modules.h"
#include "vm/class.h"
#include "vm/gc.h"

/* The Values of a record, or the extension slots of any object. */
#define REC(v) awobj_ext(AS_OBJ(v))

/* A new type `name` of module m (__module__ is m's name) with base base
 * (NULL: object), whose instances have kind and instsize followed by
 * nslots Values (the class extension of vm/class.h, so that classes
 * derived from it append their own after them); bound as m.name when
 * bind is set. It may not be subclassed
 * (clear of TF_BASETYPE) and has no constructor unless the caller sets
 * new_. May collect; m must be rooted. */
Type *awrec_type(AwState *S, Module *m, const char *name, Type *base,
                 ObjKind kind, size_t instsize, uint32_t nslots,
                 bool bind);
/* t's constructor is fn: sets the new_ slot, makes t subclassable and
 * gives it __new__ (so that classes derived from t build their
 * instances with fn) and an __init__ that accepts any arguments. */
AW_NODISCARD bool awrec_add_new(AwState *S, Type *t, NewFn fn);
/* A record of type t (made by awrec_type with at least n slots), all
 * NULL_VAL. May collect. */
Obj *awrec_new(AwState *S, Type *t, uint32_t n);

/* *out = s; false when s is NULL (an allocation failed). */
AW_NODISCARD bool awrec_ret(String *s, Value *out);
/* Refuses keyword arguments with CPython's "f() takes no keyword
 * arguments". */
AW_NODISCARD bool awrec_nokw(AwState *S, const char *fname, Tuple *kwnames);
/* f(*args, **kw) where kw is a dict of str keys or NULL: builds the
 * argument array on the root stack. */
AW_NODISCARD bool awrec_call_kw(AwState *S, Value f, int argc, Value *argv,
                                Dict *kw, Value *out);
/* The attribute-dict helpers of records with a __dict__ slot: getattr
 * looks at the type (getset, methods) then at the dict in slot `slot`;
 * setattr stores there. */
AW_NODISCARD bool awrec_getattr_dict(AwState *S, Value self, String *name,
                                     int slot, Value *out);
AW_NODISCARD bool awrec_setattr_dict(AwState *S, Value self, String *name,
                                     int slot, Value v);
/* ------------------------------------------------------------------ */
/* Named tuples (stdlib/namedtuple.c)                                  */

/* A new namedtuple class: a subclass of tuple called name whose items
 * are named by fields (a tuple of distinct str, already validated),
 * defaults (NULL or a tuple no longer than fields) filling the rightmost
 * fields, __module__ module. May collect. */
Type *awnt_new_type(AwState *S, String *name, Tuple *fields, Tuple *defaults,
                    String *module);
/* An instance of the namedtuple class t from exactly its n fields. */
AW_NODISCARD bool awnt_make(AwState *S, Type *t, const Value *items,
                            size_t n, Value *out);
/* collections.namedtuple(typename, field_names, *, rename=False,
 * defaults=None, module=None) */
AW_NODISCARD bool awnt_factory(AwState *S, int argc, Value *argv,
                               Tuple *kwnames, Value *out);

#endif
