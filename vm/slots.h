/* The bridge between dunder methods and the C slots of Type: slot wrappers
 * that expose the slots of builtin types as attributes (int.__add__,
 * object.__eq__), and the dispatchers a class's slots point at when it
 * defines a dunder in aw code (vm/slots.c). */
#ifndef AW_SLOTS_H
#define AW_SLOTS_H

#include "vm/value.h"

/* The interned names of the special methods, spliced into NAME_LIST
 * (vm/state.h). Their order is relied on: NAME_d_lt + op for a CmpOp,
 * NAME_d_add + 3 * op (+1 reflected, +2 in-place) for a BinOp,
 * NAME_d_neg + op for a UnOp. */
#define AWSLOTS_B3(X, n)                                                     \
    X(d_##n, "__" #n "__") X(d_r##n, "__r" #n "__") X(d_i##n, "__i" #n "__")
#define AWSLOTS_BINOPS(Y, X)                                                 \
    Y(X, add) Y(X, sub) Y(X, mul) Y(X, truediv) Y(X, floordiv) Y(X, mod)     \
    Y(X, pow) Y(X, matmul) Y(X, lshift) Y(X, rshift) Y(X, and) Y(X, or)      \
    Y(X, xor)
#define AWSLOTS_NAME_LIST(X)                                                 \
    X(d_repr, "__repr__")                                                    \
    X(d_str, "__str__")                                                      \
    X(d_hash, "__hash__")                                                    \
    X(d_lt, "__lt__")                                                        \
    X(d_le, "__le__")                                                        \
    X(d_eq, "__eq__")                                                        \
    X(d_ne, "__ne__")                                                        \
    X(d_gt, "__gt__")                                                        \
    X(d_ge, "__ge__")                                                        \
    AWSLOTS_BINOPS(AWSLOTS_B3, X)                                            \
    X(d_neg, "__neg__")                                                      \
    X(d_pos, "__pos__")                                                      \
    X(d_invert, "__invert__")                                                \
    X(d_abs, "__abs__")                                                      \
    X(d_bool, "__bool__")                                                    \
    X(d_len, "__len__")                                                      \
    X(d_getitem, "__getitem__")                                              \
    X(d_setitem, "__setitem__")                                              \
    X(d_delitem, "__delitem__")                                              \
    X(d_contains, "__contains__")                                            \
    X(d_iter, "__iter__")                                                    \
    X(d_next, "__next__")                                                    \
    X(d_call, "__call__")                                                    \
    X(d_format, "__format__")                                                \
    X(d_getattribute, "__getattribute__")                                    \
    X(d_setattr, "__setattr__")                                              \
    X(d_delattr, "__delattr__")                                              \
    X(d_index, "__index__")                                                  \
    X(d_int, "__int__")                                                      \
    X(d_float, "__float__")                                                  \
    X(d_trunc, "__trunc__")                                                  \
    X(d_enter, "__enter__")                                                  \
    X(d_exit, "__exit__")                                                    \
    X(d_get, "__get__")                                                      \
    X(d_divmod, "__divmod__")                                                \
    X(d_rdivmod, "__rdivmod__")

/* CFunction.mflags of a slot wrapper: this bit, and in the low byte the
 * index of its entry in the slot table of vm/slots.c. No other mflags
 * value has it, so the VM never mistakes a wrapper for a plain method. */
#define MF_SLOTWRAPPER 0x100u

/* Start-up, after every builtin type exists: adds the slot wrappers
 * (wrapper_descriptor objects) to the dicts of the builtin types, for the
 * slots each type defines itself, and __hash__ = None where a type is
 * unhashable. Creates the types wrapper_descriptor and method-wrapper. */
AW_NODISCARD bool awslots_init(AwState *S);

/* Points the slots of heap type t at the dispatchers for every dunder
 * that t or its MRO defines in aw code, and back at the inherited builtin
 * slot for the others. The class machinery calls it once a class exists
 * (it then also sets __hash__ = None in a class that defines __eq__ but
 * not __hash__, as CPython's type_new) and after a dunder is set or
 * deleted on t (then the heap types that inherit from t follow). Never
 * collects; fails only on memory. */
AW_NODISCARD bool awslots_update(AwState *S, Type *t);

/* Binds the slot wrapper descr to self: a method-wrapper. NULL_VAL with
 * MemoryError. May collect. */
Value awslots_bind(AwState *S, Value descr, Value self);

/* Looks name up on type(self), as CPython's special method lookup does
 * (never in the instance), and calls it with self and the argc values of
 * argv (kwnames as awobj_call's). 1 called (*out set), 0 absent (no
 * exception), -1 error. Rooting: self and argv must be rooted. */
int awslots_call(AwState *S, Value self, String *name, int argc,
                 Value *argv, Tuple *kwnames, Value *out);

/* type(self).name (looked up on the type only, as special methods are)
 * bound to self. 1 found, 0 absent (no exception), -1 error. May
 * collect. */
int awslots_lookup(AwState *S, Value self, String *name, Value *out);

/* int(x) and float(x) for objects that are neither numbers nor text:
 * __int__, __index__ or __trunc__ (int), __float__ or __index__ (float),
 * with CPython's checks of the result. 1 converted, 0 none defined, -1
 * error. */
int awslots_to_int(AwState *S, Value x, Value *out);
int awslots_to_float(AwState *S, Value x, Value *out);

/* operator.index(x) for an object that is not an int: its __index__,
 * whose result must be an int. 1 done, 0 none defined, -1 error. */
int awslots_index(AwState *S, Value x, Value *out);

#endif
