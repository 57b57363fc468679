/* Dunder methods behind the C slots of classes: when a class defines
 * __add__ (or inherits it from a class that does), its binop slot points
 * at a dispatcher here that looks __add__ up on the type and calls it,
 * with CPython's reflection, NotImplemented and result checks. Slots whose
 * dunders come only from builtin types keep the builtin C slot. */
#include <string.h>

#include "stdlib/builtins.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/num.h"
#include "vm/str.h"

/* A heap type whose slots awslots_update has set once: later updates are
 * attribute assignments, which do not add __hash__ = None and must reach
 * the subclasses. A bit of tflags that no TF_ flag uses. */
#define TF_SLOTS_SEEN (1u << 31)

static String *dname(AwState *S, int id) { return S->names[id]; }

/* ------------------------------------------------------------------ */
/* Calling special methods                                             */

/* v, found on a type, is a C implementation from a builtin type in t's
 * MRO (a slot wrapper or a builtin method descriptor). */
static bool is_builtin_impl(Type *t, Value v)
{
    if (!IS_CFUNCTION(v))
        return false;
    CFunction *f = AS_CFUNCTION(v);
    return IS_NULL(f->self) && f->owner != NULL &&
           !(f->owner->tflags & TF_HEAPTYPE) && awtype_issubclass(t, f->owner);
}

/* Whether calling v found on a type must pass self first: functions,
 * and the builtin functions that the class machinery binds as methods
 * (method descriptors, slot wrappers, C functions stored in a class). */
static bool takes_self(Value v)
{
    if (IS_FUNCTION(v))
        return true;
    if (!IS_CFUNCTION(v) || !IS_NULL(AS_CFUNCTION(v)->self))
        return false;
    uint32_t fl = AS_CFUNCTION(v)->mflags;
    return fl == MF_METHOD || (fl & MF_SLOTWRAPPER);
}

/* descr seen through self (staticmethod, classmethod, property, a class
 * with __get__...) into *slot, as attribute lookup binds it. */
static bool bind_descr(AwState *S, Value descr, Value self, Value *slot)
{
    return awclass_descr_get(S, descr, self, awobj_type(S, self), slot);
}

/* Calls f, found on type(self), for self with argc arguments (and the
 * values of kwnames after them). Everything sits on the root stack. */
static bool call_found(AwState *S, Value f, Value self, int argc,
                       Value *argv, Tuple *kwnames, Value *out)
{
    size_t n = (size_t)argc + (kwnames ? kwnames->len : 0);
    if (S->nroots + n + 2 + 256 > AWGC_MAX_ROOTS)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    Value *a = S->roots + S->nroots;
    a[0] = f;
    a[1] = self;
    if (n > 0)
        memcpy(a + 2, argv, n * sizeof(Value));
    S->nroots += n + 2;
    bool ok;
    if (takes_self(f))
        ok = awobj_call(S, f, argc + 1, a + 1, kwnames, out);
    else
        ok = bind_descr(S, f, self, &a[0]) &&
             awobj_call(S, a[0], argc, a + 2, kwnames, out);
    S->nroots -= n + 2;
    return ok;
}

int awslots_call(AwState *S, Value self, String *name, int argc,
                 Value *argv, Tuple *kwnames, Value *out)
{
    Value f = awtype_lookup(S, awobj_type(S, self), name);
    if (IS_NULL(f))
        return 0;
    return call_found(S, f, self, argc, argv, kwnames, out) ? 1 : -1;
}

int awslots_lookup(AwState *S, Value self, String *name, Value *out)
{
    Value f = awtype_lookup(S, awobj_type(S, self), name);
    if (IS_NULL(f))
        return 0;
    if (IS_CFUNCTION(f) && (AS_CFUNCTION(f)->mflags & MF_SLOTWRAPPER))
        *out = awslots_bind(S, f, self);
    else if (takes_self(f))
        *out = awmethod_new(S, self, f);
    else {
        awgc_push(S, f);
        awgc_push(S, self);
        bool ok = bind_descr(S, f, self, out);
        awgc_pop(S, 2);
        return ok ? 1 : -1;
    }
    return IS_NULL(*out) ? -1 : 1;
}

static int call1(AwState *S, Value self, int id, Value arg, Value *out)
{
    return awslots_call(S, self, dname(S, id), 1, &arg, NULL, out);
}

static int call0(AwState *S, Value self, int id, Value *out)
{
    return awslots_call(S, self, dname(S, id), 0, NULL, NULL, out);
}

static const char *tname(AwState *S, Value v)
{
    return awobj_typename(S, v);
}

/* ------------------------------------------------------------------ */
/* Dispatchers: repr, str, hash, format, call                          */

static bool slot_repr(AwState *S, Value self, Value *out)
{
    int r = call0(S, self, NAME_d_repr, out);
    return r > 0 || (r == 0 && TYPE(S, OBJECT)->repr(S, self, out));
}

static bool slot_str(AwState *S, Value self, Value *out)
{
    int r = call0(S, self, NAME_d_str, out);
    return r > 0 || (r == 0 && TYPE(S, OBJECT)->str(S, self, out));
}

static bool slot_hash(AwState *S, Value self, int64_t *out)
{
    Value r;
    int c = call0(S, self, NAME_d_hash, &r);
    if (c == 0)
        return TYPE(S, OBJECT)->hash(S, self, out);
    if (c < 0)
        return false;
    if (IS_BOOL(r))
        r = INT_VAL(AS_BOOL(r));
    if (IS_BIGINT(r)) {
        *out = awnum_hash(S, r); /* the hash of the int, as CPython's */
        return true;
    }
    if (!IS_INT(r))
        return awerr_format(S, EXC_TypeError,
                            "__hash__ method should return an integer");
    *out = AS_INT(r) == -1 ? -2 : AS_INT(r);
    return true;
}

static bool slot_format(AwState *S, Value self, String *spec, Value *out)
{
    int r = call1(S, self, NAME_d_format, OBJ_VAL(spec), out);
    return r > 0 || (r == 0 && TYPE(S, OBJECT)->format(S, self, spec, out));
}

static bool slot_call(AwState *S, Value self, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    int r = awslots_call(S, self, NAME(S, d_call), argc, argv, kwnames, out);
    if (r == 0)
        return awerr_format(S, EXC_TypeError, "'%s' object is not callable",
                            tname(S, self));
    return r > 0;
}

/* ------------------------------------------------------------------ */
/* Dispatchers: comparison and arithmetic                              */

static bool slot_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    int r = call1(S, a, NAME_d_lt + op, b, out);
    if (r == 0)
        *out = NOTIMPL_VAL(S);
    return r >= 0;
}

static bool slot_binop(AwState *S, int op, Value a, Value b, Value *out);

/* CPython's method_is_overloaded: type(right) defines name and it is not
 * the one type(left) has. */
static bool overloads(AwState *S, Type *left, Type *right, String *name)
{
    Value rv = awtype_lookup(S, right, name);
    if (IS_NULL(rv))
        return false;
    Value lv = awtype_lookup(S, left, name);
    return IS_NULL(lv) || !aw_value_is(lv, rv);
}

/* 1 with a result other than NotImplemented, 0 NotImplemented or
 * absent, -1 error. */
static int try1(AwState *S, Value self, int id, Value arg, Value *out)
{
    int r = call1(S, self, id, arg, out);
    if (r == 0)
        *out = NOTIMPL_VAL(S);
    return r < 0 ? -1 : !IS_NOTIMPL(S, *out);
}

/* CPython's SLOT1BINFULL: a or b (or both) is of a type whose binop slot
 * is this one. The reflected method of a subclass that overrides it goes
 * first; the reflected method of b is not tried when a and b have the
 * same type. */
static bool slot_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op >= BINOP_INPLACE) {
        int r = call1(S, a, NAME_d_add + 3 * (op - BINOP_INPLACE) + 2, b,
                      out);
        if (r == 0)
            *out = NOTIMPL_VAL(S);
        return r >= 0;
    }
    int id = NAME_d_add + 3 * op, rid = id + 1, r;
    Type *ta = awobj_type(S, a), *tb = awobj_type(S, b);
    bool other = ta != tb && tb->binop == slot_binop;
    if (ta->binop == slot_binop) {
        if (other && awtype_issubclass(tb, ta) &&
            overloads(S, ta, tb, dname(S, rid))) {
            if ((r = try1(S, b, rid, a, out)) != 0)
                return r > 0;
            other = false;
        }
        if ((r = try1(S, a, id, b, out)) != 0 || ta == tb)
            return r >= 0;
    }
    if (other)
        return try1(S, b, rid, a, out) >= 0;
    *out = NOTIMPL_VAL(S);
    return true;
}

static bool slot_unop(AwState *S, int op, Value a, Value *out)
{
    int r = call0(S, a, NAME_d_neg + op, out);
    if (r == 0)
        *out = NOTIMPL_VAL(S);
    return r >= 0;
}

/* ------------------------------------------------------------------ */
/* Dispatchers: truth, length, items                                   */

static int slot_truth(AwState *S, Value self)
{
    Value r;
    int c = call0(S, self, NAME_d_bool, &r);
    if (c <= 0)
        return c < 0 ? -1 : 1;
    if (IS_BOOL(r))
        return AS_BOOL(r);
    awerr_format(S, EXC_TypeError, "__bool__ should return bool, returned %s",
                 tname(S, r));
    return -1;
}

static bool slot_len(AwState *S, Value self, int64_t *out)
{
    Value r;
    int c = call0(S, self, NAME_d_len, &r);
    if (c == 0)
        return awerr_format(S, EXC_TypeError,
                            "object of type '%s' has no len()",
                            tname(S, self));
    if (c < 0 || !awobj_index(S, r, &r))
        return false;
    if (awint_sign(r) < 0)
        return awerr_format(S, EXC_ValueError,
                            "__len__() should return >= 0");
    if (IS_BIGINT(r))
        return awerr_format(S, EXC_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
    *out = AS_INT(r);
    return true;
}

static bool slot_getitem(AwState *S, Value self, Value key, Value *out)
{
    int r = call1(S, self, NAME_d_getitem, key, out);
    if (r == 0)
        return awerr_format(S, EXC_TypeError,
                            "'%s' object is not subscriptable",
                            tname(S, self));
    return r > 0;
}

/* CPython looks __setitem__/__delitem__ up as plain attributes here:
 * a class with only one of them gets AttributeError for the other. */
static bool slot_setitem(AwState *S, Value self, Value key, Value v)
{
    Value args[2] = {key, v}, res;
    int id = IS_NULL(v) ? NAME_d_delitem : NAME_d_setitem;
    int r = awslots_call(S, self, dname(S, id), IS_NULL(v) ? 1 : 2, args,
                         NULL, &res);
    if (r == 0)
        return awerr_str(S, EXC_AttributeError, dname(S, id));
    return r > 0;
}

static int slot_contains(AwState *S, Value self, Value x)
{
    Value f = awtype_lookup(S, awobj_type(S, self), NAME(S, d_contains));
    Value r;
    if (IS_NONE(f)) {
        awerr_format(S, EXC_TypeError, "'%s' object is not a container",
                     tname(S, self));
        return -1;
    }
    if (IS_NULL(f))
        return awobj_contains_by_iter(S, self, x);
    if (!call_found(S, f, self, 1, &x, NULL, &r))
        return -1;
    return awobj_truthy(S, r);
}

/* ------------------------------------------------------------------ */
/* Dispatchers: iteration                                              */

static bool slot_iter(AwState *S, Value self, Value *out)
{
    int r = call0(S, self, NAME_d_iter, out);
    if (r == 0)
        return awerr_format(S, EXC_TypeError, "'%s' object is not iterable",
                            tname(S, self));
    if (r < 0)
        return false;
    if (awobj_type(S, *out)->next == NULL)
        return awerr_format(S, EXC_TypeError,
                            "iter() returned non-iterator of type '%s'",
                            tname(S, *out));
    return true;
}

/* A class with __getitem__ and no __iter__ iterates by index. */
static bool slot_seqiter(AwState *S, Value self, Value *out)
{
    return awseqiter_new(S, self, out);
}

static int slot_next(AwState *S, Value self, Value *out)
{
    int r = call0(S, self, NAME_d_next, out);
    if (r == 0) {
        awerr_format(S, EXC_TypeError, "'%s' object is not an iterator",
                     tname(S, self));
        return -1;
    }
    if (r > 0)
        return 1;
    if (!awerr_matches(S, EXC_TYPE(S, StopIteration)))
        return -1;
    awerr_clear(S);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Conversions: __index__, __int__, __float__                          */

int awslots_index(AwState *S, Value x, Value *out)
{
    int r = call0(S, x, NAME_d_index, out);
    if (r <= 0)
        return r;
    if (IS_BOOL(*out))
        *out = INT_VAL(AS_BOOL(*out));
    if (IS_ANYINT(*out))
        return 1;
    awerr_format(S, EXC_TypeError, "__index__ returned non-int (type %s)",
                 tname(S, *out));
    return -1;
}

int awslots_to_int(AwState *S, Value x, Value *out)
{
    int r = call0(S, x, NAME_d_int, out);
    if (r == 0)
        r = awslots_index(S, x, out);
    else if (r > 0 && !IS_ANYINT(*out) && !IS_BOOL(*out)) {
        awerr_format(S, EXC_TypeError, "__int__ returned non-int (type %s)",
                     tname(S, *out));
        return -1;
    }
    if (r == 0 && (r = call0(S, x, NAME_d_trunc, out)) > 0 &&
        !IS_ANYINT(*out) && !IS_BOOL(*out)) {
        Value t = *out;
        if (awslots_index(S, t, out) <= 0) {
            if (!awerr_occurred(S))
                awerr_format(S, EXC_TypeError,
                             "__trunc__ returned non-Integral (type %s)",
                             tname(S, t));
            return -1;
        }
    }
    if (r > 0 && IS_BOOL(*out))
        *out = INT_VAL(AS_BOOL(*out));
    return r;
}

int awslots_to_float(AwState *S, Value x, Value *out)
{
    int r = call0(S, x, NAME_d_float, out);
    if (r > 0 && !IS_FLOAT(*out)) {
        awerr_format(S, EXC_TypeError,
                     "%s.__float__ returned non-float (type %s)",
                     tname(S, x), tname(S, *out));
        return -1;
    }
    if (r != 0)
        return r;
    if ((r = awslots_index(S, x, out)) <= 0)
        return r;
    double d;
    if (!awnum_to_double(S, *out, &d))
        return -1;
    *out = FLOAT_VAL(d);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Choosing the slots of a class                                       */

typedef void (*AnyFn)(void);

/* The slots a class may take from dunders, each with its dunders: a run
 * of consecutive names starting at `first`. */
typedef enum {
    G_REPR, G_STR, G_HASH, G_CMP, G_BINOP, G_UNOP, G_TRUTH, G_LEN,
    G_GETITEM, G_SETITEM, G_CONTAINS, G_ITER, G_NEXT, G_CALL, G_FORMAT,
    G__COUNT
} Group;

static const struct {
    uint16_t first, count;
    AnyFn dispatch;
} groups[G__COUNT] = {
    [G_REPR] = {NAME_d_repr, 1, (AnyFn)slot_repr},
    [G_STR] = {NAME_d_str, 1, (AnyFn)slot_str},
    [G_HASH] = {NAME_d_hash, 1, (AnyFn)slot_hash},
    [G_CMP] = {NAME_d_lt, 6, (AnyFn)slot_richcmp},
    [G_BINOP] = {NAME_d_add, 3 * BINOP_COUNT, (AnyFn)slot_binop},
    [G_UNOP] = {NAME_d_neg, 3, (AnyFn)slot_unop},
    [G_TRUTH] = {NAME_d_bool, 1, (AnyFn)slot_truth},
    [G_LEN] = {NAME_d_len, 1, (AnyFn)slot_len},
    [G_GETITEM] = {NAME_d_getitem, 1, (AnyFn)slot_getitem},
    [G_SETITEM] = {NAME_d_setitem, 2, (AnyFn)slot_setitem},
    [G_CONTAINS] = {NAME_d_contains, 1, (AnyFn)slot_contains},
    [G_ITER] = {NAME_d_iter, 1, (AnyFn)slot_iter},
    [G_NEXT] = {NAME_d_next, 1, (AnyFn)slot_next},
    [G_CALL] = {NAME_d_call, 1, (AnyFn)slot_call},
    [G_FORMAT] = {NAME_d_format, 1, (AnyFn)slot_format},
};

static AnyFn get_slot(Type *t, int g)
{
    switch (g) {
    case G_REPR: return (AnyFn)t->repr;
    case G_STR: return (AnyFn)t->str;
    case G_HASH: return (AnyFn)t->hash;
    case G_CMP: return (AnyFn)t->richcmp;
    case G_BINOP: return (AnyFn)t->binop;
    case G_UNOP: return (AnyFn)t->unop;
    case G_TRUTH: return (AnyFn)t->truth;
    case G_LEN: return (AnyFn)t->len;
    case G_GETITEM: return (AnyFn)t->getitem;
    case G_SETITEM: return (AnyFn)t->setitem;
    case G_CONTAINS: return (AnyFn)t->contains;
    case G_ITER: return (AnyFn)t->iter;
    case G_NEXT: return (AnyFn)t->next;
    case G_CALL: return (AnyFn)t->call;
    default: return (AnyFn)t->format;
    }
}

static void set_slot(Type *t, int g, AnyFn f)
{
    switch (g) {
    case G_REPR: t->repr = (UnaryFn)f; break;
    case G_STR: t->str = (UnaryFn)f; break;
    case G_HASH: t->hash = (HashFn)f; break;
    case G_CMP: t->richcmp = (RichCmpFn)f; break;
    case G_BINOP: t->binop = (BinOpFn)f; break;
    case G_UNOP: t->unop = (UnOpFn)f; break;
    case G_TRUTH: t->truth = (TruthFn)f; break;
    case G_LEN: t->len = (LenFn)f; break;
    case G_GETITEM: t->getitem = (GetItemFn)f; break;
    case G_SETITEM: t->setitem = (SetItemFn)f; break;
    case G_CONTAINS: t->contains = (ContainsFn)f; break;
    case G_ITER: t->iter = (UnaryFn)f; break;
    case G_NEXT: t->next = (NextFn)f; break;
    case G_CALL: t->call = (CallFn)f; break;
    default: t->format = (FormatFn)f; break;
    }
}

/* A class of int or float holds its number boxed (vm/class.h): where it
 * keeps the number's behaviour, its slots unbox first. */
static bool boxed_repr(AwState *S, Value self, Value *out)
{
    return awobj_repr(S, awclass_unbox(self), out);
}

static bool boxed_str(AwState *S, Value self, Value *out)
{
    return awobj_str(S, awclass_unbox(self), out);
}

static bool boxed_hash(AwState *S, Value self, int64_t *out)
{
    return awobj_hash(S, awclass_unbox(self), out);
}

/* The number slots themselves, not the generic operations: they answer
 * NotImplemented to an operand that is not a number, so that the other
 * operand's reflected method runs. */
static bool boxed_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    return awnum_richcmp(S, awclass_unbox(a), awclass_unbox(b), op, out);
}

static bool boxed_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    return awnum_binop(S, op, awclass_unbox(a), awclass_unbox(b), out);
}

static bool boxed_unop(AwState *S, int op, Value a, Value *out)
{
    return awnum_unop(S, op, awclass_unbox(a), out);
}

static int boxed_truth(AwState *S, Value self)
{
    return awobj_truthy(S, awclass_unbox(self));
}

static bool boxed_format(AwState *S, Value self, String *spec, Value *out)
{
    return awobj_format(S, awclass_unbox(self), spec, out);
}

static AnyFn boxed_slot(int g)
{
    switch (g) {
    case G_REPR: return (AnyFn)boxed_repr;
    case G_STR: return (AnyFn)boxed_str;
    case G_HASH: return (AnyFn)boxed_hash;
    case G_CMP: return (AnyFn)boxed_richcmp;
    case G_BINOP: return (AnyFn)boxed_binop;
    case G_UNOP: return (AnyFn)boxed_unop;
    case G_TRUTH: return (AnyFn)boxed_truth;
    case G_FORMAT: return (AnyFn)boxed_format;
    default: return NULL;
    }
}

static bool number_owner(AwState *S, Type *owner)
{
    return owner == TYPE(S, INT) || owner == TYPE(S, FLOAT) ||
           owner == TYPE(S, BOOL);
}

/* The slot t gets for group g: the dispatcher when a dunder of the group
 * is defined in aw code anywhere along the MRO; NULL for __hash__ or
 * __iter__ set to None; else the slot of the nearest builtin type along
 * the MRO that has one (a class of int or float: the unboxing one). */
static AnyFn resolve(AwState *S, Type *t, int g)
{
    bool builtin = false;
    for (int k = 0; k < groups[g].count; k++) {
        Value v = awtype_lookup(S, t, dname(S, groups[g].first + k));
        if (IS_NULL(v))
            continue;
        if (is_builtin_impl(t, v)) {
            builtin = true;
            continue;
        }
        if (IS_NONE(v) && (g == G_HASH || g == G_ITER))
            return NULL;
        return groups[g].dispatch;
    }
    if (g == G_TRUTH && !builtin)
        return NULL; /* the truth of a container is its __len__ */
    /* the slot of the nearest builtin type: not every builtin type shows
     * its slots as wrappers (the C types of the standard modules) */
    for (size_t i = 1; t->mro && i < t->mro->len; i++) {
        Type *b = AS_TYPE(t->mro->items[i]);
        AnyFn f = get_slot(b, g);
        if ((b->tflags & TF_HEAPTYPE) || f == NULL)
            continue;
        /* a str slot that is the repr slot (int, float) is object's
         * __str__ in CPython: it must reach a class's __repr__ */
        if (g == G_STR && b->base != NULL && f == (AnyFn)b->repr)
            continue;
        if (number_owner(S, b) && (t->tflags & TF_BOXED) && boxed_slot(g))
            return boxed_slot(g);
        return f;
    }
    return NULL;
}

static void update_one(AwState *S, Type *t)
{
    for (int g = 0; g < G__COUNT; g++)
        set_slot(t, g, resolve(S, t, g));
    /* the old sequence protocol: __getitem__ without __iter__ */
    if (t->iter == NULL && t->getitem != NULL &&
        IS_NULL(awtype_lookup(S, t, NAME(S, d_iter))))
        t->iter = slot_seqiter;
}

/* CPython's type_new: __eq__ without __hash__ makes a class unhashable. */
static bool hash_none(AwState *S, Type *t)
{
    if (IS_NULL(awdict_get_str(S, t->dict, NAME(S, d_eq))) ||
        !IS_NULL(awdict_get_str(S, t->dict, NAME(S, d_hash))))
        return true;
    return awdict_set_str(S, t->dict, NAME(S, d_hash), NONE_VAL);
}

/* t and its subclasses, bases before subclasses (depth bounds the walk
 * should a subclass list ever hold a cycle). */
static void update_tree(AwState *S, Type *t, int depth)
{
    update_one(S, t);
    for (uint32_t i = 0; depth < 1000 && i < t->nsubs; i++)
        if (t->subs[i] != NULL)
            update_tree(S, t->subs[i], depth + 1);
}

bool awslots_update(AwState *S, Type *t)
{
    if (!(t->tflags & TF_SLOTS_SEEN)) {
        t->tflags |= TF_SLOTS_SEEN;
        if (!hash_none(S, t))
            return false;
    }
    update_tree(S, t, 0);
    return true;
}
