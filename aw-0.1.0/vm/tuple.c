/* tuple: an immutable array of values (items inline), with CPython's
 * xxHash-based hash, and its iterator. */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* obj.flags of a tuple: `hash` holds the cached hash. Only tuples whose
 * items all have fixed hashes (numbers, exact str/bytes, such tuples)
 * cache it. */
#define TUPLE_HASHED 1

#define TUPLE_MAX ((size_t)1 << 35) /* items; more is a MemoryError */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static bool str_out(AwState *S, const char *s, Value *out)
{
    String *str = awstr_cstr(S, s);
    if (!str)
        return false;
    *out = OBJ_VAL(str);
    return true;
}

static Tuple *tuple_alloc(AwState *S, Type *t, size_t n)
{
    if (n > TUPLE_MAX) {
        awerr_nomem(S);
        return NULL;
    }
    Tuple *tu = awgc_alloc(S, t, OBJ_TUPLE, sizeof(Tuple) + n * sizeof(Value));
    if (!tu)
        return NULL;
    tu->len = n;
    tu->hash = -1;
    return tu;
}

Tuple *awtuple_new(AwState *S, size_t n)
{
    return tuple_alloc(S, TYPE(S, TUPLE), n);
}

Tuple *awtuple_from_array(AwState *S, const Value *items, size_t n)
{
    Tuple *t = awtuple_new(S, n);
    if (t && n)
        memcpy(t->items, items, n * sizeof(Value));
    return t;
}

/* A tuple of type t holding the items of any iterable. */
static Tuple *tuple_of_type(AwState *S, Type *t, Value iterable)
{
    Value holder, *items;
    size_t n;
    if (!awseq_fast(S, iterable, NULL, &holder, &items, &n))
        return NULL;
    awgc_push(S, holder);
    Tuple *r = tuple_alloc(S, t, n);
    awgc_pop(S, 1);
    if (r && n) /* no aw code ran: items is still valid */
        memcpy(r->items, items, n * sizeof(Value));
    return r;
}

Tuple *awtuple_from_iterable(AwState *S, Value iterable)
{
    if (IS_OBJ(iterable) && AS_OBJ(iterable)->type == TYPE(S, TUPLE))
        return AS_TUPLE(iterable);
    return tuple_of_type(S, TYPE(S, TUPLE), iterable);
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

static bool tuple_repr(AwState *S, Value self, Value *out)
{
    Tuple *t = AS_TUPLE(self);
    if (t->len == 0)
        return str_out(S, "()", out);
    int r = awcont_repr_enter(S, AS_OBJ(self));
    if (r != 0)
        return r > 0 && str_out(S, "(...)", out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_putc(&b, '(');
    bool ok = true;
    for (size_t i = 0; ok && i < t->len; i++) {
        if (i > 0)
            awbuf_put(&b, ", ", 2);
        ok = awbuf_repr(&b, t->items[i]);
    }
    awcont_repr_leave(S);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_puts(&b, t->len == 1 ? ",)" : ")");
    String *s = awbuf_finish(&b);
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* Whether v's hash can never change, so a tuple holding it may cache. */
static bool fixed_hash(AwState *S, Value v)
{
    if (!IS_OBJ(v))
        return true;
    Type *t = AS_OBJ(v)->type;
    if (t == TYPE(S, STR) || t == TYPE(S, BYTES) || t == TYPE(S, INT))
        return true;
    return t == TYPE(S, TUPLE) && (AS_OBJ(v)->flags & TUPLE_HASHED);
}

static bool tuple_hash(AwState *S, Value self, int64_t *out)
{
    Tuple *t = AS_TUPLE(self);
    if (t->obj.flags & TUPLE_HASHED) {
        *out = t->hash;
        return true;
    }
    if (!awstate_c_enter(S, "while calling a Python object"))
        return false;
    uint64_t acc = XXPRIME_5;
    bool fixed = true;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (!awcont_hash(S, t->items[i], &h)) {
            AW_C_LEAVE(S);
            return false;
        }
        fixed = fixed && fixed_hash(S, t->items[i]);
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    AW_C_LEAVE(S);
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    if (fixed) {
        t->hash = h;
        t->obj.flags |= TUPLE_HASHED;
    }
    *out = h;
    return true;
}

static bool tuple_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    return awcont_seq_richcmp(S, a, b, op, out);
}

static bool tuple_concat(AwState *S, Tuple *a, Tuple *b, Value *out)
{
    if (b->len == 0 && a->obj.type == TYPE(S, TUPLE)) {
        *out = OBJ_VAL(a);
        return true;
    }
    if (a->len == 0 && b->obj.type == TYPE(S, TUPLE)) {
        *out = OBJ_VAL(b);
        return true;
    }
    if (a->len + b->len > TUPLE_MAX)
        return awerr_nomem(S);
    Tuple *r = awtuple_new(S, a->len + b->len);
    if (!r)
        return false;
    memcpy(r->items, a->items, a->len * sizeof(Value));
    memcpy(r->items + a->len, b->items, b->len * sizeof(Value));
    *out = OBJ_VAL(r);
    return true;
}

static bool tuple_repeat(AwState *S, Tuple *t, Value n, Value *out)
{
    Value iv;
    if (!awobj_index(S, n, &iv))
        return false;
    if (IS_BIGINT(iv))
        return awerr_format(S, EXC_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
    int64_t count = AS_INT(iv);
    if (count == 1 && t->obj.type == TYPE(S, TUPLE)) {
        *out = OBJ_VAL(t);
        return true;
    }
    if (count <= 0 || t->len == 0)
        count = 0;
    if (count && (uint64_t)count > TUPLE_MAX / t->len)
        return awerr_nomem(S);
    size_t total = t->len * (size_t)count;
    Tuple *r = awtuple_new(S, total);
    if (!r)
        return false;
    for (size_t i = 0; i < total; i += t->len)
        memcpy(r->items + i, t->items, t->len * sizeof(Value));
    *out = OBJ_VAL(r);
    return true;
}

static bool tuple_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op >= BINOP_INPLACE)
        op -= BINOP_INPLACE;
    if (op == BINOP_ADD && IS_TUPLE(a)) {
        if (IS_TUPLE(b))
            return tuple_concat(S, AS_TUPLE(a), AS_TUPLE(b), out);
        if (!IS_KIND(b, OBJ_INSTANCE))
            return awerr_format(S, EXC_TypeError,
                                "can only concatenate tuple (not \"%s\") to "
                                "tuple", awobj_typename(S, b));
    }
    if (op == BINOP_MUL) {
        Value seq = IS_TUPLE(a) ? a : b, n = IS_TUPLE(a) ? b : a;
        if (awcont_is_index(S, n))
            return tuple_repeat(S, AS_TUPLE(seq), n, out);
        if (!IS_KIND(n, OBJ_INSTANCE) || !IS_TUPLE(a))
            return awerr_format(S, EXC_TypeError,
                                "can't multiply sequence by non-int of type "
                                "'%s'", awobj_typename(S, n));
    }
    *out = NOTIMPL_VAL(S);
    return true;
}

static bool tuple_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)AS_TUPLE(self)->len;
    return true;
}

static int tuple_truth(AwState *S, Value self)
{
    return AS_TUPLE(self)->len != 0;
}

/* First index in [start, stop) whose item == x; -1 absent, -2 error. */
static int64_t tuple_find(AwState *S, Tuple *t, Value x, int64_t start,
                          int64_t stop)
{
    for (int64_t i = start; i < stop && (size_t)i < t->len; i++) {
        Value item = t->items[i];
        if (aw_value_is(item, x))
            return i;
        if (IS_INT(item) && IS_INT(x))
            continue;
        int r = awobj_eq(S, item, x);
        if (r < 0)
            return -2;
        if (r > 0)
            return i;
    }
    return -1;
}

static int tuple_contains(AwState *S, Value self, Value x)
{
    int64_t i = tuple_find(S, AS_TUPLE(self), x, 0, INT64_MAX);
    return i == -2 ? -1 : i >= 0;
}

static bool tuple_slice(AwState *S, Value self, Slice *sl, Value *out)
{
    Tuple *t = AS_TUPLE(self);
    int64_t start, stop, step;
    if (!awslice_unpack(S, sl, &start, &stop, &step))
        return false;
    int64_t n = awslice_adjust((int64_t)t->len, &start, &stop, step);
    if (n == (int64_t)t->len && step == 1 &&
        t->obj.type == TYPE(S, TUPLE)) {
        *out = self;
        return true;
    }
    Tuple *r = awtuple_new(S, (size_t)n);
    if (!r)
        return false;
    for (int64_t i = 0; i < n; i++)
        r->items[i] = t->items[start + i * step];
    *out = OBJ_VAL(r);
    return true;
}

static bool tuple_getitem(AwState *S, Value self, Value key, Value *out)
{
    Tuple *t = AS_TUPLE(self);
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
        if (i < 0)
            i += (int64_t)t->len;
        if (i < 0 || (size_t)i >= t->len)
            return awerr_format(S, EXC_IndexError,
                                "tuple index out of range");
        *out = t->items[i];
        return true;
    }
    if (IS_KIND(key, OBJ_SLICE))
        return tuple_slice(S, self, (Slice *)AS_OBJ(key), out);
    if (!awseq_index(S, key, (int64_t)t->len, "tuple", &i))
        return false;
    *out = t->items[i];
    return true;
}

static bool tuple_iter(AwState *S, Value self, Value *out)
{
    Iterator *it = awcont_iter_new(S, TYPE(S, TUPLE_ITER), self);
    if (!it)
        return false;
    *out = OBJ_VAL(it);
    return true;
}

static bool tuple_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "tuple", argc, kwnames, 0, 1))
        return false;
    Tuple *r;
    if (argc == 0)
        r = tuple_alloc(S, t, 0);
    else if (t == TYPE(S, TUPLE))
        r = awtuple_from_iterable(S, argv[0]);
    else
        r = tuple_of_type(S, t, argv[0]);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    return true;
}

static int tupleiter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return 0;
    Tuple *t = AS_TUPLE(it->src);
    if (it->index >= 0 && (size_t)it->index < t->len) {
        *out = t->items[it->index++];
        return 1;
    }
    it->src = NULL_VAL;
    return 0;
}

static bool tupleiter_length_hint(AwState *S, int argc, Value *argv,
                                  Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);
    int64_t n = 0;
    if (!IS_NULL(it->src))
        n = (int64_t)AS_TUPLE(it->src)->len - it->index;
    *out = INT_VAL(n > 0 ? n : 0);
    return true;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static bool m_index(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Tuple *t = AS_TUPLE(argv[0]);
    int64_t start = 0, stop = INT64_MAX, len = (int64_t)t->len;
    if (!awcont_nargs(S, "tuple.index", argc - 1, kwnames, 1, 3))
        return false;
    if (argc > 2 && !awcont_slice_index(S, argv[2], &start))
        return false;
    if (argc > 3 && !awcont_slice_index(S, argv[3], &stop))
        return false;
    if (start < 0 && (start += len) < 0)
        start = 0;
    if (stop < 0 && (stop += len) < 0)
        stop = 0;
    int64_t i = tuple_find(S, t, argv[1], start, stop);
    if (i == -2)
        return false;
    if (i < 0)
        return awerr_format(S, EXC_ValueError,
                            "tuple.index(x): x not in tuple");
    *out = INT_VAL(i);
    return true;
}

static bool m_count(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "tuple.count", argc - 1, kwnames, 1, 1))
        return false;
    Tuple *t = AS_TUPLE(argv[0]);
    int64_t n = 0;
    for (int64_t i = 0;; i++) {
        i = tuple_find(S, t, argv[1], i, INT64_MAX);
        if (i == -2)
            return false;
        if (i < 0)
            break;
        n++;
    }
    *out = INT_VAL(n);
    return true;
}

static bool m_getitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    return awcont_nargs(S, "tuple.__getitem__", argc - 1, kwnames, 1, 1) &&
           tuple_getitem(S, argv[0], argv[1], out);
}

static bool m_contains(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "tuple.__contains__", argc - 1, kwnames, 1, 1))
        return false;
    int r = tuple_contains(S, argv[0], argv[1]);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool m_len(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!awcont_nargs(S, "tuple.__len__", argc - 1, kwnames, 0, 0))
        return false;
    *out = INT_VAL((int64_t)AS_TUPLE(argv[0])->len);
    return true;
}

static const MethodDef tuple_methods[] = {
    {"index", m_index, MF_METHOD},
    {"count", m_count, MF_METHOD},
    {"__getitem__", m_getitem, MF_METHOD},
    {"__contains__", m_contains, MF_METHOD},
    {"__len__", m_len, MF_METHOD},
    {"__iter__", awcont_m_iter, MF_METHOD},
    {NULL}
};

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, MF_METHOD},
    {NULL}
};

bool awtuple_types_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_TUPLE, "tuple", TYPE(S, OBJECT),
                                 OBJ_TUPLE, sizeof(Tuple));
    if (!t)
        return false;
    t->tflags |= TF_BASETYPE;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->richcmp = tuple_richcmp;
    t->binop = tuple_binop;
    t->len = tuple_len;
    t->truth = tuple_truth;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->iter = tuple_iter;
    t->new_ = tuple_new;
    if (!awtype_add_methods(S, t, tuple_methods))
        return false;
    Type *it = awcont_iter_type(S, TY_TUPLE_ITER, "tuple_iterator",
                                tupleiter_next);
    return it && awtype_add_methods(S, it, tupleiter_methods);
}
