/* list: a growable array of values and its iterators, plus the helpers
 * every container file shares (repr recursion guard, argument checks). */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* Most items a list may hold (512 GiB of values): larger requests fail
 * with MemoryError at once, before any allocator is asked. */
#define LIST_MAX ((size_t)1 << 35)

static bool str_out(AwState *S, const char *s, Value *out)
{
    String *str = awstr_cstr(S, s);
    if (!str)
        return false;
    *out = OBJ_VAL(str);
    return true;
}

static bool is_exact(AwState *S, Value v, TypeId id)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == S->types[id];
}

/* ------------------------------------------------------------------ */
/* Shared helpers                                                      */

int awcont_repr_enter(AwState *S, Obj *o)
{
    for (size_t i = S->nroots; i-- > 0;) {
        Value r = S->roots[i];
        if (r.tag == VT_NULL && r.as.o == o)
            return 1;
    }
    if (!awstate_c_enter(S, "while getting the repr of an object"))
        return -1;
    awgc_push(S, (Value){VT_NULL, {.o = o}});
    return 0;
}

void awcont_repr_leave(AwState *S)
{
    awgc_pop(S, 1);
    AW_C_LEAVE(S);
}

Iterator *awcont_iter_new(AwState *S, Type *t, Value src)
{
    awgc_push(S, src);
    Iterator *it = awgc_alloc(S, t, OBJ_ITERATOR, sizeof(Iterator));
    awgc_pop(S, 1);
    if (!it)
        return NULL;
    it->src = src;
    return it;
}

bool awcont_addr_repr(AwState *S, Value self, Value *out)
{
    String *s = awstr_printf(S, "<%s object at %p>", awobj_typename(S, self),
                             (void *)AS_OBJ(self));
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

bool awcont_iter_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

/* The builtin type of argv[0] whose iter slot __iter__ stands for. */
static Type *builtin_base(AwState *S, Value v)
{
    Type *t = awobj_type(S, v);
    while (t->base && (t->tflags & TF_HEAPTYPE))
        t = t->base;
    return t;
}

bool awcont_m_iter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awcont_nargs(S, "__iter__", argc - 1, kwnames, 0, 0))
        return false;
    Type *t = builtin_base(S, argv[0]);
    if (!t->iter)
        return awerr_format(S, EXC_TypeError, "'%s' object is not iterable",
                            awobj_typename(S, argv[0]));
    return t->iter(S, argv[0], out);
}

static bool m_next(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awcont_nargs(S, "__next__", argc - 1, kwnames, 0, 0))
        return false;
    int r = awobj_type(S, argv[0])->next(S, argv[0], out);
    if (r == 0)
        return awerr_noargs(S, EXC_StopIteration);
    return r > 0;
}

static const MethodDef iter_methods[] = {
    {"__iter__", awcont_m_iter, MF_METHOD},
    {"__next__", m_next, MF_METHOD},
    {NULL}
};

/* "list.pop" -> "pop" for the argument-clinic style messages. */
static const char *short_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

bool awcont_nargs(AwState *S, const char *name, int argc, Tuple *kwnames,
                  int min, int max)
{
    if (kwnames && kwnames->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments", name);
    if (argc >= min && argc <= max)
        return true;
    if (max == 0)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no arguments (%d given)", name, argc);
    if (min == 1 && max == 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes exactly one argument (%d given)",
                            name, argc);
    if (min == max)
        return awerr_format(S, EXC_TypeError,
                            "%s expected %d argument%s, got %d",
                            short_name(name), min, min == 1 ? "" : "s",
                            argc);
    if (argc < min)
        return awerr_format(S, EXC_TypeError,
                            "%s expected at least %d argument%s, got %d",
                            short_name(name), min, min == 1 ? "" : "s",
                            argc);
    return awerr_format(S, EXC_TypeError,
                        "%s expected at most %d argument%s, got %d",
                        short_name(name), max, max == 1 ? "" : "s", argc);
}

bool awcont_ssize(AwState *S, Value v, int64_t *out)
{
    Value iv;
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (!awobj_index(S, v, &iv))
        return false;
    if (IS_BOOL(iv)) {
        *out = AS_BOOL(iv);
        return true;
    }
    if (!IS_INT(iv))
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C ssize_t");
    *out = AS_INT(iv);
    return true;
}

bool awcont_is_index(AwState *S, Value v)
{
    if (IS_INT(v) || IS_BOOL(v) || IS_BIGINT(v))
        return true;
    if (!IS_KIND(v, OBJ_INSTANCE))
        return false;
    String *name = awstr_intern_cstr(S, "__index__");
    if (!name) {
        awerr_clear(S);
        return false;
    }
    return !IS_NULL(awtype_lookup(S, AS_OBJ(v)->type, name));
}

/* True when an instance operand defines the reflected method `name`: the
 * sequence operators then defer to it instead of raising. */
static bool defers_to(AwState *S, Value v, const char *name)
{
    if (!IS_KIND(v, OBJ_INSTANCE))
        return false;
    String *s = awstr_intern_cstr(S, name);
    if (!s) {
        awerr_clear(S);
        return false;
    }
    return !IS_NULL(awtype_lookup(S, AS_OBJ(v)->type, s));
}

bool awseq_fast(AwState *S, Value v, const char *msg, Value *holder,
                Value **items, size_t *n)
{
    if (is_exact(S, v, TY_LIST)) {
        *holder = v;
        *items = AS_LIST(v)->items;
        *n = AS_LIST(v)->len;
        return true;
    }
    if (is_exact(S, v, TY_TUPLE)) {
        *holder = v;
        *items = AS_TUPLE(v)->items;
        *n = AS_TUPLE(v)->len;
        return true;
    }
    Value it;
    if (!awobj_iter(S, v, &it)) {
        if (msg && awerr_matches(S, EXC_TYPE(S, TypeError))) {
            awerr_clear(S);
            return awerr_format(S, EXC_TypeError, "%s", msg);
        }
        return false;
    }
    awgc_push(S, it);
    List *l = awlist_new(S, 0);
    bool ok = l != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(l));
        ok = awlist_extend(S, l, it);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    if (!ok)
        return false;
    *holder = OBJ_VAL(l);
    *items = l->items;
    *n = l->len;
    return true;
}

static void seq_items(Value v, Value **items, size_t *n)
{
    if (IS_LIST(v)) {
        *items = AS_LIST(v)->items;
        *n = AS_LIST(v)->len;
    } else {
        *items = AS_TUPLE(v)->items;
        *n = AS_TUPLE(v)->len;
    }
}

static bool cmp_sizes(size_t a, size_t b, int op)
{
    switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
    }
}

/* Index of the first pair of items that differ (re-reading both sequences
 * at each step, as __eq__ may mutate them); -1 on error. */
static int64_t first_difference(AwState *S, Value a, Value b)
{
    Value *ia, *ib;
    size_t na, nb, i;
    for (i = 0;; i++) {
        seq_items(a, &ia, &na);
        seq_items(b, &ib, &nb);
        if (i >= na || i >= nb)
            return (int64_t)i;
        Value x = ia[i], y = ib[i];
        if (aw_value_is(x, y))
            continue;
        awgc_push(S, x);
        awgc_push(S, y);
        int k = awobj_eq(S, x, y);
        awgc_pop(S, 2);
        if (k < 0)
            return -1;
        if (!k)
            return (int64_t)i;
    }
}

bool awcont_seq_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    Value *ia, *ib;
    size_t na, nb;
    seq_items(a, &ia, &na);
    seq_items(b, &ib, &nb);
    if (na != nb && (op == CMP_EQ || op == CMP_NE)) {
        *out = BOOL_VAL(op == CMP_NE);
        return true;
    }
    if (!awstate_c_enter(S, "in comparison"))
        return false;
    int64_t i = first_difference(S, a, b);
    bool ok = i >= 0;
    if (ok) {
        seq_items(a, &ia, &na);
        seq_items(b, &ib, &nb);
        if ((size_t)i >= na || (size_t)i >= nb) {
            *out = BOOL_VAL(cmp_sizes(na, nb, op));
        } else if (op == CMP_EQ || op == CMP_NE) {
            *out = BOOL_VAL(op == CMP_NE);
        } else {
            awgc_push(S, ia[i]);
            awgc_push(S, ib[i]);
            ok = awobj_richcmp(S, ia[i], ib[i], op, out);
            awgc_pop(S, 2);
        }
    }
    AW_C_LEAVE(S);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The array                                                           */

/* Room for `need` items; CPython's over-allocation pattern. */
static bool list_reserve(AwState *S, List *l, size_t need)
{
    if (need <= l->cap)
        return true;
    if (need > LIST_MAX)
        return awerr_nomem(S);
    size_t cap = (need + (need >> 3) + 6) & ~(size_t)3;
    if (need - l->len > cap - need)
        cap = (need + 3) & ~(size_t)3;
    Value *p;
    if (l->items)
        p = awmem_realloc(S, l->items, l->cap * sizeof(Value),
                          cap * sizeof(Value));
    else
        p = awmem_alloc(S, cap * sizeof(Value));
    if (!p)
        return awerr_nomem(S);
    l->items = p;
    l->cap = cap;
    return true;
}

/* Gives memory back after many deletions; failure is harmless. */
static void list_shrink(AwState *S, List *l)
{
    if (l->len == 0 && l->items) {
        awmem_free(S, l->items, l->cap * sizeof(Value));
        l->items = NULL;
        l->cap = 0;
        return;
    }
    if (l->cap <= 16 || l->len >= l->cap / 4)
        return;
    size_t cap = l->len * 2;
    Value *p = awmem_realloc(S, l->items, l->cap * sizeof(Value),
                             cap * sizeof(Value));
    if (p) {
        l->items = p;
        l->cap = cap;
    }
}

static List *list_alloc(AwState *S, Type *t, size_t cap)
{
    if (cap > LIST_MAX) {
        awerr_nomem(S);
        return NULL;
    }
    List *l = awgc_alloc(S, t, OBJ_LIST, sizeof(List));
    if (!l)
        return NULL;
    if (cap > 0) {
        l->items = awmem_alloc(S, cap * sizeof(Value));
        if (!l->items) {
            awerr_nomem(S);
            return NULL;
        }
        l->cap = cap;
    }
    return l;
}

List *awlist_new(AwState *S, size_t cap)
{
    return list_alloc(S, TYPE(S, LIST), cap);
}

bool awlist_append(AwState *S, List *l, Value v)
{
    if (l->len == l->cap && !list_reserve(S, l, l->len + 1))
        return false;
    l->items[l->len++] = v;
    return true;
}

static bool extend_from_iter(AwState *S, List *l, Value it)
{
    for (;;) {
        Value x;
        int r = awobj_next(S, it, &x);
        if (r <= 0)
            return r == 0;
        if (!awlist_append(S, l, x))
            return false;
    }
}

bool awlist_extend(AwState *S, List *l, Value iterable)
{
    bool islist = is_exact(S, iterable, TY_LIST) ||
                  (IS_OBJ(iterable) && AS_OBJ(iterable) == (Obj *)l);
    if (islist || is_exact(S, iterable, TY_TUPLE)) {
        size_t n = islist ? AS_LIST(iterable)->len : AS_TUPLE(iterable)->len;
        if (!list_reserve(S, l, l->len + n))
            return false;
        Value *src = islist ? AS_LIST(iterable)->items
                            : AS_TUPLE(iterable)->items;
        if (n)
            memcpy(l->items + l->len, src, n * sizeof(Value));
        l->len += n;
        return true;
    }
    Value it;
    awgc_push(S, OBJ_VAL(l));
    bool ok = awobj_iter(S, iterable, &it);
    if (ok) {
        awgc_push(S, it);
        ok = extend_from_iter(S, l, it);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

List *awlist_from_iterable(AwState *S, Value iterable)
{
    List *l = awlist_new(S, 0);
    if (!l)
        return NULL;
    awgc_push(S, OBJ_VAL(l));
    bool ok = awlist_extend(S, l, iterable);
    awgc_pop(S, 1);
    return ok ? l : NULL;
}

/* A new list of items[start], items[start+step]... (count items). */
static bool list_take(AwState *S, List *l, int64_t start, int64_t step,
                      int64_t count, Value *out)
{
    List *r = awlist_new(S, (size_t)count);
    if (!r)
        return false;
    for (int64_t i = 0; i < count; i++)
        r->items[i] = l->items[start + i * step];
    r->len = (size_t)count;
    *out = OBJ_VAL(r);
    return true;
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

static bool list_repr(AwState *S, Value self, Value *out)
{
    List *l = AS_LIST(self);
    if (l->len == 0)
        return str_out(S, "[]", out);
    int r = awcont_repr_enter(S, AS_OBJ(self));
    if (r != 0)
        return r > 0 && str_out(S, "[...]", out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_putc(&b, '[');
    bool ok = true;
    for (size_t i = 0; ok && i < l->len; i++) {
        if (i > 0)
            awbuf_put(&b, ", ", 2);
        Value v = l->items[i];
        awgc_push(S, v);
        ok = awbuf_repr(&b, v);
        awgc_pop(S, 1);
    }
    awcont_repr_leave(S);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_putc(&b, ']');
    String *s = awbuf_finish(&b);
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool list_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_LIST(a) || !IS_LIST(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    return awcont_seq_richcmp(S, a, b, op, out);
}

static bool list_concat(AwState *S, List *a, List *b, Value *out)
{
    if (a->len + b->len > LIST_MAX)
        return awerr_nomem(S);
    List *r = awlist_new(S, a->len + b->len);
    if (!r)
        return false;
    if (a->len)
        memcpy(r->items, a->items, a->len * sizeof(Value));
    if (b->len)
        memcpy(r->items + a->len, b->items, b->len * sizeof(Value));
    r->len = a->len + b->len;
    *out = OBJ_VAL(r);
    return true;
}

/* The repeat count of seq * n: <= 0 means empty. */
static bool repeat_count(AwState *S, Value n, int64_t *out)
{
    Value iv;
    if (!awobj_index(S, n, &iv))
        return false;
    if (IS_BIGINT(iv))
        return awerr_format(S, EXC_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
    *out = IS_BOOL(iv) ? AS_BOOL(iv) : AS_INT(iv);
    return true;
}

static bool list_repeat_into(AwState *S, List *dst, List *src, int64_t n)
{
    size_t len = src->len;
    if (n <= 0 || len == 0) {
        dst->len = 0;
        return true;
    }
    if ((uint64_t)n > LIST_MAX / len)
        return awerr_nomem(S);
    size_t total = len * (size_t)n;
    if (!list_reserve(S, dst, total))
        return false;
    if (dst != src)
        memcpy(dst->items, src->items, len * sizeof(Value));
    for (size_t done = len; done < total;) {
        size_t k = done < total - done ? done : total - done;
        memcpy(dst->items + done, dst->items, k * sizeof(Value));
        done += k;
    }
    dst->len = total;
    return true;
}

static bool list_mul(AwState *S, Value a, Value b, bool inplace,
                     Value *out)
{
    Value seq = IS_LIST(a) ? a : b, n = IS_LIST(a) ? b : a;
    if (!awcont_is_index(S, n)) {
        if (IS_LIST(a) && defers_to(S, b, "__rmul__")) {
            *out = NOTIMPL_VAL(S);
            return true;
        }
        return awerr_format(S, EXC_TypeError,
                            "can't multiply sequence by non-int of type "
                            "'%s'", awobj_typename(S, n));
    }
    int64_t count = 0;
    if (!repeat_count(S, n, &count))
        return false;
    if (inplace && IS_LIST(a)) {
        if (!list_repeat_into(S, AS_LIST(a), AS_LIST(a), count))
            return false;
        if (AS_LIST(a)->len == 0)
            list_shrink(S, AS_LIST(a));
        *out = a;
        return true;
    }
    List *r = awlist_new(S, 0);
    if (!r)
        return false;
    awgc_push(S, OBJ_VAL(r));
    bool ok = list_repeat_into(S, r, AS_LIST(seq), count);
    awgc_pop(S, 1);
    *out = OBJ_VAL(r);
    return ok;
}

static bool list_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    bool inplace = op >= BINOP_INPLACE && IS_LIST(a);
    if (op >= BINOP_INPLACE)
        op -= BINOP_INPLACE;
    if (op == BINOP_MUL)
        return list_mul(S, a, b, inplace, out);
    if (op != BINOP_ADD || !IS_LIST(a)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (inplace) {
        if (!awlist_extend(S, AS_LIST(a), b))
            return false;
        *out = a;
        return true;
    }
    if (!IS_LIST(b)) {
        if (defers_to(S, b, "__radd__")) {
            *out = NOTIMPL_VAL(S);
            return true;
        }
        return awerr_format(S, EXC_TypeError,
                            "can only concatenate list (not \"%s\") to list",
                            awobj_typename(S, b));
    }
    return list_concat(S, AS_LIST(a), AS_LIST(b), out);
}

static bool list_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)AS_LIST(self)->len;
    return true;
}

static int list_truth(AwState *S, Value self)
{
    return AS_LIST(self)->len != 0;
}

/* First index in [start, stop) whose item == x; -1 absent, -2 error. */
static int64_t list_find(AwState *S, List *l, Value x, int64_t start,
                         int64_t stop)
{
    for (int64_t i = start; i < stop && (size_t)i < l->len; i++) {
        Value item = l->items[i];
        if (aw_value_is(item, x))
            return i;
        if (IS_INT(item) && IS_INT(x))
            continue;
        awgc_push(S, item);
        int r = awobj_eq(S, item, x);
        awgc_pop(S, 1);
        if (r < 0)
            return -2;
        if (r > 0)
            return i;
    }
    return -1;
}

static int list_contains(AwState *S, Value self, Value x)
{
    int64_t i = list_find(S, AS_LIST(self), x, 0, INT64_MAX);
    return i == -2 ? -1 : i >= 0;
}

static bool list_slice_get(AwState *S, List *l, Slice *sl, Value *out)
{
    int64_t start, stop, step;
    if (!awslice_unpack(S, sl, &start, &stop, &step))
        return false;
    int64_t n = awslice_adjust((int64_t)l->len, &start, &stop, step);
    return list_take(S, l, start, step, n, out);
}

static bool list_getitem(AwState *S, Value self, Value key, Value *out)
{
    List *l = AS_LIST(self);
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
        if (i < 0)
            i += (int64_t)l->len;
        if (i < 0 || (size_t)i >= l->len)
            return awerr_format(S, EXC_IndexError, "list index out of range");
        *out = l->items[i];
        return true;
    }
    if (IS_KIND(key, OBJ_SLICE))
        return list_slice_get(S, l, (Slice *)AS_OBJ(key), out);
    if (!awseq_index(S, key, (int64_t)l->len, "list", &i))
        return false;
    if ((size_t)i >= l->len) /* __index__ shrank the list */
        return awerr_format(S, EXC_IndexError, "list index out of range");
    *out = l->items[i];
    return true;
}

/* Replaces items [lo, hi) with n new items (CPython's list_ass_slice
 * after the conversion of the value). */
static bool list_replace(AwState *S, List *l, int64_t lo, int64_t hi,
                         const Value *src, size_t n)
{
    int64_t len = (int64_t)l->len;
    if (lo < 0)
        lo = 0;
    else if (lo > len)
        lo = len;
    if (hi < lo)
        hi = lo;
    else if (hi > len)
        hi = len;
    size_t old = (size_t)(hi - lo), tail = l->len - (size_t)hi;
    if (n > old && !list_reserve(S, l, l->len + (n - old)))
        return false;
    if (tail)
        memmove(l->items + lo + n, l->items + hi, tail * sizeof(Value));
    if (n)
        memcpy(l->items + lo, src, n * sizeof(Value));
    l->len = l->len - old + n;
    if (n < old)
        list_shrink(S, l);
    return true;
}

/* del l[start::step] for slicelen items, step != 1. */
static void list_del_extended(AwState *S, List *l, int64_t start,
                              int64_t step, int64_t n)
{
    if (n <= 0)
        return;
    if (step < 0) {
        start += step * (n - 1);
        step = -step;
    }
    size_t w = (size_t)start, next = (size_t)start;
    int64_t k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (k < n && r == next) {
            k++;
            next += (size_t)step;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    l->len = w;
    list_shrink(S, l);
}

static bool list_assign_extended(AwState *S, List *l, int64_t start,
                                 int64_t step, int64_t n, const Value *src,
                                 size_t nsrc)
{
    if ((int64_t)nsrc != n)
        return awerr_format(S, EXC_ValueError,
                            "attempt to assign sequence of size %zu to "
                            "extended slice of size %lld", nsrc,
                            (long long)n);
    for (int64_t i = 0; i < n; i++)
        l->items[start + i * step] = src[i];
    return true;
}

/* A private copy of l when l is assigned to its own slice. */
static bool self_copy(AwState *S, List *l, Value *holder)
{
    List *c = awlist_new(S, l->len);
    if (!c)
        return false;
    if (l->len)
        memcpy(c->items, l->items, l->len * sizeof(Value));
    c->len = l->len;
    *holder = OBJ_VAL(c);
    return true;
}

static bool list_slice_set(AwState *S, List *l, Slice *sl, Value v)
{
    int64_t start, stop, step;
    if (!awslice_unpack(S, sl, &start, &stop, &step))
        return false;
    Value holder = NULL_VAL, *src = NULL;
    size_t nsrc = 0;
    if (!IS_NULL(v)) {
        const char *msg = step == 1 ? "can only assign an iterable"
                                    : "must assign iterable to extended slice";
        if (IS_OBJ(v) && AS_OBJ(v) == (Obj *)l) {
            if (!self_copy(S, l, &v))
                return false;
        }
        awgc_push(S, v);
        bool ok = awseq_fast(S, v, msg, &holder, &src, &nsrc);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    awgc_push(S, holder);
    int64_t n = awslice_adjust((int64_t)l->len, &start, &stop, step);
    bool ok = true;
    if (step == 1)
        ok = list_replace(S, l, start, stop, src, nsrc);
    else if (IS_NULL(v))
        list_del_extended(S, l, start, step, n);
    else
        ok = list_assign_extended(S, l, start, step, n, src, nsrc);
    awgc_pop(S, 1);
    return ok;
}

static bool list_setitem(AwState *S, Value self, Value key, Value v)
{
    List *l = AS_LIST(self);
    int64_t i;
    if (IS_KIND(key, OBJ_SLICE))
        return list_slice_set(S, l, (Slice *)AS_OBJ(key), v);
    if (!awseq_index(S, key, (int64_t)l->len, "list assignment", &i))
        return false;
    if ((size_t)i >= l->len)
        return awerr_format(S, EXC_IndexError,
                            "list assignment index out of range");
    if (!IS_NULL(v)) {
        l->items[i] = v;
        return true;
    }
    memmove(l->items + i, l->items + i + 1,
            (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_shrink(S, l);
    return true;
}

static bool list_iter(AwState *S, Value self, Value *out)
{
    Iterator *it = awcont_iter_new(S, TYPE(S, LIST_ITER), self);
    if (!it)
        return false;
    *out = OBJ_VAL(it);
    return true;
}

static bool list_new(AwState *S, Type *t, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "list", argc, kwnames, 0, 1))
        return false;
    List *l = list_alloc(S, t, 0);
    if (!l)
        return false;
    *out = OBJ_VAL(l);
    if (argc == 0)
        return true;
    awgc_push(S, *out);
    bool ok = awlist_extend(S, l, argv[0]);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Iterators                                                           */

static int listiter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return 0;
    List *l = AS_LIST(it->src);
    if (it->index >= 0 && (size_t)it->index < l->len) {
        *out = l->items[it->index++];
        return 1;
    }
    it->src = NULL_VAL;
    return 0;
}

static int listreviter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return 0;
    List *l = AS_LIST(it->src);
    if (it->index >= 0 && (size_t)it->index < l->len) {
        *out = l->items[it->index--];
        return 1;
    }
    it->index = -1;
    it->src = NULL_VAL;
    return 0;
}

static bool iter_length_hint(AwState *S, int argc, Value *argv,
                             Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);
    int64_t n = 0;
    if (!IS_NULL(it->src)) {
        int64_t len = (int64_t)AS_LIST(it->src)->len;
        if (AS_OBJ(argv[0])->type == TYPE(S, LIST_REVITER))
            n = it->index + 1 <= len ? it->index + 1 : 0;
        else
            n = len - it->index > 0 ? len - it->index : 0;
    }
    *out = INT_VAL(n);
    return true;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static List *self_list(Value *argv) { return AS_LIST(argv[0]); }

static bool m_append(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "list.append", argc - 1, kwnames, 1, 1) ||
        !awlist_append(S, self_list(argv), argv[1]))
        return false;
    *out = NONE_VAL;
    return true;
}

static bool m_extend(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "list.extend", argc - 1, kwnames, 1, 1) ||
        !awlist_extend(S, self_list(argv), argv[1]))
        return false;
    *out = NONE_VAL;
    return true;
}

static bool m_insert(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    int64_t i;
    if (!awcont_nargs(S, "list.insert", argc - 1, kwnames, 2, 2) ||
        !awcont_ssize(S, argv[1], &i))
        return false;
    List *l = self_list(argv);
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    } else if (i > n) {
        i = n;
    }
    if (!list_reserve(S, l, l->len + 1))
        return false;
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) *
            sizeof(Value));
    l->items[i] = argv[2];
    l->len++;
    *out = NONE_VAL;
    return true;
}

static bool m_pop(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    int64_t i = -1;
    if (!awcont_nargs(S, "list.pop", argc - 1, kwnames, 0, 1))
        return false;
    if (argc > 1 && !awcont_ssize(S, argv[1], &i))
        return false;
    List *l = self_list(argv);
    if (l->len == 0)
        return awerr_format(S, EXC_IndexError, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || (size_t)i >= l->len)
        return awerr_format(S, EXC_IndexError, "pop index out of range");
    *out = l->items[i];
    memmove(l->items + i, l->items + i + 1,
            (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_shrink(S, l);
    return true;
}

static bool m_remove(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "list.remove", argc - 1, kwnames, 1, 1))
        return false;
    List *l = self_list(argv);
    int64_t i = list_find(S, l, argv[1], 0, INT64_MAX);
    if (i == -2)
        return false;
    if (i < 0)
        return awerr_format(S, EXC_ValueError,
                            "list.remove(x): x not in list");
    memmove(l->items + i, l->items + i + 1,
            (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_shrink(S, l);
    *out = NONE_VAL;
    return true;
}

/* start/stop arguments of index(): negative from the end, clamped. */
static bool index_bounds(AwState *S, int argc, Value *argv, int64_t len,
                         int64_t *start, int64_t *stop)
{
    *start = 0;
    *stop = INT64_MAX;
    if (argc > 2 && !awcont_slice_index(S, argv[2], start))
        return false;
    if (argc > 3 && !awcont_slice_index(S, argv[3], stop))
        return false;
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = 0;
    }
    return true;
}

static bool m_index(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    int64_t start, stop;
    List *l = self_list(argv);
    if (!awcont_nargs(S, "list.index", argc - 1, kwnames, 1, 3) ||
        !index_bounds(S, argc, argv, (int64_t)l->len, &start, &stop))
        return false;
    int64_t i = list_find(S, l, argv[1], start, stop);
    if (i == -2)
        return false;
    if (i >= 0) {
        *out = INT_VAL(i);
        return true;
    }
    Value r;
    if (!awobj_repr(S, argv[1], &r))
        return false;
    return awerr_format(S, EXC_ValueError, "%s is not in list",
                        AS_STR(r)->data);
}

static bool m_count(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "list.count", argc - 1, kwnames, 1, 1))
        return false;
    List *l = self_list(argv);
    int64_t n = 0;
    for (int64_t i = 0;; i++) {
        i = list_find(S, l, argv[1], i, INT64_MAX);
        if (i == -2)
            return false;
        if (i < 0)
            break;
        n++;
    }
    *out = INT_VAL(n);
    return true;
}

static bool m_reverse(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awcont_nargs(S, "list.reverse", argc - 1, kwnames, 0, 0))
        return false;
    List *l = self_list(argv);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    *out = NONE_VAL;
    return true;
}

static bool m_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awcont_nargs(S, "list.copy", argc - 1, kwnames, 0, 0))
        return false;
    List *l = self_list(argv);
    return list_take(S, l, 0, 1, (int64_t)l->len, out);
}

static bool m_clear(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "list.clear", argc - 1, kwnames, 0, 0))
        return false;
    List *l = self_list(argv);
    l->len = 0;
    list_shrink(S, l);
    *out = NONE_VAL;
    return true;
}

static bool m_sort(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    static const char *const kwlist[] = {"key", "reverse"};
    Value a[2];
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "sort() takes no positional arguments");
    if (!awarg_unpack(S, "sort", 0, argv + 1, kwnames, 0, 2, kwlist, a))
        return false;
    bool reverse = false;
    if (!IS_NULL(a[1])) {
        int64_t r;
        if (IS_BOOL(a[1]))
            r = AS_BOOL(a[1]);
        else if (!awcont_ssize(S, a[1], &r))
            return false;
        reverse = r != 0;
    }
    Value key = IS_NULL(a[0]) ? NONE_VAL : a[0];
    if (!awlist_sort(S, self_list(argv), key, reverse))
        return false;
    *out = NONE_VAL;
    return true;
}

static bool m_reversed(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "list.__reversed__", argc - 1, kwnames, 0, 0))
        return false;
    Iterator *it = awcont_iter_new(S, TYPE(S, LIST_REVITER), argv[0]);
    if (!it)
        return false;
    it->index = (int64_t)self_list(argv)->len - 1;
    *out = OBJ_VAL(it);
    return true;
}

/* Dunder methods, so that subclasses can reach list's own behaviour. */
static bool m_getitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    return awcont_nargs(S, "list.__getitem__", argc - 1, kwnames, 1, 1) &&
           list_getitem(S, argv[0], argv[1], out);
}

static bool m_setitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "__setitem__", argc - 1, kwnames, 2, 2) &&
           list_setitem(S, argv[0], argv[1], argv[2]);
}

static bool m_delitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "list.__delitem__", argc - 1, kwnames, 1, 1) &&
           list_setitem(S, argv[0], argv[1], NULL_VAL);
}

static bool m_contains(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "list.__contains__", argc - 1, kwnames, 1, 1))
        return false;
    int r = list_contains(S, argv[0], argv[1]);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool m_len(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!awcont_nargs(S, "list.__len__", argc - 1, kwnames, 0, 0))
        return false;
    *out = INT_VAL((int64_t)self_list(argv)->len);
    return true;
}

static const MethodDef list_methods[] = {
    {"append", m_append, MF_METHOD},
    {"extend", m_extend, MF_METHOD},
    {"insert", m_insert, MF_METHOD},
    {"pop", m_pop, MF_METHOD},
    {"remove", m_remove, MF_METHOD},
    {"index", m_index, MF_METHOD},
    {"count", m_count, MF_METHOD},
    {"sort", m_sort, MF_METHOD},
    {"reverse", m_reverse, MF_METHOD},
    {"copy", m_copy, MF_METHOD},
    {"clear", m_clear, MF_METHOD},
    {"__reversed__", m_reversed, MF_METHOD},
    {"__getitem__", m_getitem, MF_METHOD},
    {"__setitem__", m_setitem, MF_METHOD},
    {"__delitem__", m_delitem, MF_METHOD},
    {"__contains__", m_contains, MF_METHOD},
    {"__len__", m_len, MF_METHOD},
    {"__iter__", awcont_m_iter, MF_METHOD},
    {NULL}
};

static const MethodDef listiter_methods[] = {
    {"__length_hint__", iter_length_hint, MF_METHOD},
    {NULL}
};

/* ------------------------------------------------------------------ */
/* Types                                                               */

Type *awcont_iter_type(AwState *S, int id, const char *name, NextFn next)
{
    Type *t = awtype_new_builtin(S, (TypeId)id, name, TYPE(S, OBJECT),
                                 OBJ_ITERATOR, sizeof(Iterator));
    if (!t)
        return NULL;
    S->types[id] = t;
    t->repr = awcont_addr_repr;
    t->iter = awcont_iter_self;
    t->next = next;
    return awtype_add_methods(S, t, iter_methods) ? t : NULL;
}

bool awlist_types_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_LIST, "list", TYPE(S, OBJECT),
                                 OBJ_LIST, sizeof(List));
    if (!t)
        return false;
    S->types[TY_LIST] = t;
    t->tflags |= TF_BASETYPE;
    t->repr = list_repr;
    t->hash = NULL;
    t->richcmp = list_richcmp;
    t->binop = list_binop;
    t->len = list_len;
    t->truth = list_truth;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->iter = list_iter;
    t->new_ = list_new;
    if (!awtype_add_methods(S, t, list_methods))
        return false;
    Type *it = awcont_iter_type(S, TY_LIST_ITER, "list_iterator",
                                listiter_next);
    if (!it || !awtype_add_methods(S, it, listiter_methods))
        return false;
    it = awcont_iter_type(S, TY_LIST_REVITER, "list_reverseiterator",
                          listreviter_next);
    return it && awtype_add_methods(S, it, listiter_methods);
}

bool awcont_init(AwState *S)
{
    return awlist_types_init(S) && awtuple_types_init(S) &&
           awdict_types_init(S) && awset_types_init(S) &&
           awrange_types_init(S);
}
