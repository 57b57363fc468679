/* Slot wrappers: the C slots of builtin types seen as attributes, as in
 * CPython. int.__add__ is a wrapper_descriptor (a CFunction whose mflags
 * name its entry in the slot table below and whose owner is int); bound
 * to an instance it is a method-wrapper (a BoundMethod of that type).
 * Calling either checks self against the owner and calls the owner's C
 * slot: never type(self)'s, so that a subclass whose slot dispatches to
 * its own __add__ can call int.__add__ without recursing. */
#include <math.h>
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* How a wrapper calls its slot. */
typedef enum {
    W_REPR, W_STR, W_HASH, W_CMP, W_BINOP, W_RBINOP, W_IBINOP, W_UNOP,
    W_ABS, W_BOOL, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS,
    W_ITER, W_NEXT, W_CALL, W_FORMAT, W_GETATTR, W_SETATTR, W_DELATTR,
    W_DIVMOD, W_RDIVMOD
} WrapKind;

typedef struct SlotDef {
    uint16_t name; /* NameId */
    uint8_t kind;  /* WrapKind */
    uint8_t op;    /* CmpOp, BinOp or UnOp */
} SlotDef;

#define BIN_DEFS(n, s, d, r)                                                 \
    {NAME_d_add + 3 * BINOP_##n, W_BINOP, BINOP_##n},                        \
    {NAME_d_add + 3 * BINOP_##n + 1, W_RBINOP, BINOP_##n},                   \
    {NAME_d_add + 3 * BINOP_##n + 2, W_IBINOP, BINOP_##n},

static const SlotDef slotdefs[] = {
    {NAME_d_repr, W_REPR, 0},
    {NAME_d_str, W_STR, 0},
    {NAME_d_hash, W_HASH, 0},
    {NAME_d_lt, W_CMP, CMP_LT},
    {NAME_d_le, W_CMP, CMP_LE},
    {NAME_d_eq, W_CMP, CMP_EQ},
    {NAME_d_ne, W_CMP, CMP_NE},
    {NAME_d_gt, W_CMP, CMP_GT},
    {NAME_d_ge, W_CMP, CMP_GE},
    BINOP_LIST(BIN_DEFS)
    {NAME_d_neg, W_UNOP, UNOP_NEG},
    {NAME_d_pos, W_UNOP, UNOP_POS},
    {NAME_d_invert, W_UNOP, UNOP_INVERT},
    {NAME_d_abs, W_ABS, 0},
    {NAME_d_bool, W_BOOL, 0},
    {NAME_d_len, W_LEN, 0},
    {NAME_d_getitem, W_GETITEM, 0},
    {NAME_d_setitem, W_SETITEM, 0},
    {NAME_d_delitem, W_DELITEM, 0},
    {NAME_d_contains, W_CONTAINS, 0},
    {NAME_d_iter, W_ITER, 0},
    {NAME_d_next, W_NEXT, 0},
    {NAME_d_call, W_CALL, 0},
    {NAME_d_format, W_FORMAT, 0},
    {NAME_d_getattribute, W_GETATTR, 0},
    {NAME_d_setattr, W_SETATTR, 0},
    {NAME_d_delattr, W_DELATTR, 0},
    {NAME_d_divmod, W_DIVMOD, 0},
    {NAME_d_rdivmod, W_RDIVMOD, 0},
};
#define NSLOTDEFS (sizeof slotdefs / sizeof *slotdefs)

static const SlotDef *slotdef_of(CFunction *f)
{
    return &slotdefs[f->mflags & 0xff];
}

/* ------------------------------------------------------------------ */
/* Calling a slot                                                      */

static bool nargs(AwState *S, int argc, int want)
{
    if (argc == want)
        return true;
    return awerr_format(S, EXC_TypeError, "expected %d argument%s, got %d",
                        want, want == 1 ? "" : "s", argc);
}

/* int's slots also serve float (awnum_binop takes both): int.__add__
 * refuses a float operand as CPython's does. */
static bool int_meets_float(AwState *S, Type *owner, Value other)
{
    return IS_FLOAT(other) && (owner == TYPE(S, INT) ||
                               owner == TYPE(S, BOOL));
}

/* __pow__(other, mod) and __rpow__(other, mod) */
static bool call_pow(AwState *S, Type *o, const SlotDef *d, Value self,
                     int argc, Value *argv, Value *out)
{
    if (argc < 1 || argc > 2)
        return awerr_format(S, EXC_TypeError, "expected 1 or 2 arguments, "
                                              "got %d", argc);
    Value a = d->kind == W_RBINOP ? argv[0] : self;
    Value b = d->kind == W_RBINOP ? self : argv[0];
    if (argc == 2 && !IS_NONE(argv[1]))
        return awnum_pow3(S, a, b, argv[1], out);
    if (int_meets_float(S, o, argv[0])) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    return o->binop(S, BINOP_POW, a, b, out);
}

static bool call_binop(AwState *S, Type *o, const SlotDef *d, Value self,
                       int argc, Value *argv, Value *out)
{
    if (d->op == BINOP_POW && d->kind != W_IBINOP)
        return call_pow(S, o, d, self, argc, argv, out);
    if (!nargs(S, argc, 1))
        return false;
    if (int_meets_float(S, o, argv[0])) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    switch (d->kind) {
    case W_BINOP: return o->binop(S, d->op, self, argv[0], out);
    case W_RBINOP: return o->binop(S, d->op, argv[0], self, out);
    default: return o->binop(S, d->op + BINOP_INPLACE, self, argv[0], out);
    }
}

/* divmod() of two numbers: (a // b, a % b); NotImplemented otherwise
 * (int's refuses a float, as for the other operators). */
static bool call_divmod(AwState *S, Type *o, const SlotDef *d, Value self,
                        int argc, Value *argv, Value *out)
{
    if (!nargs(S, argc, 1))
        return false;
    Value a = d->kind == W_RDIVMOD ? argv[0] : self;
    Value b = d->kind == W_RDIVMOD ? self : argv[0];
    Value q, r;
    if (int_meets_float(S, o, argv[0])) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (!o->binop(S, BINOP_FLOORDIV, a, b, &q))
        return false;
    if (IS_NOTIMPL(S, q)) {
        *out = q;
        return true;
    }
    awgc_push(S, q);
    bool ok = o->binop(S, BINOP_MOD, a, b, &r);
    awgc_push(S, r);
    Tuple *t = ok ? awtuple_new(S, 2) : NULL;
    awgc_pop(S, 2);
    if (t == NULL)
        return false;
    t->items[0] = q;
    t->items[1] = r;
    *out = OBJ_VAL(t);
    return true;
}

static bool call_abs(AwState *S, Value self, Value *out)
{
    if (IS_FLOAT(self)) {
        *out = FLOAT_VAL(fabs(AS_FLOAT(self)));
        return true;
    }
    if (IS_BOOL(self)) {
        *out = INT_VAL(AS_BOOL(self));
        return true;
    }
    if (awint_sign(self) < 0)
        return awnum_unop(S, UNOP_NEG, self, out);
    *out = self;
    return true;
}

static String *attr_name(AwState *S, Value v)
{
    if (!IS_STR(v)) {
        awerr_format(S, EXC_TypeError,
                     "attribute name must be string, not '%s'",
                     awobj_typename(S, v));
        return NULL;
    }
    String *s = AS_STR(v);
    return s->obj.flags & STR_INTERNED ? s : awstr_intern(S, s->data, s->len);
}

static bool call_attr(AwState *S, Type *o, const SlotDef *d, Value self,
                      int argc, Value *argv, Value *out)
{
    if (!nargs(S, argc, d->kind == W_SETATTR ? 2 : 1))
        return false;
    String *name = attr_name(S, argv[0]);
    if (name == NULL)
        return false;
    argv[0] = OBJ_VAL(name); /* rooted there */
    if (d->kind == W_GETATTR)
        return o->getattr ? o->getattr(S, self, name, out)
                          : awobj_generic_getattr(S, self, name, out);
    *out = NONE_VAL;
    if (o->setattr == NULL)
        return awerr_attribute(S, self, name);
    return o->setattr(S, self, name,
                      d->kind == W_SETATTR ? argv[1] : NULL_VAL);
}

static bool call_item(AwState *S, Type *o, const SlotDef *d, Value self,
                      int argc, Value *argv, Value *out)
{
    if (d->kind == W_SETITEM) {
        if (argc != 2)
            return awerr_format(S, EXC_TypeError,
                                " expected 2 arguments, got %d", argc);
        *out = NONE_VAL;
        return o->setitem(S, self, argv[0], argv[1]);
    }
    if (!nargs(S, argc, 1))
        return false;
    if (d->kind == W_DELITEM) {
        *out = NONE_VAL;
        return o->setitem(S, self, argv[0], NULL_VAL);
    }
    if (d->kind == W_GETITEM)
        return o->getitem(S, self, argv[0], out);
    int r = o->contains(S, self, argv[0]);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool call_format(AwState *S, Type *o, Value self, int argc,
                        Value *argv, Value *out)
{
    if (!nargs(S, argc, 1))
        return false;
    if (!IS_STR(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "__format__() argument must be str, not %s",
                            awobj_typename(S, argv[0]));
    FormatFn f = o->format ? o->format : TYPE(S, OBJECT)->format;
    return f(S, self, AS_STR(argv[0]), out);
}

/* The wrappers that take no argument. */
static bool call_unary(AwState *S, Type *o, const SlotDef *d, Value self,
                       Value *out)
{
    int64_t n;
    int r;
    switch (d->kind) {
    case W_REPR: return o->repr(S, self, out);
    case W_STR: return o->str(S, self, out);
    case W_HASH:
        if (!o->hash(S, self, &n))
            return false;
        *out = INT_VAL(n);
        return true;
    case W_UNOP: return o->unop(S, d->op, self, out);
    case W_ABS: return call_abs(S, self, out);
    case W_LEN:
        if (!o->len(S, self, &n))
            return false;
        *out = INT_VAL(n);
        return true;
    case W_ITER: return o->iter(S, self, out);
    case W_BOOL:
        r = o->truth(S, self);
        *out = BOOL_VAL(r > 0);
        return r >= 0;
    default: /* W_NEXT */
        r = o->next(S, self, out);
        return r > 0 || (r == 0 && awerr_noargs(S, EXC_StopIteration));
    }
}

/* Calls slot d of owner o for self with the remaining arguments. */
static bool call_slot(AwState *S, Type *o, const SlotDef *d, Value self,
                      int argc, Value *argv, Tuple *kwnames, Value *out)
{
    if (o == TYPE(S, INT) || o == TYPE(S, FLOAT) || o == TYPE(S, BOOL)) {
        self = awclass_unbox(self); /* a class of int holds its int */
        if (argc > 0)
            argv[0] = awclass_unbox(argv[0]);
    }
    switch (d->kind) {
    case W_CALL: return o->call(S, self, argc, argv, kwnames, out);
    case W_CMP:
        return nargs(S, argc, 1) &&
               o->richcmp(S, self, argv[0], d->op, out);
    case W_BINOP: case W_RBINOP: case W_IBINOP:
        return call_binop(S, o, d, self, argc, argv, out);
    case W_GETITEM: case W_SETITEM: case W_DELITEM: case W_CONTAINS:
        return call_item(S, o, d, self, argc, argv, out);
    case W_FORMAT: return call_format(S, o, self, argc, argv, out);
    case W_DIVMOD: case W_RDIVMOD:
        return call_divmod(S, o, d, self, argc, argv, out);
    case W_GETATTR: case W_SETATTR: case W_DELATTR:
        return call_attr(S, o, d, self, argc, argv, out);
    default:
        return nargs(S, argc, 0) && call_unary(S, o, d, self, out);
    }
}

/* The call slot of wrapper_descriptor: argv[0] is self. */
static bool wrapper_call(AwState *S, Value descr, int argc, Value *argv,
                         Tuple *kwnames, Value *out)
{
    CFunction *f = AS_CFUNCTION(descr);
    const SlotDef *d = slotdef_of(f);
    if (argc < 1)
        return awerr_format(S, EXC_TypeError,
                            "descriptor '%s' of '%s' object needs an "
                            "argument",
                            f->name, f->owner->name->data);
    if (!awobj_isinstance(S, argv[0], f->owner))
        return awerr_format(S, EXC_TypeError,
                            "descriptor '%s' requires a '%s' object but "
                            "received a '%s'",
                            f->name, f->owner->name->data,
                            awobj_typename(S, argv[0]));
    if (kwnames != NULL && kwnames->len > 0 && d->kind != W_CALL)
        return awerr_format(S, EXC_TypeError,
                            "wrapper %s() takes no keyword arguments",
                            f->name);
    return call_slot(S, f->owner, d, argv[0], argc - 1, argv + 1, kwnames,
                     out);
}

/* ------------------------------------------------------------------ */
/* wrapper_descriptor and method-wrapper objects                       */

static bool ret_str(String *s, Value *out)
{
    *out = OBJ_VAL(s);
    return s != NULL;
}

static bool descr_repr(AwState *S, Value self, Value *out)
{
    CFunction *f = AS_CFUNCTION(self);
    return ret_str(awstr_printf(S, "<slot wrapper '%s' of '%s' objects>",
                                f->name, f->owner->name->data),
                   out);
}

static bool descr_getattr(AwState *S, Value self, String *name, Value *out)
{
    CFunction *f = AS_CFUNCTION(self);
    if (name == NAME(S, name))
        return ret_str(awstr_cstr(S, f->name), out);
    if (name == NAME(S, qualname))
        return ret_str(awstr_printf(S, "%s.%s", f->owner->name->data,
                                    f->name),
                       out);
    if (strcmp(name->data, "__objclass__") == 0) {
        *out = OBJ_VAL(f->owner);
        return true;
    }
    if (name == NAME(S, doc)) {
        *out = NONE_VAL;
        return true;
    }
    return awobj_generic_getattr(S, self, name, out);
}

Value awslots_bind(AwState *S, Value descr, Value self)
{
    awgc_push(S, self);
    BoundMethod *m = awgc_alloc(S, TYPE(S, METHOD_WRAPPER),
                                OBJ_BOUND_METHOD, sizeof(BoundMethod));
    awgc_pop(S, 1);
    if (m == NULL)
        return NULL_VAL;
    m->self = self;
    m->func = descr;
    return OBJ_VAL(m);
}

static BoundMethod *as_mw(Value v) { return (BoundMethod *)AS_OBJ(v); }

static bool mw_repr(AwState *S, Value self, Value *out)
{
    BoundMethod *m = as_mw(self);
    const void *addr = IS_OBJ(m->self) ? (void *)AS_OBJ(m->self) : (void *)m;
    return ret_str(awstr_printf(S, "<method-wrapper '%s' of %s object at "
                                   "%p>",
                                AS_CFUNCTION(m->func)->name,
                                awobj_typename(S, m->self), addr),
                   out);
}

static bool mw_getattr(AwState *S, Value self, String *name, Value *out)
{
    BoundMethod *m = as_mw(self);
    if (strcmp(name->data, "__self__") == 0) {
        *out = m->self;
        return true;
    }
    if (name == NAME(S, name) || name == NAME(S, qualname) ||
        name == NAME(S, doc))
        return descr_getattr(S, m->func, name, out);
    return awobj_generic_getattr(S, self, name, out);
}

/* Two method-wrappers are equal when they wrap the same slot of the
 * same object (identity, as CPython's). */
static bool mw_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if ((op != CMP_EQ && op != CMP_NE) ||
        awobj_type(S, b) != TYPE(S, METHOD_WRAPPER)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    bool eq = aw_value_is(as_mw(a)->func, as_mw(b)->func) &&
              aw_value_is(as_mw(a)->self, as_mw(b)->self);
    *out = BOOL_VAL(eq == (op == CMP_EQ));
    return true;
}

static bool mw_hash(AwState *S, Value self, int64_t *out)
{
    BoundMethod *m = as_mw(self);
    uint64_t x = IS_OBJ(m->self) ? (uint64_t)(uintptr_t)AS_OBJ(m->self)
                                 : (uint64_t)m->self.as.i * 31 + m->self.tag;
    x ^= (uint64_t)(uintptr_t)AS_OBJ(m->func) >> 4;
    *out = (int64_t)(x >> 1);
    return true;
}

static bool mw_call(AwState *S, Value self, int argc, Value *argv,
                    Tuple *kwnames, Value *out)
{
    BoundMethod *m = as_mw(self);
    CFunction *f = AS_CFUNCTION(m->func);
    if (kwnames != NULL && kwnames->len > 0 &&
        slotdef_of(f)->kind != W_CALL)
        return awerr_format(S, EXC_TypeError,
                            "wrapper %s() takes no keyword arguments",
                            f->name);
    return call_slot(S, f->owner, slotdef_of(f), m->self, argc, argv,
                     kwnames, out);
}

static void init_wrapper_types(AwState *S)
{
    Type *builtin = TYPE(S, BUILTIN_FUNC);
    Type *d = TYPE(S, WRAPPER_DESCR), *m = TYPE(S, METHOD_WRAPPER);
    d->instkind = OBJ_CFUNCTION;
    d->instsize = sizeof(CFunction);
    d->repr = descr_repr;
    d->call = wrapper_call;
    d->getattr = descr_getattr;
    d->hash = builtin->hash;
    d->new_ = NULL;
    m->instkind = OBJ_BOUND_METHOD;
    m->instsize = sizeof(BoundMethod);
    m->repr = mw_repr;
    m->call = mw_call;
    m->getattr = mw_getattr;
    m->richcmp = mw_richcmp;
    m->hash = mw_hash;
    m->new_ = NULL;
}

/* ------------------------------------------------------------------ */
/* Exposing the slots of the builtin types                             */

typedef void (*AnyFn)(void);

/* The slot of t that the wrapper kind calls. */
static AnyFn slot_of(Type *t, int kind)
{
    switch (kind) {
    case W_REPR: return (AnyFn)t->repr;
    case W_STR: return (AnyFn)t->str;
    case W_HASH: return (AnyFn)t->hash;
    case W_CMP: return (AnyFn)t->richcmp;
    case W_BINOP: case W_RBINOP: case W_IBINOP: return (AnyFn)t->binop;
    case W_UNOP: return (AnyFn)t->unop;
    case W_BOOL: return (AnyFn)t->truth;
    case W_LEN: return (AnyFn)t->len;
    case W_GETITEM: return (AnyFn)t->getitem;
    case W_SETITEM: case W_DELITEM: return (AnyFn)t->setitem;
    case W_CONTAINS: return (AnyFn)t->contains;
    case W_ITER: return (AnyFn)t->iter;
    case W_NEXT: return (AnyFn)t->next;
    case W_CALL: return (AnyFn)t->call;
    case W_FORMAT: return (AnyFn)t->format;
    case W_GETATTR: return (AnyFn)t->getattr;
    case W_SETATTR: case W_DELATTR: return (AnyFn)t->setattr;
    default: return NULL;
    }
}

/* The number dunders each builtin type has, as CPython's dir() shows
 * them (a single binop slot serves them all, so which ones a type
 * supports cannot be read off its slots). */
static const struct {
    TypeId id;
    const char *names;
} number_dunders[] = {
    {TY_INT, "add radd sub rsub mul rmul truediv rtruediv floordiv "
             "rfloordiv mod rmod pow rpow lshift rlshift rshift rrshift "
             "and rand or ror xor rxor neg pos invert abs divmod rdivmod"},
    {TY_BOOL, "and rand or ror xor rxor"},
    {TY_FLOAT, "add radd sub rsub mul rmul truediv rtruediv floordiv "
               "rfloordiv mod rmod pow rpow neg pos abs divmod rdivmod"},
    {TY_STR, "add mul rmul mod rmod"},
    {TY_BYTES, "add mul rmul mod rmod"},
    {TY_LIST, "add mul rmul iadd imul"},
    {TY_TUPLE, "add mul rmul"},
    {TY_DICT, "or ror ior"},
    {TY_SET, "sub rsub and rand xor rxor or ror isub iand ixor ior"},
    {TY_FROZENSET, "sub rsub and rand xor rxor or ror"},
    {TY_DICT_KEYS, "sub rsub and rand xor rxor or ror"},
    {TY_DICT_ITEMS, "sub rsub and rand xor rxor or ror"},
};

static bool is_number_kind(int kind)
{
    return kind == W_BINOP || kind == W_RBINOP || kind == W_IBINOP ||
           kind == W_UNOP || kind == W_ABS || kind == W_DIVMOD ||
           kind == W_RDIVMOD;
}

/* Whether the number dunder "__<word>__" (slot d) is listed for t. */
static bool number_listed(AwState *S, Type *t, const SlotDef *d)
{
    const char *full = S->names[d->name]->data + 2;
    size_t n = S->names[d->name]->len - 4;
    for (size_t i = 0; i < sizeof number_dunders / sizeof *number_dunders;
         i++) {
        if (S->types[number_dunders[i].id] != t)
            continue;
        const char *p = number_dunders[i].names;
        while (*p != '\0') {
            size_t len = strcspn(p, " ");
            if (len == n && memcmp(p, full, n) == 0)
                return true;
            p += len;
            while (*p == ' ')
                p++;
        }
    }
    return false;
}

/* Whether builtin type t exposes slot d itself: it defines the slot
 * (differently from its base), or lists it among its number dunders. */
static bool exposes(AwState *S, Type *t, const SlotDef *d)
{
    if (is_number_kind(d->kind))
        return number_listed(S, t, d) &&
               slot_of(t, d->kind == W_ABS ? W_UNOP
                          : d->kind >= W_DIVMOD ? W_BINOP : d->kind) != NULL;
    AnyFn mine = slot_of(t, d->kind);
    if (d->kind == W_GETATTR && t == TYPE(S, OBJECT))
        return true;
    /* containers have a truth slot for speed; CPython's truth of them is
     * their __len__, and only these types show a __bool__ */
    if (d->kind == W_BOOL && t != TYPE(S, INT) && t != TYPE(S, FLOAT) &&
        t != TYPE(S, NONE) && t != TYPE(S, RANGE) && t != TYPE(S, NOTIMPL))
        return false;
    /* str() that is repr() is object.__str__'s job (int, float): a class
     * that overrides __repr__ must see it through str() too */
    if (d->kind == W_STR && t != TYPE(S, OBJECT) &&
        (AnyFn)t->repr == mine)
        return false;
    if (mine == NULL)
        return false;
    return t->base == NULL || slot_of(t->base, d->kind) != mine;
}

static bool add_wrapper(AwState *S, Type *t, size_t i)
{
    String *name = S->names[slotdefs[i].name];
    CFunction *f = awcfunc_new(S, name->data, NULL, MF_SLOTWRAPPER | i,
                               NULL_VAL, t);
    if (f == NULL)
        return false;
    f->obj.type = TYPE(S, WRAPPER_DESCR);
    return awdict_set_str(S, t->dict, name, OBJ_VAL(f));
}

/* Dunders that CPython's builtin types define as methods, not slot
 * wrappers: a type's own method of that name stays. */
static bool stays_method(AwState *S, Type *t, const SlotDef *d)
{
    if (d->kind == W_FORMAT || d->kind == W_GETATTR ||
        d->kind == W_SETATTR || d->kind == W_DELATTR)
        return true; /* the class machinery's own (vm/descr.c) */
    if (d->kind == W_GETITEM)
        return t == TYPE(S, LIST) || t == TYPE(S, DICT);
    if (d->kind == W_CONTAINS)
        return t == TYPE(S, DICT) || t == TYPE(S, SET) ||
               t == TYPE(S, FROZENSET);
    return false;
}

/* Whether the entry of t's dict for slot d gives way to a wrapper: it is
 * a method t's init defined for a slot it has (str.__len__), which CPython
 * shows as a slot wrapper. Anything else of the type's own wins. */
static bool replaceable(AwState *S, Type *t, const SlotDef *d, Value v)
{
    if (IS_NULL(v))
        return true;
    return IS_CFUNCTION(v) && AS_CFUNCTION(v)->owner == t &&
           AS_CFUNCTION(v)->mflags == MF_METHOD && !stays_method(S, t, d);
}

static bool expose_type(AwState *S, Type *t)
{
    if (t == NULL)
        return true;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        String *name = S->names[slotdefs[i].name];
        Value have = awdict_get_str(S, t->dict, name);
        if (!replaceable(S, t, &slotdefs[i], have) ||
            (!IS_NULL(have) && !exposes(S, t, &slotdefs[i])))
            continue;
        if (exposes(S, t, &slotdefs[i])) {
            if (!add_wrapper(S, t, i))
                return false;
        } else if (slotdefs[i].kind == W_HASH && t->base &&
                   t->hash == NULL && t->base->hash != NULL) {
            if (!awdict_set_str(S, t->dict, name, NONE_VAL))
                return false; /* unhashable: list.__hash__ is None */
        }
    }
    return true;
}

bool awslots_init(AwState *S)
{
    init_wrapper_types(S);
    for (int i = 0; i < TY__COUNT; i++)
        if (!expose_type(S, S->types[i]))
            return false;
    for (int i = 0; i < EXC__COUNT; i++)
        if (!expose_type(S, S->exc_types[i]))
            return false;
    return true;
}
