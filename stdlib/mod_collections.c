/* The collections module: deque (a ring buffer record), defaultdict,
 * Counter and OrderedDict (C subclasses of dict: their instances are
 * dicts, so every dict method and isinstance(x, dict) work), and
 * namedtuple (stdlib/namedtuple.c). */
#include <string.h>

#include "stdlib/builtins.h"
#include "stdlib/rec.h"
#include "vm/containers.h"
#include "vm/str.h"

static String *intern(AwState *S, const char *s)
{
    return awstr_intern_cstr(S, s);
}

static bool ret_none(Value *out)
{
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* deque: the items live in a private tuple used as a ring buffer, so  */
/* both ends are O(1); STATE counts mutations for the iterators.       */

enum { D_RING, D_HEAD, D_LEN, D_MAXLEN, D_STATE, D__N };

#define DQ(v) REC(v)
#define DQ_LEN(v) AS_INT(DQ(v)[D_LEN])

static Value *dq_slot(Value self, int64_t i)
{
    Value *r = DQ(self);
    Tuple *ring = AS_TUPLE(r[D_RING]);
    return &ring->items[(AS_INT(r[D_HEAD]) + i) % (int64_t)ring->len];
}

static void dq_touch(Value self)
{
    DQ(self)[D_STATE].as.i++;
}

/* Room for one more item; may collect (values being added must be
 * rooted by the caller). */
static bool dq_reserve(AwState *S, Value self)
{
    Value *r = DQ(self);
    Tuple *ring = AS_TUPLE(r[D_RING]);
    int64_t n = AS_INT(r[D_LEN]);
    if (n < (int64_t)ring->len)
        return true;
    Tuple *nr = awtuple_new(S, ring->len < 8 ? 16 : ring->len * 2);
    if (nr == NULL)
        return false;
    for (int64_t i = 0; i < n; i++)
        nr->items[i] = *dq_slot(self, i);
    r[D_RING] = OBJ_VAL(nr);
    r[D_HEAD] = INT_VAL(0);
    return true;
}

static void dq_pop_back(Value self, Value *out)
{
    Value *slot = dq_slot(self, DQ_LEN(self) - 1);
    *out = *slot;
    *slot = NULL_VAL;
    DQ(self)[D_LEN].as.i--;
    dq_touch(self);
}

static void dq_pop_front(Value self, Value *out)
{
    Value *r = DQ(self);
    Value *slot = dq_slot(self, 0);
    *out = *slot;
    *slot = NULL_VAL;
    r[D_HEAD] = INT_VAL((AS_INT(r[D_HEAD]) + 1) %
                        (int64_t)AS_TUPLE(r[D_RING])->len);
    r[D_LEN].as.i--;
    dq_touch(self);
}

static bool dq_push_back(AwState *S, Value self, Value v)
{
    Value *r = DQ(self), drop;
    if (IS_INT(r[D_MAXLEN]) && AS_INT(r[D_MAXLEN]) == 0)
        return true;
    if (IS_INT(r[D_MAXLEN]) && DQ_LEN(self) >= AS_INT(r[D_MAXLEN]))
        dq_pop_front(self, &drop);
    if (!dq_reserve(S, self))
        return false;
    *dq_slot(self, DQ_LEN(self)) = v;
    r[D_LEN].as.i++;
    dq_touch(self);
    return true;
}

static bool dq_push_front(AwState *S, Value self, Value v)
{
    Value *r = DQ(self), drop;
    if (IS_INT(r[D_MAXLEN]) && AS_INT(r[D_MAXLEN]) == 0)
        return true;
    if (IS_INT(r[D_MAXLEN]) && DQ_LEN(self) >= AS_INT(r[D_MAXLEN]))
        dq_pop_back(self, &drop);
    if (!dq_reserve(S, self))
        return false;
    int64_t cap = (int64_t)AS_TUPLE(r[D_RING])->len;
    r[D_HEAD] = INT_VAL((AS_INT(r[D_HEAD]) + cap - 1) % cap);
    *dq_slot(self, 0) = v;
    r[D_LEN].as.i++;
    dq_touch(self);
    return true;
}

static bool dq_extend(AwState *S, Value self, Value iterable, bool left)
{
    Value it, v;
    if (aw_value_is(self, iterable)) {
        List *copy = awlist_from_iterable(S, iterable);
        if (copy == NULL)
            return false;
        iterable = OBJ_VAL(copy);
    }
    awgc_push(S, iterable);
    if (!awobj_iter(S, iterable, &it)) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_push(S, it);
    int n;
    bool ok = true;
    while (ok && (n = awobj_next(S, it, &v)) > 0) {
        awgc_push(S, v);
        ok = left ? dq_push_front(S, self, v) : dq_push_back(S, self, v);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 2);
    return ok && n == 0;
}

static bool dq_alloc(AwState *S, Type *t, Value maxlen, Value *out)
{
    Tuple *ring = awtuple_new(S, 8);
    if (ring == NULL)
        return false;
    awgc_push(S, OBJ_VAL(ring));
    Obj *o = awrec_new(S, t, D__N);
    awgc_pop(S, 1);
    if (o == NULL)
        return false;
    Value *r = awobj_ext(o);
    r[D_RING] = OBJ_VAL(ring);
    r[D_HEAD] = r[D_LEN] = r[D_STATE] = INT_VAL(0);
    r[D_MAXLEN] = maxlen;
    *out = OBJ_VAL(o);
    return true;
}

static bool deque_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"iterable", "maxlen", NULL};
    Value a[2], maxlen = NONE_VAL;
    if (!awarg_unpack(S, "deque", argc, argv, kwnames, 0, 2, kw, a))
        return false;
    if (!IS_NULL(a[1]) && !IS_NONE(a[1])) {
        int64_t n;
        if (!IS_ANYINT(a[1]) && !IS_BOOL(a[1]))
            return awerr_format(S, EXC_TypeError, "an integer is required");
        if (!awobj_as_i64(S, a[1], &n))
            return false;
        if (n < 0)
            return awerr_format(S, EXC_ValueError,
                                "maxlen must be non-negative");
        maxlen = INT_VAL(n);
    }
    if (!dq_alloc(S, t, maxlen, out))
        return false;
    if (IS_NULL(a[0]))
        return true;
    awgc_push(S, *out);
    bool ok = dq_extend(S, *out, a[0], false);
    awgc_pop(S, 1);
    return ok;
}

/* deque methods */

static bool dq_nargs(AwState *S, const char *name, int argc, Tuple *kwnames,
                     int min, int max)
{
    return awcont_nargs(S, name, argc - 1, kwnames, min, max);
}

static bool m_append(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return dq_nargs(S, "deque.append", argc, kwnames, 1, 1) &&
           dq_push_back(S, argv[0], argv[1]) && ret_none(out);
}

static bool m_appendleft(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    return dq_nargs(S, "deque.appendleft", argc, kwnames, 1, 1) &&
           dq_push_front(S, argv[0], argv[1]) && ret_none(out);
}

static bool m_pop(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!dq_nargs(S, "deque.pop", argc, kwnames, 0, 0))
        return false;
    if (DQ_LEN(argv[0]) == 0)
        return awerr_format(S, EXC_IndexError, "pop from an empty deque");
    dq_pop_back(argv[0], out);
    return true;
}

static bool m_popleft(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!dq_nargs(S, "deque.popleft", argc, kwnames, 0, 0))
        return false;
    if (DQ_LEN(argv[0]) == 0)
        return awerr_format(S, EXC_IndexError, "pop from an empty deque");
    dq_pop_front(argv[0], out);
    return true;
}

static bool m_extend(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return dq_nargs(S, "deque.extend", argc, kwnames, 1, 1) &&
           dq_extend(S, argv[0], argv[1], false) && ret_none(out);
}

static bool m_extendleft(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    return dq_nargs(S, "deque.extendleft", argc, kwnames, 1, 1) &&
           dq_extend(S, argv[0], argv[1], true) && ret_none(out);
}

static void dq_clear(Value self)
{
    Value v;
    while (DQ_LEN(self) > 0)
        dq_pop_back(self, &v);
    DQ(self)[D_HEAD] = INT_VAL(0);
    dq_touch(self);
}

static bool m_clear(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!dq_nargs(S, "deque.clear", argc, kwnames, 0, 0))
        return false;
    dq_clear(argv[0]);
    return ret_none(out);
}

static bool m_rotate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    int64_t n = 1, len = DQ_LEN(argv[0]);
    if (!dq_nargs(S, "deque.rotate", argc, kwnames, 0, 1) ||
        (argc > 1 && !awobj_as_i64(S, argv[1], &n)))
        return false;
    if (len > 1) {
        n %= len;
        if (n < 0)
            n += len;
        /* moving the head moves the whole ring: O(1) when full, else
         * shift one item at a time from the shorter side */
        Value v;
        bool right = n <= len / 2;
        for (int64_t i = right ? n : len - n; i > 0; i--) {
            if (right) {
                dq_pop_back(argv[0], &v);
                (void)!dq_push_front(S, argv[0], v); /* room was freed */
            } else {
                dq_pop_front(argv[0], &v);
                (void)!dq_push_back(S, argv[0], v);
            }
        }
    }
    return ret_none(out);
}

/* position of x in self[start:stop], or -1; -2 on error */
static int64_t dq_find(AwState *S, Value self, Value x, int64_t start,
                       int64_t stop)
{
    int64_t state = AS_INT(DQ(self)[D_STATE]);
    for (int64_t i = start; i < stop && i < DQ_LEN(self); i++) {
        Value v = *dq_slot(self, i);
        awgc_push(S, v);
        int eq = awobj_eq(S, v, x);
        awgc_pop(S, 1);
        if (eq < 0)
            return -2;
        if (AS_INT(DQ(self)[D_STATE]) != state) {
            awerr_format(S, EXC_RuntimeError,
                         "deque mutated during iteration");
            return -2;
        }
        if (eq)
            return i;
    }
    return -1;
}

static bool not_in_deque(AwState *S, Value x)
{
    Value r;
    if (!awobj_repr(S, x, &r))
        return false;
    return awerr_format(S, EXC_ValueError, "%s is not in deque",
                        AS_STR(r)->data);
}

static bool m_count(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!dq_nargs(S, "deque.count", argc, kwnames, 1, 1))
        return false;
    int64_t c = 0, i = 0;
    for (;;) {
        int64_t at = dq_find(S, argv[0], argv[1], i, INT64_MAX);
        if (at == -2)
            return false;
        if (at < 0)
            break;
        c++;
        i = at + 1;
    }
    *out = INT_VAL(c);
    return true;
}

static bool m_index(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    int64_t len = DQ_LEN(argv[0]), start = 0, stop = len;
    if (!dq_nargs(S, "deque.index", argc, kwnames, 1, 3) ||
        (argc > 2 && !awcont_slice_index(S, argv[2], &start)) ||
        (argc > 3 && !awcont_slice_index(S, argv[3], &stop)))
        return false;
    if (start < 0 && (start += len) < 0)
        start = 0;
    if (stop < 0 && (stop += len) < 0)
        stop = 0;
    int64_t at = dq_find(S, argv[0], argv[1], start, stop);
    if (at == -2)
        return false;
    if (at < 0)
        return not_in_deque(S, argv[1]);
    *out = INT_VAL(at);
    return true;
}

/* Deletes item i by shifting the shorter side. */
static void dq_delete(Value self, int64_t i)
{
    Value v;
    int64_t len = DQ_LEN(self);
    if (i < len / 2) {
        for (int64_t j = i; j > 0; j--)
            *dq_slot(self, j) = *dq_slot(self, j - 1);
        dq_pop_front(self, &v);
    } else {
        for (int64_t j = i; j < len - 1; j++)
            *dq_slot(self, j) = *dq_slot(self, j + 1);
        dq_pop_back(self, &v);
    }
}

static bool m_remove(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!dq_nargs(S, "deque.remove", argc, kwnames, 1, 1))
        return false;
    int64_t at = dq_find(S, argv[0], argv[1], 0, INT64_MAX);
    if (at == -2)
        return false;
    if (at < 0)
        return not_in_deque(S, argv[1]);
    dq_delete(argv[0], at);
    return ret_none(out);
}

static bool m_insert(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    int64_t i, len = DQ_LEN(argv[0]);
    Value self = argv[0];
    if (!dq_nargs(S, "deque.insert", argc, kwnames, 2, 2) ||
        !awcont_ssize(S, argv[1], &i))
        return false;
    if (IS_INT(DQ(self)[D_MAXLEN]) && len >= AS_INT(DQ(self)[D_MAXLEN]))
        return awerr_format(S, EXC_IndexError,
                            "deque already at its maximum size");
    if (i < 0 && (i += len) < 0)
        i = 0;
    if (i > len)
        i = len;
    if (!dq_push_back(S, self, argv[2]))
        return false;
    for (int64_t j = len; j > i; j--)
        *dq_slot(self, j) = *dq_slot(self, j - 1);
    *dq_slot(self, i) = argv[2];
    return ret_none(out);
}

static bool m_reverse(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!dq_nargs(S, "deque.reverse", argc, kwnames, 0, 0))
        return false;
    for (int64_t i = 0, j = DQ_LEN(argv[0]) - 1; i < j; i++, j--) {
        Value t = *dq_slot(argv[0], i);
        *dq_slot(argv[0], i) = *dq_slot(argv[0], j);
        *dq_slot(argv[0], j) = t;
    }
    dq_touch(argv[0]);
    return ret_none(out);
}

static bool dq_copy(AwState *S, Value self, Value *out)
{
    if (!dq_alloc(S, AS_OBJ(self)->type, DQ(self)[D_MAXLEN], out))
        return false;
    awgc_push(S, *out);
    bool ok = true;
    for (int64_t i = 0; ok && i < DQ_LEN(self); i++)
        ok = dq_push_back(S, *out, *dq_slot(self, i));
    awgc_pop(S, 1);
    return ok;
}

static bool m_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return dq_nargs(S, "deque.copy", argc, kwnames, 0, 0) &&
           dq_copy(S, argv[0], out);
}

static bool dq_iter_of(AwState *S, Value self, bool reverse, Value *out);

static bool m_reversed(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    return dq_nargs(S, "deque.__reversed__", argc, kwnames, 0, 0) &&
           dq_iter_of(S, argv[0], true, out);
}

static const MethodDef deque_methods[] = {
    {"append", m_append, MF_METHOD},
    {"appendleft", m_appendleft, MF_METHOD},
    {"pop", m_pop, MF_METHOD},
    {"popleft", m_popleft, MF_METHOD},
    {"extend", m_extend, MF_METHOD},
    {"extendleft", m_extendleft, MF_METHOD},
    {"clear", m_clear, MF_METHOD},
    {"rotate", m_rotate, MF_METHOD},
    {"count", m_count, MF_METHOD},
    {"index", m_index, MF_METHOD},
    {"remove", m_remove, MF_METHOD},
    {"insert", m_insert, MF_METHOD},
    {"reverse", m_reverse, MF_METHOD},
    {"copy", m_copy, MF_METHOD},
    {"__copy__", m_copy, MF_METHOD},
    {"__reversed__", m_reversed, MF_METHOD},
    {NULL, NULL, 0},
};

/* deque slots */

static bool deque_len(AwState *S, Value self, int64_t *out)
{
    *out = DQ_LEN(self);
    return true;
}

static bool dq_index_arg(AwState *S, Value self, Value key, int64_t *out)
{
    if (!awcont_is_index(S, key))
        return awerr_format(S, EXC_TypeError,
                            "sequence index must be integer, not '%s'",
                            awobj_typename(S, key));
    int64_t i;
    if (!awcont_ssize(S, key, &i))
        return false;
    if (i < 0)
        i += DQ_LEN(self);
    if (i < 0 || i >= DQ_LEN(self))
        return awerr_format(S, EXC_IndexError, "deque index out of range");
    *out = i;
    return true;
}

static bool deque_getitem(AwState *S, Value self, Value key, Value *out)
{
    int64_t i;
    if (!dq_index_arg(S, self, key, &i))
        return false;
    *out = *dq_slot(self, i);
    return true;
}

static bool deque_setitem(AwState *S, Value self, Value key, Value v)
{
    int64_t i;
    if (!dq_index_arg(S, self, key, &i))
        return false;
    if (IS_NULL(v))
        dq_delete(self, i);
    else
        *dq_slot(self, i) = v;
    return true;
}

static int deque_contains(AwState *S, Value self, Value x)
{
    int64_t at = dq_find(S, self, x, 0, INT64_MAX);
    return at == -2 ? -1 : at >= 0;
}

static bool deque_repr(AwState *S, Value self, Value *out)
{
    int e = awcont_repr_enter(S, AS_OBJ(self));
    if (e != 0)
        return e > 0 && awrec_ret(awstr_cstr(S, "[...]"), out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%s([", AS_OBJ(self)->type->name->data);
    bool ok = true;
    for (int64_t i = 0; ok && i < DQ_LEN(self); i++) {
        if (i > 0)
            awbuf_puts(&b, ", ");
        ok = awbuf_repr(&b, *dq_slot(self, i));
    }
    awcont_repr_leave(S);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_putc(&b, ']');
    Value m = DQ(self)[D_MAXLEN];
    if (IS_INT(m))
        awbuf_printf(&b, ", maxlen=%lld", (long long)AS_INT(m));
    awbuf_putc(&b, ')');
    return awrec_ret(awbuf_finish(&b), out);
}

static bool is_deque(Value v);

/* Lexicographic comparison through a list copy of each side. */
static bool deque_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!is_deque(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    List *la = awlist_from_iterable(S, a);
    if (la == NULL)
        return false;
    awgc_push(S, OBJ_VAL(la));
    List *lb = awlist_from_iterable(S, b);
    bool ok = lb != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(lb));
        ok = awobj_richcmp(S, OBJ_VAL(la), OBJ_VAL(lb), op, out);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool deque_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    bool inplace = op >= BINOP_INPLACE;
    int base = inplace ? op - BINOP_INPLACE : op;
    if (base == BINOP_ADD && is_deque(a)) {
        if (!inplace && !is_deque(b))
            return awerr_format(S, EXC_TypeError,
                                "can only concatenate deque (not \"%s\") to "
                                "deque", awobj_typename(S, b));
        if (inplace) {
            *out = a;
            return dq_extend(S, a, b, false);
        }
        if (!dq_copy(S, a, out))
            return false;
        awgc_push(S, *out);
        bool ok = dq_extend(S, *out, b, false);
        awgc_pop(S, 1);
        return ok;
    }
    if (base == BINOP_MUL && (is_deque(a) || is_deque(b))) {
        Value d = is_deque(a) ? a : b, n = is_deque(a) ? b : a;
        int64_t times;
        if (!awcont_is_index(S, n)) {
            *out = NOTIMPL_VAL(S);
            return true;
        }
        if (!awcont_ssize(S, n, &times))
            return false;
        List *items = awlist_from_iterable(S, d);
        if (items == NULL)
            return false;
        awgc_push(S, OBJ_VAL(items));
        bool ok = inplace ? (*out = d, true) : dq_copy(S, d, out);
        if (ok && inplace && times <= 0)
            dq_clear(d);
        if (ok)
            awgc_push(S, *out);
        for (int64_t k = 1; ok && k < times; k++)
            ok = dq_extend(S, *out, OBJ_VAL(items), false);
        if (ok && !inplace && times <= 0)
            dq_clear(*out);
        awgc_pop(S, ok ? 2 : 1);
        return ok;
    }
    *out = NOTIMPL_VAL(S);
    return true;
}

/* deque iterators: src deque, position, the state seen at creation */
enum { DI_DEQUE, DI_INDEX, DI_STATE, DI__N };

static bool dq_iter_of(AwState *S, Value self, bool reverse, Value *out)
{
    String *n = intern(S, reverse ? "_deque_reverse_iterator"
                                  : "_deque_iterator");
    Value t = n ? awdict_get_str(S, AS_OBJ(self)->type->dict, n) : NULL_VAL;
    for (size_t i = 1; IS_NULL(t) && n && i < AS_OBJ(self)->type->mro->len;
         i++)
        t = awdict_get_str(
            S, AS_TYPE(AS_OBJ(self)->type->mro->items[i])->dict, n);
    if (!IS_TYPE(t))
        return n ? awerr_format(S, EXC_TypeError, "no deque iterator") : false;
    Obj *o = awrec_new(S, AS_TYPE(t), DI__N);
    if (o == NULL)
        return false;
    Value *r = awobj_ext(o);
    r[DI_DEQUE] = self;
    r[DI_INDEX] = INT_VAL(reverse ? DQ_LEN(self) - 1 : 0);
    r[DI_STATE] = DQ(self)[D_STATE];
    *out = OBJ_VAL(o);
    return true;
}

static bool deque_iter(AwState *S, Value self, Value *out)
{
    return dq_iter_of(S, self, false, out);
}

static int dqiter_step(AwState *S, Value self, Value *out, int dir)
{
    Value *r = REC(self);
    if (IS_NULL(r[DI_DEQUE]))
        return 0;
    Value d = r[DI_DEQUE];
    if (AS_INT(DQ(d)[D_STATE]) != AS_INT(r[DI_STATE])) {
        r[DI_DEQUE] = NULL_VAL;
        awerr_format(S, EXC_RuntimeError, "deque mutated during iteration");
        return -1;
    }
    int64_t i = AS_INT(r[DI_INDEX]);
    if (i < 0 || i >= DQ_LEN(d)) {
        r[DI_DEQUE] = NULL_VAL;
        return 0;
    }
    *out = *dq_slot(d, i);
    r[DI_INDEX] = INT_VAL(i + dir);
    return 1;
}

static int dqiter_next(AwState *S, Value self, Value *out)
{
    return dqiter_step(S, self, out, 1);
}

static int dqreviter_next(AwState *S, Value self, Value *out)
{
    return dqiter_step(S, self, out, -1);
}

static bool iter_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

static bool deque_get_maxlen(AwState *S, Value self, Value *out)
{
    *out = DQ(self)[D_MAXLEN];
    return true;
}

static const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL},
    {NULL, NULL, NULL},
};

static bool deque_types(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "deque", NULL, OBJ_RECORD, sizeof(Obj), D__N,
                         true);
    if (t == NULL)
        return false;
    t->tflags |= TF_BASETYPE;
    if (!awrec_add_new(S, t, deque_new))
        return false;
    t->len = deque_len;
    t->getitem = deque_getitem;
    t->setitem = deque_setitem;
    t->contains = deque_contains;
    t->repr = deque_repr;
    t->richcmp = deque_richcmp;
    t->binop = deque_binop;
    t->hash = NULL;
    t->iter = deque_iter;
    t->getset = deque_getset;
    if (!awtype_add_methods(S, t, deque_methods))
        return false;
    static const char *const names[] = {"_deque_iterator",
                                        "_deque_reverse_iterator"};
    for (int i = 0; i < 2; i++) {
        Type *it = awrec_type(S, m, names[i], NULL, OBJ_RECORD, sizeof(Obj),
                              DI__N, false);
        if (it == NULL)
            return false;
        it->iter = iter_self;
        it->next = i ? dqreviter_next : dqiter_next;
        awgc_push(S, OBJ_VAL(it));
        String *n = intern(S, names[i]);
        bool ok = n && awdict_set_str(S, t->dict, n, OBJ_VAL(it));
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

static bool is_deque(Value v)
{
    return IS_KIND(v, OBJ_RECORD) && AS_OBJ(v)->type->len == deque_len;
}

/* ------------------------------------------------------------------ */
/* defaultdict(default_factory=None, /, ...): a dict with one extra    */
/* slot holding the factory                                            */

static Value *dd_factory(Value self)
{
    static Value none = {VT_NONE, {.i = 0}};
    if (AS_OBJ(self)->extra < sizeof(Value))
        return &none; /* a dict made some other way */
    return &REC(self)[0];
}

static bool dict_fill(AwState *S, Value d, int argc, Value *argv,
                      Tuple *kwnames, const char *name)
{
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s expected at most 1 argument, got %d", name,
                            argc);
    if (argc == 1 && !awdict_update(S, AS_DICT(d), argv[0]))
        return false;
    for (size_t k = 0; kwnames && k < kwnames->len; k++)
        if (!awdict_set(S, AS_DICT(d), kwnames->items[k],
                        argv[argc + (int)k]))
            return false;
    return true;
}

static bool dd_new(AwState *S, Type *t, int argc, Value *argv,
                   Tuple *kwnames, Value *out)
{
    Value factory = argc > 0 ? argv[0] : NONE_VAL;
    if (!IS_NONE(factory) && !awbuiltins_callable(S, factory))
        return awerr_format(S, EXC_TypeError,
                            "first argument must be callable or None");
    Dict *d = awgc_alloc(S, t, OBJ_DICT, sizeof(Dict));
    if (d == NULL)
        return false;
    *out = OBJ_VAL(d);
    REC(*out)[0] = factory;
    awgc_push(S, *out);
    bool ok = dict_fill(S, *out, argc > 0 ? argc - 1 : 0,
                        argc > 0 ? argv + 1 : argv, kwnames, "dict");
    awgc_pop(S, 1);
    return ok;
}

static bool dd_missing(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "__missing__", argc - 1, kwnames, 1, 1))
        return false;
    Value f = *dd_factory(argv[0]);
    if (IS_NONE(f))
        return awerr_value_arg(S, EXC_KeyError, argv[1]);
    if (!awobj_call(S, f, 0, argv, NULL, out))
        return false;
    awgc_push(S, *out);
    bool ok = awobj_setitem(S, argv[0], argv[1], *out);
    awgc_pop(S, 1);
    return ok;
}

static bool dd_repr(AwState *S, Value self, Value *out)
{
    Value f = *dd_factory(self), fr, dr;
    bool ok = IS_NONE(f) ? (fr = OBJ_VAL(awstr_cstr(S, "None")),
                            AS_OBJ(fr) != NULL)
                         : awobj_repr(S, f, &fr);
    if (!ok)
        return false;
    awgc_push(S, fr);
    ok = TYPE(S, DICT)->repr(S, self, &dr);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    return awrec_ret(awstr_printf(S, "%s(%s, %s)",
                                  AS_OBJ(self)->type->name->data,
                                  AS_STR(fr)->data, AS_STR(dr)->data),
                     out);
}

static bool dd_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "copy", argc - 1, kwnames, 0, 0))
        return false;
    Value args[2] = {*dd_factory(argv[0]), argv[0]};
    awgc_push(S, args[0]);
    bool ok = dd_new(S, AS_OBJ(argv[0])->type, 2, args, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

static bool dd_get_factory(AwState *S, Value self, Value *out)
{
    *out = *dd_factory(self);
    return true;
}

static bool dd_set_factory(AwState *S, Value self, Value v)
{
    if (AS_OBJ(self)->extra >= sizeof(Value))
        REC(self)[0] = IS_NULL(v) ? NONE_VAL : v;
    return true;
}

static const GetSetDef dd_getset[] = {
    {"default_factory", dd_get_factory, dd_set_factory},
    {NULL, NULL, NULL},
};

static bool dd_setattr(AwState *S, Value self, String *name, Value v)
{
    if (strcmp(name->data, "default_factory") == 0)
        return dd_set_factory(S, self, v);
    return awerr_attribute(S, self, name);
}

static const MethodDef dd_methods[] = {
    {"__missing__", dd_missing, MF_METHOD},
    {"copy", dd_copy, MF_METHOD},
    {"__copy__", dd_copy, MF_METHOD},
    {NULL, NULL, 0},
};

static bool defaultdict_type(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "defaultdict", TYPE(S, DICT), OBJ_DICT,
                         sizeof(Dict), 1, true);
    if (t == NULL)
        return false;
    t->tflags |= TF_BASETYPE;
    if (!awrec_add_new(S, t, dd_new))
        return false;
    t->repr = dd_repr;
    t->getset = dd_getset;
    t->setattr = dd_setattr;
    return awtype_add_methods(S, t, dd_methods);
}

/* ------------------------------------------------------------------ */
/* Counter: a dict of counts; missing keys count 0                     */

static bool counter_binop(AwState *S, int op, Value a, Value b, Value *out);

static bool is_counter(Value v)
{
    return IS_DICT(v) && AS_OBJ(v)->type->binop == counter_binop;
}

/* collections.Counter itself (results of arithmetic are exact Counters,
 * as CPython's `result = Counter()`). */
static Type *counter_root(Type *t)
{
    while (t->base && t->base->binop == counter_binop)
        t = t->base;
    return t;
}

static Dict *counter_alloc(AwState *S, Type *t)
{
    return awgc_alloc(S, t, OBJ_DICT, sizeof(Dict));
}

static bool count_of(AwState *S, Dict *d, Value key, Value *out)
{
    int r = awdict_get(S, d, key, out);
    if (r == 0)
        *out = INT_VAL(0);
    return r >= 0;
}

/* self[key] = self.get(key, 0) + delta (or - delta) */
static bool add_count(AwState *S, Dict *d, Value key, Value delta, bool sub)
{
    Value cur, r;
    if (!count_of(S, d, key, &cur))
        return false;
    if (IS_INT(cur) && IS_INT(delta) &&
        !(sub ? __builtin_sub_overflow(AS_INT(cur), AS_INT(delta), &r.as.i)
              : __builtin_add_overflow(AS_INT(cur), AS_INT(delta),
                                       &r.as.i))) {
        r.tag = VT_INT;
    } else if (!awobj_binop(S, sub ? BINOP_SUB : BINOP_ADD, cur, delta,
                            &r)) {
        return false;
    }
    return awdict_set(S, d, key, r);
}

static bool count_iterable(AwState *S, Dict *d, Value iterable, bool sub)
{
    Value it, v;
    if (IS_DICT(iterable)) {
        if (!sub && d->len == 0)
            return awdict_update(S, d, iterable);
        size_t pos = 0;
        Value k;
        while (awdict_next(AS_DICT(iterable), &pos, &k, &v))
            if (!add_count(S, d, k, v, sub))
                return false;
        return true;
    }
    if (!awobj_iter(S, iterable, &it))
        return false;
    awgc_push(S, it);
    int n;
    bool ok = true;
    while (ok && (n = awobj_next(S, it, &v)) > 0) {
        awgc_push(S, v);
        ok = add_count(S, d, v, INT_VAL(1), sub);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok && n == 0;
}

static bool counter_update(AwState *S, Value self, int argc, Value *argv,
                           Tuple *kwnames, bool sub, const char *name)
{
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s expected at most 1 argument, got %d", name,
                            argc);
    Dict *d = AS_DICT(self);
    if (argc == 1 && !IS_NONE(argv[0]) &&
        !count_iterable(S, d, argv[0], sub))
        return false;
    for (size_t k = 0; kwnames && k < kwnames->len; k++)
        if (!add_count(S, d, kwnames->items[k], argv[argc + (int)k], sub))
            return false;
    return true;
}

static bool counter_new(AwState *S, Type *t, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    Dict *d = counter_alloc(S, t);
    if (d == NULL)
        return false;
    *out = OBJ_VAL(d);
    awgc_push(S, *out);
    bool ok = counter_update(S, *out, argc, argv, kwnames, false, "Counter");
    awgc_pop(S, 1);
    return ok;
}

static bool m_update(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return counter_update(S, argv[0], argc - 1, argv + 1, kwnames, false,
                          "update") && ret_none(out);
}

static bool m_subtract(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    return counter_update(S, argv[0], argc - 1, argv + 1, kwnames, true,
                          "subtract") && ret_none(out);
}

static bool m_missing(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awcont_nargs(S, "__missing__", argc - 1, kwnames, 1, 1))
        return false;
    *out = INT_VAL(0);
    return true;
}

static bool second_item(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    *out = AS_TUPLE(argv[0])->items[1];
    return true;
}

/* The (key, count) pairs sorted by count, largest first (stable). */
static List *sorted_items(AwState *S, Dict *d)
{
    List *l = awlist_new(S, d->len);
    if (l == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(l));
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(d, &pos, &k, &v)) {
        Tuple *t = awtuple_new(S, 2);
        ok = t != NULL;
        if (ok) {
            t->items[0] = k;
            t->items[1] = v;
            ok = awlist_append(S, l, OBJ_VAL(t));
        }
    }
    CFunction *key = ok ? awcfunc_new(S, "count", second_item, MF_STATIC,
                                      NULL_VAL, NULL)
                        : NULL;
    if (key) {
        awgc_push(S, OBJ_VAL(key));
        ok = awlist_sort(S, l, OBJ_VAL(key), true);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok && key ? l : NULL;
}

static bool m_most_common(AwState *S, int argc, Value *argv, Tuple *kwnames,
                          Value *out)
{
    static const char *const kw[] = {"n", NULL};
    Value a[1];
    if (!awarg_unpack(S, "most_common", argc - 1, argv + 1, kwnames, 0, 1, kw,
                      a))
        return false;
    int64_t n = -1;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0]) && !awobj_as_i64(S, a[0], &n))
        return false;
    List *l = sorted_items(S, AS_DICT(argv[0]));
    if (l == NULL)
        return false;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0]) && (size_t)(n < 0 ? 0 : n) < l->len)
        l->len = (size_t)(n < 0 ? 0 : n);
    *out = OBJ_VAL(l);
    return true;
}

static bool m_elements(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "elements", argc - 1, kwnames, 0, 0))
        return false;
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(AS_DICT(argv[0]), &pos, &k, &v)) {
        int64_t c;
        ok = awobj_as_i64(S, v, &c);
        for (int64_t i = 0; ok && i < c; i++)
            ok = awlist_append(S, l, k);
    }
    ok = ok && awobj_iter(S, OBJ_VAL(l), out);
    awgc_pop(S, 1);
    return ok;
}

static bool m_total(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "total", argc - 1, kwnames, 0, 0))
        return false;
    size_t pos = 0;
    Value k, v;
    *out = INT_VAL(0);
    while (awdict_next(AS_DICT(argv[0]), &pos, &k, &v)) {
        Value sum;
        if (!awobj_binop(S, BINOP_ADD, *out, v, &sum))
            return false;
        *out = sum;
    }
    return true;
}

static bool m_counter_copy(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "copy", argc - 1, kwnames, 0, 0))
        return false;
    return counter_new(S, AS_OBJ(argv[0])->type, 1, argv, NULL, out);
}

static bool counter_repr(AwState *S, Value self, Value *out)
{
    const char *name = AS_OBJ(self)->type->name->data;
    if (AS_DICT(self)->len == 0)
        return awrec_ret(awstr_printf(S, "%s()", name), out);
    size_t base = S->nroots;
    Value d = self, dr;
    List *l = sorted_items(S, AS_DICT(self));
    bool ok = true;
    if (l == NULL) {
        /* counts that do not compare: the dict's own order */
        ok = awerr_matches(S, EXC_TYPE(S, TypeError));
        awerr_clear(S);
    } else {
        awgc_push(S, OBJ_VAL(l));
        Dict *nd = awdict_new(S);
        ok = nd != NULL;
        if (ok)
            awgc_push(S, d = OBJ_VAL(nd));
        for (size_t i = 0; ok && i < l->len; i++) {
            Tuple *t = AS_TUPLE(l->items[i]);
            ok = awdict_set(S, nd, t->items[0], t->items[1]);
        }
    }
    ok = ok && TYPE(S, DICT)->repr(S, d, &dr);
    awgc_pop(S, S->nroots - base);
    return ok && awrec_ret(awstr_printf(S, "%s(%s)", name, AS_STR(dr)->data),
                           out);
}

/* result[k] = v when v > 0 (or, with keep_zero_neg, the given value) */
static bool put_positive(AwState *S, Dict *r, Value k, Value v)
{
    Value gt;
    if (!awobj_richcmp(S, v, INT_VAL(0), CMP_GT, &gt))
        return false;
    awgc_push(S, gt);
    int t = awobj_truthy(S, gt);
    awgc_pop(S, 1);
    if (t < 0)
        return false;
    return t == 0 || awdict_set(S, r, k, v);
}

/* One element of a + b, a - b, a | b or a & b (CPython's Counter). */
static bool combine(AwState *S, int op, Value x, Value y, Value *out)
{
    if (op == BINOP_ADD || op == BINOP_SUB)
        return awobj_binop(S, op, x, y, out);
    int lt = awobj_compare(S, x, y, CMP_LT);
    if (lt < 0)
        return false;
    *out = (op == BINOP_OR) == (lt == 1) ? y : x;
    return true;
}

static bool counter_combine(AwState *S, int op, Dict *a, Dict *b, Dict *r)
{
    size_t pos = 0;
    Value k, v, w, res;
    while (awdict_next(a, &pos, &k, &v)) {
        awgc_push(S, k);
        bool ok = count_of(S, b, k, &w) && combine(S, op, v, w, &res);
        if (ok) {
            awgc_push(S, res);
            ok = put_positive(S, r, k, res);
            awgc_pop(S, 1);
        }
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    if (op == BINOP_AND)
        return true;
    for (pos = 0; awdict_next(b, &pos, &k, &v);) {
        int in = awdict_get(S, a, k, &w);
        if (in < 0)
            return false;
        if (in)
            continue;
        if (op == BINOP_SUB && !awobj_binop(S, BINOP_SUB, INT_VAL(0), v, &v))
            return false;
        awgc_push(S, v);
        bool ok = put_positive(S, r, k, v);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

static bool counter_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if ((base != BINOP_ADD && base != BINOP_SUB && base != BINOP_OR &&
         base != BINOP_AND) || !is_counter(a) || !is_counter(b)) {
        if (base == BINOP_OR && IS_DICT(a) && IS_DICT(b))
            return TYPE(S, DICT)->binop(S, op, a, b, out);
        *out = NOTIMPL_VAL(S);
        return true;
    }
    Dict *r = counter_alloc(S, counter_root(AS_OBJ(a)->type));
    if (r == NULL)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    bool ok = counter_combine(S, base, AS_DICT(a), AS_DICT(b), r);
    awgc_pop(S, 1);
    return ok;
}

/* +c keeps the positive counts, -c negates the negative ones */
static bool counter_unop(AwState *S, int op, Value a, Value *out)
{
    if (op != UNOP_POS && op != UNOP_NEG)
        return awerr_format(S, EXC_TypeError,
                            "bad operand type for unary ~: '%s'",
                            awobj_typename(S, a));
    Dict *r = counter_alloc(S, counter_root(AS_OBJ(a)->type));
    if (r == NULL)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(AS_DICT(a), &pos, &k, &v)) {
        if (op == UNOP_NEG)
            ok = awobj_binop(S, BINOP_SUB, INT_VAL(0), v, &v);
        if (ok) {
            awgc_push(S, v);
            ok = put_positive(S, r, k, v);
            awgc_pop(S, 1);
        }
    }
    awgc_pop(S, 1);
    return ok;
}

/* all(a[e] OP b[e] for c in (a, b) for e in c) */
static int counter_all(AwState *S, Dict *a, Dict *b, int op)
{
    for (int side = 0; side < 2; side++) {
        Dict *c = side ? b : a;
        size_t pos = 0;
        Value k, v, x, y;
        while (awdict_next(c, &pos, &k, &v)) {
            awgc_push(S, k);
            int r = count_of(S, a, k, &x) && count_of(S, b, k, &y)
                        ? awobj_compare(S, x, y, op)
                        : -1;
            awgc_pop(S, 1);
            if (r <= 0)
                return r;
        }
    }
    return 1;
}

static bool counter_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!is_counter(a) || !is_counter(b)) {
        if (op == CMP_EQ || op == CMP_NE)
            return TYPE(S, DICT)->richcmp(S, a, b, op, out);
        *out = NOTIMPL_VAL(S);
        return true;
    }
    Dict *x = AS_DICT(a), *y = AS_DICT(b);
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE: r = counter_all(S, x, y, CMP_EQ); break;
    case CMP_LE: r = counter_all(S, x, y, CMP_LE); break;
    case CMP_GE: r = counter_all(S, x, y, CMP_GE); break;
    case CMP_LT: case CMP_GT:
        r = counter_all(S, x, y, op == CMP_LT ? CMP_LE : CMP_GE);
        if (r == 1) {
            r = counter_all(S, x, y, CMP_EQ);
            r = r < 0 ? r : !r;
        }
        break;
    default: r = 0;
    }
    if (r < 0)
        return false;
    *out = BOOL_VAL(op == CMP_NE ? !r : r);
    return true;
}

static const MethodDef counter_methods[] = {
    {"update", m_update, MF_METHOD},
    {"subtract", m_subtract, MF_METHOD},
    {"most_common", m_most_common, MF_METHOD},
    {"elements", m_elements, MF_METHOD},
    {"total", m_total, MF_METHOD},
    {"copy", m_counter_copy, MF_METHOD},
    {"__copy__", m_counter_copy, MF_METHOD},
    {"__missing__", m_missing, MF_METHOD},
    {NULL, NULL, 0},
};

static bool counter_type(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "Counter", TYPE(S, DICT), OBJ_DICT,
                         sizeof(Dict), 0, true);
    if (t == NULL)
        return false;
    t->tflags |= TF_BASETYPE;
    if (!awrec_add_new(S, t, counter_new))
        return false;
    t->repr = counter_repr;
    t->binop = counter_binop;
    t->unop = counter_unop;
    t->richcmp = counter_richcmp;
    return awtype_add_methods(S, t, counter_methods);
}

/* ------------------------------------------------------------------ */
/* OrderedDict: aw's dicts keep insertion order already; this adds     */
/* move_to_end, popitem(last=), order-sensitive == and CPython's repr  */

static bool od_richcmp(AwState *S, Value a, Value b, int op, Value *out);

static bool is_od(Value v)
{
    return IS_DICT(v) && AS_OBJ(v)->type->richcmp == od_richcmp;
}

static bool od_new(AwState *S, Type *t, int argc, Value *argv,
                   Tuple *kwnames, Value *out)
{
    Dict *d = awgc_alloc(S, t, OBJ_DICT, sizeof(Dict));
    if (d == NULL)
        return false;
    *out = OBJ_VAL(d);
    awgc_push(S, *out);
    bool ok = dict_fill(S, *out, argc, argv, kwnames, "OrderedDict");
    awgc_pop(S, 1);
    return ok;
}

/* Re-insert every key but `key` after it: key moves to the front. */
static bool move_to_front(AwState *S, Dict *d, Value key)
{
    Dict *copy = awdict_copy(S, d);
    if (copy == NULL)
        return false;
    awgc_push(S, OBJ_VAL(copy));
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(copy, &pos, &k, &v)) {
        int same = awobj_eq(S, k, key);
        ok = same >= 0 && (same || (awdict_del(S, d, k) >= 0 &&
                                    awdict_set(S, d, k, v)));
    }
    awgc_pop(S, 1);
    return ok;
}

static bool m_move_to_end(AwState *S, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"key", "last", NULL};
    Value a[2], v;
    if (!awarg_unpack(S, "move_to_end", argc - 1, argv + 1, kwnames, 1, 2,
                      kw, a))
        return false;
    int last = IS_NULL(a[1]) ? 1 : awobj_truthy(S, a[1]);
    Dict *d = AS_DICT(argv[0]);
    int r = last < 0 ? -1 : awdict_get(S, d, a[0], &v);
    if (r == 0)
        return awerr_value_arg(S, EXC_KeyError, a[0]);
    if (r < 0)
        return false;
    awgc_push(S, v);
    bool ok = last ? awdict_del(S, d, a[0]) >= 0 &&
                         awdict_set(S, d, a[0], v)
                   : move_to_front(S, d, a[0]);
    awgc_pop(S, 1);
    return ok && ret_none(out);
}

static bool m_od_popitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kw[] = {"last", NULL};
    Value a[1], k = NULL_VAL, v;
    if (!awarg_unpack(S, "popitem", argc - 1, argv + 1, kwnames, 0, 1, kw,
                      a))
        return false;
    int last = IS_NULL(a[0]) ? 1 : awobj_truthy(S, a[0]);
    if (last < 0)
        return false;
    Dict *d = AS_DICT(argv[0]);
    if (d->len == 0) {
        String *msg = awstr_cstr(S, "dictionary is empty");
        return msg && awerr_value_arg(S, EXC_KeyError, OBJ_VAL(msg));
    }
    size_t pos = 0;
    Value kk, vv;
    while (awdict_next(d, &pos, &kk, &vv)) {
        k = kk;
        v = vv;
        if (!last)
            break;
    }
    Tuple *t = awtuple_new(S, 2);
    if (t == NULL)
        return false;
    t->items[0] = k;
    t->items[1] = v;
    *out = OBJ_VAL(t);
    awgc_push(S, *out);
    bool ok = awdict_del(S, d, k) >= 0;
    awgc_pop(S, 1);
    return ok;
}

static bool m_od_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awcont_nargs(S, "copy", argc - 1, kwnames, 0, 0))
        return false;
    return od_new(S, AS_OBJ(argv[0])->type, 1, argv, NULL, out);
}

/* Equal in order: the same keys in the same order with equal values. */
static int od_equal(AwState *S, Dict *a, Dict *b)
{
    if (a->len != b->len)
        return 0;
    size_t pa = 0, pb = 0;
    Value ka, va, kb, vb;
    while (awdict_next(a, &pa, &ka, &va) && awdict_next(b, &pb, &kb, &vb)) {
        awgc_push(S, va);
        awgc_push(S, vb);
        int r = awobj_eq(S, ka, kb);
        if (r == 1)
            r = awobj_eq(S, va, vb);
        awgc_pop(S, 2);
        if (r <= 0)
            return r;
    }
    return 1;
}

static bool od_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if ((op != CMP_EQ && op != CMP_NE) || !is_od(a) || !is_od(b))
        return TYPE(S, DICT)->richcmp(S, a, b, op, out);
    int r = od_equal(S, AS_DICT(a), AS_DICT(b));
    if (r < 0)
        return false;
    *out = BOOL_VAL((op == CMP_EQ) == (r == 1));
    return true;
}

static bool od_repr(AwState *S, Value self, Value *out)
{
    const char *name = AS_OBJ(self)->type->name->data;
    if (AS_DICT(self)->len == 0)
        return awrec_ret(awstr_printf(S, "%s()", name), out);
    int e = awcont_repr_enter(S, AS_OBJ(self));
    if (e != 0)
        return e > 0 && awrec_ret(awstr_cstr(S, "..."), out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%s([", name);
    size_t pos = 0;
    Value k, v;
    bool ok = true, first = true;
    while (ok && awdict_next(AS_DICT(self), &pos, &k, &v)) {
        awbuf_puts(&b, first ? "(" : ", (");
        first = false;
        awgc_push(S, k);
        awgc_push(S, v);
        ok = awbuf_repr(&b, k);
        awbuf_puts(&b, ", ");
        ok = ok && awbuf_repr(&b, v);
        awgc_pop(S, 2);
        awbuf_putc(&b, ')');
    }
    awcont_repr_leave(S);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_puts(&b, "])");
    return awrec_ret(awbuf_finish(&b), out);
}

static const MethodDef od_methods[] = {
    {"move_to_end", m_move_to_end, MF_METHOD},
    {"popitem", m_od_popitem, MF_METHOD},
    {"copy", m_od_copy, MF_METHOD},
    {"__copy__", m_od_copy, MF_METHOD},
    {NULL, NULL, 0},
};

static bool ordereddict_type(AwState *S, Module *m)
{
    Type *t = awrec_type(S, m, "OrderedDict", TYPE(S, DICT), OBJ_DICT,
                         sizeof(Dict), 0, true);
    if (t == NULL)
        return false;
    t->tflags |= TF_BASETYPE;
    if (!awrec_add_new(S, t, od_new))
        return false;
    t->repr = od_repr;
    t->richcmp = od_richcmp;
    return awtype_add_methods(S, t, od_methods);
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef collections_functions[] = {
    {"namedtuple", awnt_factory, MF_STATIC},
    {NULL, NULL, 0},
};

bool awmod_collections_init(AwState *S, Module *m)
{
    return awmodule_add_funcs(S, m, collections_functions) &&
           deque_types(S, m) && defaultdict_type(S, m) &&
           counter_type(S, m) && ordereddict_type(S, m);
}
