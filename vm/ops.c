/* The generic operations: what `a + b`, `a < b`, `o.x`, `o[k]`, `len(o)`
 * and friends mean for any pair of values, dispatching through type slots
 * with CPython's reflection rules and error messages. */
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Types                                                               */

Type *awobj_type(AwState *S, Value v)
{
    switch (v.tag) {
    case VT_OBJ: return v.as.o->type;
    case VT_INT: return TYPE(S, INT);
    case VT_FLOAT: return TYPE(S, FLOAT);
    case VT_BOOL: return TYPE(S, BOOL);
    default: return TYPE(S, NONE);
    }
}

const char *awobj_typename(AwState *S, Value v)
{
    return awobj_type(S, v)->name->data;
}

bool awtype_issubclass(Type *a, Type *b)
{
    if (a == b)
        return true;
    Tuple *mro = a->mro;
    for (size_t i = 0; mro && i < mro->len; i++)
        if (AS_TYPE(mro->items[i]) == b)
            return true;
    return false;
}

bool awobj_isinstance(AwState *S, Value v, Type *t)
{
    return awtype_issubclass(awobj_type(S, v), t);
}

/* ------------------------------------------------------------------ */
/* repr, str, hash, truth                                              */

static bool check_str(AwState *S, const char *what, Value v)
{
    if (IS_STR(v))
        return true;
    return awerr_format(S, EXC_TypeError, "%s returned non-string (type %s)",
                        what, awobj_typename(S, v));
}

bool awobj_repr(AwState *S, Value v, Value *out)
{
    Type *t = awobj_type(S, v);
    UnaryFn f = t->repr ? t->repr : TYPE(S, OBJECT)->repr;
    return f(S, v, out) && check_str(S, "__repr__", *out);
}

bool awobj_str(AwState *S, Value v, Value *out)
{
    if (IS_STR(v) && AS_OBJ(v)->type == TYPE(S, STR)) {
        *out = v;
        return true;
    }
    Type *t = awobj_type(S, v);
    UnaryFn f = t->str ? t->str : t->repr ? t->repr : TYPE(S, OBJECT)->repr;
    return f(S, v, out) && check_str(S, "__str__", *out);
}

bool awobj_hash(AwState *S, Value v, int64_t *out)
{
    switch (v.tag) {
    case VT_INT: case VT_FLOAT: case VT_BOOL:
        *out = awnum_hash(S, v);
        return true;
    default: break;
    }
    if (IS_STR(v) && AS_OBJ(v)->type == TYPE(S, STR)) {
        *out = awstr_hash(S, AS_STR(v));
        return true;
    }
    Type *t = awobj_type(S, v);
    if (t->hash == NULL)
        return awerr_format(S, EXC_TypeError, "unhashable type: '%s'",
                            t->name->data);
    return t->hash(S, v, out);
}

int awobj_truthy(AwState *S, Value v)
{
    switch (v.tag) {
    case VT_NONE: case VT_NULL: return 0;
    case VT_BOOL: return v.as.b;
    case VT_INT: return v.as.i != 0;
    case VT_FLOAT: return v.as.f != 0.0;
    default: break;
    }
    Type *t = v.as.o->type;
    if (t->truth)
        return t->truth(S, v);
    if (t->len) {
        int64_t n;
        if (!t->len(S, v, &n))
            return -1;
        return n != 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Comparison                                                          */

static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swap[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT,
                               CMP_LE};

bool awobj_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        bool r = op == CMP_LT ? x < y : op == CMP_LE ? x <= y
               : op == CMP_EQ ? x == y : op == CMP_NE ? x != y
               : op == CMP_GT ? x > y : x >= y;
        *out = BOOL_VAL(r);
        return true;
    }
    Type *ta = awobj_type(S, a), *tb = awobj_type(S, b);
    /* a subclass's reflected method first, even when both types share
     * the slot (two classes whose dunders the slot dispatches to) */
    bool b_first = ta != tb && tb->richcmp && awtype_issubclass(tb, ta);
    if (b_first) {
        if (!tb->richcmp(S, b, a, cmp_swap[op], out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    if (ta->richcmp) {
        if (!ta->richcmp(S, a, b, op, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    if (!b_first && tb->richcmp) {
        if (!tb->richcmp(S, b, a, cmp_swap[op], out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    if (op == CMP_EQ || op == CMP_NE) {
        *out = BOOL_VAL(aw_value_is(a, b) == (op == CMP_EQ));
        return true;
    }
    return awerr_format(S, EXC_TypeError,
                        "'%s' not supported between instances of '%s' and "
                        "'%s'",
                        cmp_sym[op], ta->name->data, tb->name->data);
}

int awobj_compare(AwState *S, Value a, Value b, int op)
{
    Value r;
    if (!awobj_richcmp(S, a, b, op, &r))
        return -1;
    if (IS_BOOL(r))
        return AS_BOOL(r);
    return awobj_truthy(S, r);
}

int awobj_eq(AwState *S, Value a, Value b)
{
    if (aw_value_is(a, b))
        return 1;
    if (IS_STR(a) && IS_STR(b) && AS_OBJ(a)->type == TYPE(S, STR) &&
        AS_OBJ(b)->type == TYPE(S, STR))
        return awstr_equal(AS_STR(a), AS_STR(b));
    return awobj_compare(S, a, b, CMP_EQ);
}

/* ------------------------------------------------------------------ */
/* Arithmetic                                                          */

static const char *const binop_sym[] = {
#define X(n, s, d, r) s,
    BINOP_LIST(X)
#undef X
};

static bool is_number(Value v)
{
    return v.tag == VT_INT || v.tag == VT_FLOAT || v.tag == VT_BOOL ||
           IS_BIGINT(v);
}

static bool binop_error(AwState *S, int op, bool inplace, Value a, Value b)
{
    if (op == BINOP_POW && !inplace)
        return awerr_format(S, EXC_TypeError,
                            "unsupported operand type(s) for ** or pow(): "
                            "'%s' and '%s'",
                            awobj_typename(S, a), awobj_typename(S, b));
    return awerr_format(S, EXC_TypeError,
                        "unsupported operand type(s) for %s%s: '%s' and '%s'",
                        binop_sym[op], inplace ? "=" : "",
                        awobj_typename(S, a), awobj_typename(S, b));
}

static bool binop_plain(AwState *S, int op, Value a, Value b, Value *out)
{
    Type *ta = awobj_type(S, a), *tb = awobj_type(S, b);
    bool b_first = ta != tb && tb->binop && tb->binop != ta->binop &&
                   awtype_issubclass(tb, ta);
    if (b_first) {
        if (!tb->binop(S, op, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    if (ta->binop) {
        if (!ta->binop(S, op, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    if (!b_first && tb != ta && tb->binop && tb->binop != ta->binop) {
        if (!tb->binop(S, op, a, b, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    *out = NOTIMPL_VAL(S);
    return true;
}

bool awobj_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    bool inplace = op >= BINOP_INPLACE;
    int plain = inplace ? op - BINOP_INPLACE : op;
    if (is_number(a) && is_number(b))
        return awnum_binop(S, op, a, b, out);
    if (inplace) {
        Type *ta = awobj_type(S, a);
        if (ta->binop) {
            if (!ta->binop(S, op, a, b, out))
                return false;
            if (!IS_NOTIMPL(S, *out))
                return true;
        }
    }
    if (!binop_plain(S, plain, a, b, out))
        return false;
    if (IS_NOTIMPL(S, *out))
        return binop_error(S, plain, inplace, a, b);
    return true;
}

bool awobj_unop(AwState *S, int op, Value a, Value *out)
{
    static const char *const sym[] = {"-", "+", "~"};
    Type *t = awobj_type(S, a);
    if (t->unop) {
        if (!t->unop(S, op, a, out))
            return false;
        if (!IS_NOTIMPL(S, *out))
            return true;
    }
    return awerr_format(S, EXC_TypeError, "bad operand type for unary %s: '%s'",
                        sym[op], t->name->data);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                          */

bool awobj_getattr(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    if (t->getattr)
        return t->getattr(S, o, name, out);
    return awobj_generic_getattr(S, o, name, out);
}

int awobj_getattr_opt(AwState *S, Value o, String *name, Value *out)
{
    if (awobj_getattr(S, o, name, out))
        return 1;
    if (!awerr_matches(S, EXC_TYPE(S, AttributeError)))
        return -1;
    awerr_clear(S);
    return 0;
}

bool awobj_setattr(AwState *S, Value o, String *name, Value v)
{
    Type *t = awobj_type(S, o);
    if (t->setattr)
        return t->setattr(S, o, name, v);
    return awerr_format(S, EXC_AttributeError,
                        "'%s' object has no attribute '%s'", t->name->data,
                        name->data);
}

bool awobj_delattr(AwState *S, Value o, String *name)
{
    return awobj_setattr(S, o, name, NULL_VAL);
}

/* ------------------------------------------------------------------ */
/* Items, length, membership                                           */

bool awobj_getitem(AwState *S, Value o, Value key, Value *out)
{
    Type *t = awobj_type(S, o);
    if (t->getitem)
        return t->getitem(S, o, key, out);
    if (IS_TYPE(o)) {
        /* C[key] calls C.__class_getitem__(key) when the class has one */
        String *n = awstr_intern_cstr(S, "__class_getitem__");
        Value m = n ? awtype_lookup(S, AS_TYPE(o), n) : NULL_VAL;
        if (!IS_NULL(m)) {
            int r = awobj_getattr_opt(S, o, n, &m);
            if (r < 0)
                return false;
            awgc_push(S, m);
            awgc_push(S, key);
            bool ok = awobj_call(S, m, 1, &S->roots[S->nroots - 1], NULL,
                                 out);
            awgc_pop(S, 2);
            return ok;
        }
    }
    if (IS_TYPE(o))
        return awerr_format(S, EXC_TypeError,
                            "type '%s' is not subscriptable",
                            AS_TYPE(o)->name->data);
    return awerr_format(S, EXC_TypeError, "'%s' object is not subscriptable",
                        t->name->data);
}

bool awobj_setitem(AwState *S, Value o, Value key, Value v)
{
    Type *t = awobj_type(S, o);
    if (t->setitem)
        return t->setitem(S, o, key, v);
    return awerr_format(S, EXC_TypeError,
                        "'%s' object does not support item assignment",
                        t->name->data);
}

bool awobj_delitem(AwState *S, Value o, Value key)
{
    Type *t = awobj_type(S, o);
    if (t->setitem)
        return t->setitem(S, o, key, NULL_VAL);
    return awerr_format(S, EXC_TypeError,
                        "'%s' object doesn't support item deletion",
                        t->name->data);
}

bool awobj_len(AwState *S, Value o, int64_t *out)
{
    Type *t = awobj_type(S, o);
    if (t->len)
        return t->len(S, o, out);
    return awerr_format(S, EXC_TypeError, "object of type '%s' has no len()",
                        t->name->data);
}

int awobj_contains_by_iter(AwState *S, Value c, Value x)
{
    Value it, item;
    if (!awobj_iter(S, c, &it))
        return -1;
    awgc_push(S, it);
    int r;
    while ((r = awobj_next(S, it, &item)) == 1) {
        awgc_push(S, item);
        int eq = awobj_eq(S, item, x);
        awgc_pop(S, 1);
        if (eq != 0) {
            r = eq;
            break;
        }
    }
    awgc_pop(S, 1);
    return r;
}

int awobj_contains(AwState *S, Value c, Value x)
{
    Type *t = awobj_type(S, c);
    if (t->contains)
        return t->contains(S, c, x);
    if (t->iter)
        return awobj_contains_by_iter(S, c, x);
    awerr_format(S, EXC_TypeError, "argument of type '%s' is not iterable",
                 t->name->data);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Iteration                                                           */

bool awobj_iter(AwState *S, Value o, Value *out)
{
    Type *t = awobj_type(S, o);
    if (t->iter)
        return t->iter(S, o, out);
    return awerr_format(S, EXC_TypeError, "'%s' object is not iterable",
                        t->name->data);
}

int awobj_next(AwState *S, Value it, Value *out)
{
    Type *t = awobj_type(S, it);
    if (t->next) {
        int r = t->next(S, it, out);
        /* a StopIteration raised (by a generator's return value, or a
         * __next__) is exhaustion to every consumer */
        if (r < 0 && awerr_matches(S, EXC_TYPE(S, StopIteration))) {
            awerr_clear(S);
            return 0;
        }
        return r;
    }
    awerr_format(S, EXC_TypeError, "'%s' object is not an iterator",
                 t->name->data);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Formatting and integers                                             */

bool awobj_format(AwState *S, Value v, String *spec, Value *out)
{
    if (spec->len == 0 && IS_STR(v) && AS_OBJ(v)->type == TYPE(S, STR)) {
        *out = v;
        return true;
    }
    Type *t = awobj_type(S, v);
    FormatFn f = t->format ? t->format : TYPE(S, OBJECT)->format;
    if (!f(S, v, spec, out))
        return false;
    if (IS_STR(*out))
        return true;
    return awerr_format(S, EXC_TypeError, "__format__ must return a str, "
                                          "not %s",
                        awobj_typename(S, *out));
}

bool awobj_index(AwState *S, Value v, Value *out)
{
    v = awclass_unbox(v); /* an instance of a class of int */
    if (IS_INT(v) || IS_BIGINT(v)) {
        *out = v;
        return true;
    }
    if (IS_BOOL(v)) {
        *out = INT_VAL(AS_BOOL(v));
        return true;
    }
    int r = awslots_index(S, v, out); /* a class's __index__ */
    if (r != 0)
        return r > 0;
    return awerr_format(S, EXC_TypeError,
                        "'%s' object cannot be interpreted as an integer",
                        awobj_typename(S, v));
}

bool awobj_as_i64(AwState *S, Value v, int64_t *out)
{
    Value i = NONE_VAL;
    if (!awobj_index(S, v, &i))
        return false;
    if (IS_BIGINT(i))
        return awerr_format(S, EXC_IndexError,
                            "cannot fit 'int' into an index-sized integer");
    *out = AS_INT(i);
    return true;
}
