/* range (int64 bounds) with its iterator, slice objects, and the index
 * and slice arithmetic every sequence uses (CPython's PySlice_*). */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Indices                                                             */

bool awseq_index(AwState *S, Value key, int64_t len, const char *what,
                 int64_t *out)
{
    int64_t i;
    if (IS_INT(key)) {
        i = AS_INT(key);
    } else if (IS_BOOL(key)) {
        i = AS_BOOL(key);
    } else if (IS_BIGINT(key)) {
        return awerr_format(S, EXC_IndexError,
                            "cannot fit 'int' into an index-sized integer");
    } else if (awcont_is_index(S, key)) {
        Value iv;
        return awobj_index(S, key, &iv) &&
               awseq_index(S, iv, len, what, out);
    } else {
        return awerr_format(S, EXC_TypeError,
                            "%.*s indices must be integers or slices, not "
                            "%s", (int)strcspn(what, " "), what,
                            awobj_typename(S, key));
    }
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return awerr_format(S, EXC_IndexError, "%s index out of range",
                            what);
    *out = i;
    return true;
}

/* A slice bound: ints clamp to int64 (CPython clamps to ssize_t). */
static bool slice_index(AwState *S, Value v, const char *msg, int64_t *out)
{
    if (IS_INT(v)) {
        *out = AS_INT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return true;
    }
    if (IS_BIGINT(v)) {
        *out = awint_sign(v) < 0 ? INT64_MIN : INT64_MAX;
        return true;
    }
    if (!awcont_is_index(S, v))
        return awerr_format(S, EXC_TypeError, "%s", msg);
    Value iv;
    return awobj_index(S, v, &iv) && slice_index(S, iv, msg, out);
}

bool awcont_slice_index(AwState *S, Value v, int64_t *out)
{
    return slice_index(S, v, "slice indices must be integers or have an "
                             "__index__ method", out);
}

static bool slice_bound(AwState *S, Value v, int64_t *out)
{
    return slice_index(S, v, "slice indices must be integers or None or "
                             "have an __index__ method", out);
}

bool awslice_unpack(AwState *S, Slice *sl, int64_t *start, int64_t *stop,
                    int64_t *step)
{
    if (IS_NONE(sl->step)) {
        *step = 1;
    } else {
        if (!slice_bound(S, sl->step, step))
            return false;
        if (*step == 0)
            return awerr_format(S, EXC_ValueError,
                                "slice step cannot be zero");
        if (*step < -INT64_MAX)
            *step = -INT64_MAX; /* so that -step cannot overflow */
    }
    if (IS_NONE(sl->start))
        *start = *step < 0 ? INT64_MAX : 0;
    else if (!slice_bound(S, sl->start, start))
        return false;
    if (IS_NONE(sl->stop))
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_bound(S, sl->stop, stop))
        return false;
    return true;
}

static void adjust_bound(int64_t len, int64_t *i, int64_t step)
{
    if (*i < 0) {
        *i += len;
        if (*i < 0)
            *i = step < 0 ? -1 : 0;
    } else if (*i >= len) {
        *i = step < 0 ? len - 1 : len;
    }
}

int64_t awslice_adjust(int64_t len, int64_t *start, int64_t *stop,
                       int64_t step)
{
    adjust_bound(len, start, step);
    adjust_bound(len, stop, step);
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

bool awslice_indices(AwState *S, Slice *sl, int64_t len, int64_t *start,
                     int64_t *stop, int64_t *step, int64_t *slicelen)
{
    if (!awslice_unpack(S, sl, start, stop, step))
        return false;
    *slicelen = awslice_adjust(len, start, stop, *step);
    return true;
}

/* ------------------------------------------------------------------ */
/* slice                                                               */

Slice *awslice_new(AwState *S, Value start, Value stop, Value step)
{
    awgc_push(S, start);
    awgc_push(S, stop);
    awgc_push(S, step);
    Slice *sl = awgc_alloc(S, TYPE(S, SLICE), OBJ_SLICE, sizeof(Slice));
    awgc_pop(S, 3);
    if (!sl)
        return NULL;
    sl->start = start;
    sl->stop = stop;
    sl->step = step;
    return sl;
}

static bool slice_repr(AwState *S, Value self, Value *out)
{
    Slice *sl = (Slice *)AS_OBJ(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "slice(");
    bool ok = awbuf_repr(&b, sl->start);
    awbuf_puts(&b, ", ");
    ok = ok && awbuf_repr(&b, sl->stop);
    awbuf_puts(&b, ", ");
    ok = ok && awbuf_repr(&b, sl->step);
    awbuf_putc(&b, ')');
    String *s = ok ? awbuf_finish(&b) : NULL;
    if (!s) {
        awbuf_free(&b);
        return false;
    }
    *out = OBJ_VAL(s);
    return true;
}

static Tuple *slice_tuple(AwState *S, Slice *sl)
{
    Value items[3] = {sl->start, sl->stop, sl->step};
    return awtuple_from_array(S, items, 3); /* sl keeps them alive */
}

static bool slice_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_KIND(a, OBJ_SLICE) || !IS_KIND(b, OBJ_SLICE)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    Tuple *ta = slice_tuple(S, (Slice *)AS_OBJ(a));
    if (!ta)
        return false;
    awgc_push(S, OBJ_VAL(ta));
    Tuple *tb = slice_tuple(S, (Slice *)AS_OBJ(b));
    bool ok = tb != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(tb));
        ok = awobj_richcmp(S, OBJ_VAL(ta), OBJ_VAL(tb), op, out);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool slice_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "slice", argc, kwnames, 1, 3))
        return false;
    Slice *sl;
    if (argc == 1)
        sl = awslice_new(S, NONE_VAL, argv[0], NONE_VAL);
    else
        sl = awslice_new(S, argv[0], argv[1], argc > 2 ? argv[2] : NONE_VAL);
    if (!sl)
        return false;
    *out = OBJ_VAL(sl);
    return true;
}

static bool slice_start(AwState *S, Value self, Value *out)
{
    *out = ((Slice *)AS_OBJ(self))->start;
    return true;
}

static bool slice_stop(AwState *S, Value self, Value *out)
{
    *out = ((Slice *)AS_OBJ(self))->stop;
    return true;
}

static bool slice_step(AwState *S, Value self, Value *out)
{
    *out = ((Slice *)AS_OBJ(self))->step;
    return true;
}

/* ------------------------------------------------------------------ */
/* Slice indices with ints of any size (CPython's                      */
/* _PySlice_GetLongIndices), for slice.indices() and range slicing.    */

/* Integer arithmetic on int Values (small or big). */
static bool arith(AwState *S, int op, Value a, Value b, Value *out)
{
    if (!awnum_binop(S, op, a, b, out))
        return false;
    awgc_push(S, *out); /* the caller resets the root stack */
    return true;
}

static bool long_index(AwState *S, Value v, Value *out)
{
    if (IS_NONE(v) || !awcont_is_index(S, v))
        return awerr_format(S, EXC_TypeError,
                            "slice indices must be integers or None or have "
                            "an __index__ method");
    if (!awobj_index(S, v, out))
        return false;
    awgc_push(S, *out);
    return true;
}

/* One bound: None -> dflt; negative -> += len, at least lower; else at
 * most upper. */
static bool long_bound(AwState *S, Value v, Value len, Value lower,
                       Value upper, Value dflt, Value *out)
{
    if (IS_NONE(v)) {
        *out = dflt;
        return true;
    }
    if (!long_index(S, v, out))
        return false;
    if (awint_sign(*out) < 0) {
        if (!arith(S, BINOP_ADD, *out, len, out))
            return false;
        int lt = awobj_compare(S, *out, lower, CMP_LT);
        if (lt > 0)
            *out = lower;
        return lt >= 0;
    }
    int gt = awobj_compare(S, *out, upper, CMP_GT);
    if (gt > 0)
        *out = upper;
    return gt >= 0;
}

/* out[0..2] = start, stop, step; they and the intermediates are left on
 * the root stack for the caller to pop. len must be rooted. */
static bool long_indices(AwState *S, Slice *sl, Value len, Value *out)
{
    Value step = INT_VAL(1), lower = INT_VAL(0), upper = len;
    if (!IS_NONE(sl->step)) {
        if (!long_index(S, sl->step, &step))
            return false;
        if (awint_sign(step) == 0)
            return awerr_format(S, EXC_ValueError,
                                "slice step cannot be zero");
    }
    bool neg = awint_sign(step) < 0;
    if (neg) {
        lower = INT_VAL(-1);
        if (!arith(S, BINOP_ADD, len, lower, &upper))
            return false;
    }
    out[2] = step;
    return long_bound(S, sl->start, len, lower, upper, neg ? upper : lower,
                      &out[0]) &&
           long_bound(S, sl->stop, len, lower, upper, neg ? lower : upper,
                      &out[1]);
}

static bool m_indices(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    Value len, r[3];
    if (!awcont_nargs(S, "slice.indices", argc - 1, kwnames, 1, 1) ||
        !awobj_index(S, argv[1], &len))
        return false;
    if (awint_sign(len) < 0)
        return awerr_format(S, EXC_ValueError,
                            "length should not be negative");
    size_t base = S->nroots;
    awgc_push(S, len);
    bool ok = long_indices(S, (Slice *)AS_OBJ(argv[0]), len, r);
    Tuple *t = ok ? awtuple_from_array(S, r, 3) : NULL;
    S->nroots = base;
    if (!t)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

static const MethodDef slice_methods[] = {
    {"indices", m_indices, MF_METHOD},
    {NULL}
};

static const GetSetDef slice_getset[] = {
    {"start", slice_start, NULL},
    {"stop", slice_stop, NULL},
    {"step", slice_step, NULL},
    {NULL}
};

/* ------------------------------------------------------------------ */
/* range                                                               */

/* A range whose bounds and length fit int64_t is a Range (OBJ_RANGE).
 * Any other is a "long range": an object of type range with the Iterator
 * layout (kind OBJ_ITERATOR, which the GC traces) whose src is the tuple
 * (start, stop, step, len) of ints. Both read as a RangeV. */
typedef struct RangeV {
    Value start, stop, step, len;
} RangeV;

static Range *as_range(Value v) { return (Range *)AS_OBJ(v); }

static bool is_small(Value v) { return IS_KIND(v, OBJ_RANGE); }

/* The values of either kind (ints owned by the range itself). */
static RangeV range_values(Value self)
{
    if (is_small(self)) {
        Range *r = as_range(self);
        return (RangeV){INT_VAL(r->start), INT_VAL(r->stop),
                        INT_VAL(r->step), INT_VAL(r->len)};
    }
    Value *t = AS_TUPLE(((Iterator *)AS_OBJ(self))->src)->items;
    return (RangeV){t[0], t[1], t[2], t[3]};
}

static bool too_big(AwState *S)
{
    return awerr_format(S, EXC_OverflowError,
                        "Python int too large to convert to C ssize_t");
}

/* The number of items, or -1 when it does not fit int64_t. */
static int64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    uint64_t n;
    if (step > 0 && start < stop)
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop)
        n = ((uint64_t)start - (uint64_t)stop - 1) /
                ((uint64_t)0 - (uint64_t)step) + 1;
    else
        return 0;
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

/* CPython's compute_range_length on ints of any size (roots pushed). */
static bool long_length(AwState *S, Value start, Value stop, Value step,
                        Value *out)
{
    Value lo = start, hi = stop;
    if (awint_sign(step) < 0) {
        lo = stop;
        hi = start;
        if (!awnum_unop(S, UNOP_NEG, step, &step))
            return false;
        awgc_push(S, step);
    }
    int ge = awobj_compare(S, lo, hi, CMP_GE);
    if (ge != 0) {
        *out = INT_VAL(0);
        return ge > 0;
    }
    return arith(S, BINOP_SUB, hi, lo, out) &&
           arith(S, BINOP_SUB, *out, INT_VAL(1), out) &&
           arith(S, BINOP_FLOORDIV, *out, step, out) &&
           arith(S, BINOP_ADD, *out, INT_VAL(1), out);
}

static Value small_range(AwState *S, int64_t start, int64_t stop,
                         int64_t step, int64_t len)
{
    Range *r = awgc_alloc(S, TYPE(S, RANGE), OBJ_RANGE, sizeof(Range));
    if (!r)
        return NULL_VAL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return OBJ_VAL(r);
}

/* range(start, stop, step) for ints of any size (step != 0). */
static bool make_range(AwState *S, Value start, Value stop, Value step,
                       Value *out)
{
    if (IS_INT(start) && IS_INT(stop) && IS_INT(step)) {
        int64_t n = range_length(AS_INT(start), AS_INT(stop), AS_INT(step));
        if (n >= 0) {
            *out = small_range(S, AS_INT(start), AS_INT(stop), AS_INT(step),
                               n);
            return !IS_NULL(*out);
        }
    }
    size_t base = S->nroots;
    awgc_push(S, start);
    awgc_push(S, stop);
    awgc_push(S, step);
    Value len;
    bool ok = long_length(S, start, stop, step, &len);
    Tuple *t = NULL;
    if (ok) {
        Value items[4] = {start, stop, step, len};
        ok = (t = awtuple_from_array(S, items, 4)) != NULL;
    }
    if (ok) {
        awgc_push(S, OBJ_VAL(t));
        Iterator *r = awgc_alloc(S, TYPE(S, RANGE), OBJ_ITERATOR,
                                 sizeof(Iterator));
        if ((ok = r != NULL)) {
            r->src = OBJ_VAL(t);
            *out = OBJ_VAL(r);
        }
    }
    S->nroots = base;
    return ok;
}

Value awrange_new(AwState *S, int64_t start, int64_t stop, int64_t step)
{
    Value r;
    return make_range(S, INT_VAL(start), INT_VAL(stop), INT_VAL(step), &r)
               ? r : NULL_VAL;
}

static bool range_repr(AwState *S, Value self, Value *out)
{
    RangeV r = range_values(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "range(");
    bool ok = awbuf_repr(&b, r.start);
    awbuf_puts(&b, ", ");
    ok = ok && awbuf_repr(&b, r.stop);
    if (!IS_INT(r.step) || AS_INT(r.step) != 1) {
        awbuf_puts(&b, ", ");
        ok = ok && awbuf_repr(&b, r.step);
    }
    awbuf_putc(&b, ')');
    String *s = ok ? awbuf_finish(&b) : NULL;
    if (!s) {
        awbuf_free(&b);
        return false;
    }
    *out = OBJ_VAL(s);
    return true;
}

static bool range_len(AwState *S, Value self, int64_t *out)
{
    Value len = range_values(self).len;
    if (!IS_INT(len))
        return too_big(S);
    *out = AS_INT(len);
    return true;
}

static int range_truth(AwState *S, Value self)
{
    return awint_sign(range_values(self).len) != 0;
}

/* The item start + i * step, which fits int64 for 0 <= i < len. */
static int64_t range_item(Range *r, int64_t i)
{
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

/* start + i * step with ints of any size (roots pushed). */
static bool long_item(AwState *S, RangeV *r, Value i, Value *out)
{
    return arith(S, BINOP_MUL, i, r->step, out) &&
           arith(S, BINOP_ADD, r->start, *out, out);
}

static bool range_slice(AwState *S, Value self, Slice *sl, Value *out)
{
    RangeV r = range_values(self);
    Value ix[3], start, stop, step;
    size_t base = S->nroots;
    bool ok = long_indices(S, sl, r.len, ix) &&
              arith(S, BINOP_MUL, ix[2], r.step, &step) &&
              long_item(S, &r, ix[0], &start) &&
              long_item(S, &r, ix[1], &stop) &&
              make_range(S, start, stop, step, out);
    S->nroots = base;
    return ok;
}

/* self[i] for any int i. */
static bool long_getitem(AwState *S, Value self, Value key, Value *out)
{
    RangeV r = range_values(self);
    Value i;
    size_t base = S->nroots;
    bool ok = awobj_index(S, key, &i);
    if (ok) {
        awgc_push(S, i);
        if (awint_sign(i) < 0)
            ok = arith(S, BINOP_ADD, i, r.len, &i);
    }
    int in = -1;
    if (ok)
        in = awint_sign(i) < 0 ? 0 : awobj_compare(S, i, r.len, CMP_LT);
    if (in == 0)
        awerr_format(S, EXC_IndexError, "range object index out of range");
    ok = in > 0 && long_item(S, &r, i, out);
    S->nroots = base;
    return ok;
}

static bool range_getitem(AwState *S, Value self, Value key, Value *out)
{
    if (IS_KIND(key, OBJ_SLICE))
        return range_slice(S, self, (Slice *)AS_OBJ(key), out);
    if (is_small(self) && (IS_INT(key) || IS_BOOL(key))) {
        Range *r = as_range(self);
        int64_t i;
        if (!awseq_index(S, key, r->len, "range object", &i))
            return false;
        *out = INT_VAL(range_item(r, i));
        return true;
    }
    if (!awcont_is_index(S, key))
        return awerr_format(S, EXC_TypeError,
                            "range indices must be integers or slices, not "
                            "%s", awobj_typename(S, key));
    return long_getitem(S, self, key, out);
}

static bool range_has(Range *r, int64_t x)
{
    if (r->step > 0) {
        if (x < r->start || x >= r->stop)
            return false;
        return ((uint64_t)x - (uint64_t)r->start) % (uint64_t)r->step == 0;
    }
    if (x > r->start || x <= r->stop)
        return false;
    return ((uint64_t)r->start - (uint64_t)x) %
               ((uint64_t)0 - (uint64_t)r->step) == 0;
}

/* CPython's range_contains_long for an int x of any size. */
static int long_has(AwState *S, Value self, Value x)
{
    RangeV r = range_values(self);
    if (is_small(self) && IS_INT(x))
        return range_has(as_range(self), AS_INT(x));
    if (is_small(self) && IS_BOOL(x))
        return range_has(as_range(self), AS_BOOL(x));
    bool up = awint_sign(r.step) > 0;
    int in = awobj_compare(S, up ? r.start : x, up ? x : r.start, CMP_LE);
    if (in > 0)
        in = awobj_compare(S, up ? x : r.stop, up ? r.stop : x, CMP_LT);
    if (in <= 0)
        return in;
    size_t base = S->nroots;
    Value d;
    in = arith(S, BINOP_SUB, x, r.start, &d) &&
         arith(S, BINOP_MOD, d, r.step, &d) ? awint_sign(d) == 0 : -1;
    S->nroots = base;
    return in;
}

static bool is_exact_int(AwState *S, Value x)
{
    return IS_INT(x) || IS_BOOL(x) ||
           (IS_BIGINT(x) && AS_OBJ(x)->type == TYPE(S, INT));
}

/* Linear search for a non-int x by ==: the first position (-1 when
 * absent) or, with count, the number of matches; -2 on error. */
static int64_t range_search(AwState *S, Value self, Value x, bool count)
{
    RangeV r = range_values(self);
    int64_t n = 0;
    size_t base = S->nroots;
    for (int64_t i = 0; i < INT64_MAX; i++) {
        int more = awobj_compare(S, INT_VAL(i), r.len, CMP_LT);
        if (more <= 0)
            return more < 0 ? -2 : count ? n : -1;
        Value v = INT_VAL(0);
        bool ok = true;
        if (is_small(self))
            v = INT_VAL(range_item(as_range(self), i));
        else
            ok = long_item(S, &r, INT_VAL(i), &v);
        int eq = ok ? awobj_eq(S, v, x) : -1;
        S->nroots = base;
        if (eq < 0)
            return -2;
        if (eq > 0 && !count)
            return i;
        n += eq > 0;
    }
    return count ? n : -1;
}

static int range_contains(AwState *S, Value self, Value x)
{
    if (is_exact_int(S, x))
        return long_has(S, self, x);
    int64_t i = range_search(S, self, x, false);
    return i == -2 ? -1 : i >= 0;
}

static bool range_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    Type *t = TYPE(S, RANGE);
    if (!IS_OBJ(a) || AS_OBJ(a)->type != t || !IS_OBJ(b) ||
        AS_OBJ(b)->type != t || (op != CMP_EQ && op != CMP_NE)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    RangeV x = range_values(a), y = range_values(b);
    int eq = aw_value_is(a, b) ? 1 : awobj_eq(S, x.len, y.len);
    if (eq > 0 && awint_sign(x.len) != 0) {
        eq = awobj_eq(S, x.start, y.start);
        if (eq > 0 && !(IS_INT(x.len) && AS_INT(x.len) == 1))
            eq = awobj_eq(S, x.step, y.step);
    }
    if (eq < 0)
        return false;
    *out = BOOL_VAL((eq > 0) == (op == CMP_EQ));
    return true;
}

/* hash((len, start, step)) with None for what does not matter. */
static bool range_hash(AwState *S, Value self, int64_t *out)
{
    RangeV r = range_values(self);
    Value items[3] = {r.len, NONE_VAL, NONE_VAL};
    if (awint_sign(r.len) != 0) {
        items[1] = r.start;
        if (!IS_INT(r.len) || AS_INT(r.len) != 1)
            items[2] = r.step;
    }
    Tuple *t = awtuple_from_array(S, items, 3);
    if (!t)
        return false;
    awgc_push(S, OBJ_VAL(t));
    bool ok = awobj_hash(S, OBJ_VAL(t), out);
    awgc_pop(S, 1);
    return ok;
}

/* range_iterator. Small: index = the next value, end = stop, step = step
 * (the VM may inline FOR_ITER on this layout). Long: index = end = 0,
 * step = 1 (so that an inlined loop defers to next), aux = the next
 * value, src = the tuple (stop, step). */
static bool long_iter(AwState *S, Value first, Value stop, Value step,
                      Value *out)
{
    Value items[3] = {stop, step, first};
    awgc_push(S, first);
    awgc_push(S, stop);
    awgc_push(S, step);
    Tuple *t = awtuple_from_array(S, items, 2);
    Iterator *it = NULL;
    if (t) {
        awgc_push(S, OBJ_VAL(t));
        it = awcont_iter_new(S, TYPE(S, RANGE_ITER), OBJ_VAL(t));
        awgc_pop(S, 1);
    }
    awgc_pop(S, 3);
    if (!it)
        return false;
    it->aux = items[2];
    it->step = 1;
    *out = OBJ_VAL(it);
    return true;
}

static bool range_iter(AwState *S, Value self, Value *out)
{
    if (!is_small(self)) {
        RangeV r = range_values(self);
        return long_iter(S, r.start, r.stop, r.step, out);
    }
    Range *r = as_range(self);
    Iterator *it = awcont_iter_new(S, TYPE(S, RANGE_ITER), self);
    if (!it)
        return false;
    it->index = r->start;
    it->end = r->stop;
    it->step = r->step;
    *out = OBJ_VAL(it);
    return true;
}

static bool range_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    Value a[3] = {INT_VAL(0), NULL_VAL, INT_VAL(1)};
    if (!awcont_nargs(S, "range", argc, kwnames, 1, 3))
        return false;
    for (int i = 0; i < argc; i++) {
        int k = argc == 1 ? 1 : i;
        if (!awobj_index(S, argv[i], &a[k]))
            return false;
        argv[i] = a[k]; /* keep a big int rooted */
    }
    if (awint_sign(a[2]) == 0)
        return awerr_format(S, EXC_ValueError,
                            "range() arg 3 must not be zero");
    return make_range(S, a[0], a[1], a[2], out);
}

static int long_next(AwState *S, Iterator *it, Value *out)
{
    Value *t = AS_TUPLE(it->src)->items;
    int done = awobj_compare(S, it->aux, t[0],
                             awint_sign(t[1]) > 0 ? CMP_GE : CMP_LE);
    if (done != 0) {
        it->aux = it->src = NULL_VAL;
        return done > 0 ? 0 : -1;
    }
    Value next;
    *out = it->aux;
    if (!awnum_binop(S, BINOP_ADD, it->aux, t[1], &next))
        return -1;
    it->aux = next;
    return 1;
}

static int rangeiter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (!IS_NULL(it->aux))
        return long_next(S, it, out);
    if (it->step > 0 ? it->index >= it->end : it->index <= it->end)
        return 0;
    *out = INT_VAL(it->index);
    if (__builtin_add_overflow(it->index, it->step, &it->index))
        it->index = it->end;
    return 1;
}

static bool rangeiter_length_hint(AwState *S, int argc, Value *argv,
                                  Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);
    int64_t n = IS_NULL(it->aux) ? range_length(it->index, it->end, it->step)
                                 : 0;
    *out = INT_VAL(n < 0 ? INT64_MAX : n);
    return true;
}

static bool m_count(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "range.count", argc - 1, kwnames, 1, 1))
        return false;
    int64_t n = is_exact_int(S, argv[1]) ? long_has(S, argv[0], argv[1])
                                         : range_search(S, argv[0], argv[1],
                                                        true);
    if (n < 0)
        return false;
    *out = INT_VAL(n);
    return true;
}

/* (x - start) // step for an x in the range. */
static bool long_index_of(AwState *S, Value self, Value x, Value *out)
{
    RangeV r = range_values(self);
    size_t base = S->nroots;
    bool ok = arith(S, BINOP_SUB, x, r.start, out) &&
              arith(S, BINOP_FLOORDIV, *out, r.step, out);
    S->nroots = base;
    return ok;
}

static bool m_index(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "range.index", argc - 1, kwnames, 1, 1))
        return false;
    Value x = argv[1];
    if (!is_exact_int(S, x)) {
        int64_t i = range_search(S, argv[0], x, false);
        if (i >= 0)
            *out = INT_VAL(i);
        else if (i == -1)
            awerr_format(S, EXC_ValueError,
                         "sequence.index(x): x not in sequence");
        return i >= 0;
    }
    int in = long_has(S, argv[0], x);
    if (in > 0)
        return long_index_of(S, argv[0], x, out);
    Value rep;
    if (in < 0 || !awobj_repr(S, x, &rep))
        return false;
    return awerr_format(S, EXC_ValueError, "%s is not in range",
                        AS_STR(rep)->data);
}

/* reversed(r): from the last item down by -step to start - step. */
static bool long_reversed(AwState *S, Value self, Value *out)
{
    RangeV r = range_values(self);
    Value last, stop, step;
    size_t base = S->nroots;
    bool ok = arith(S, BINOP_SUB, r.len, INT_VAL(1), &last) &&
              long_item(S, &r, last, &last) &&
              arith(S, BINOP_SUB, r.start, r.step, &stop) &&
              awnum_unop(S, UNOP_NEG, r.step, &step);
    if (ok) {
        awgc_push(S, step);
        ok = long_iter(S, last, stop, step, out);
    }
    S->nroots = base;
    return ok;
}

static bool m_reversed(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "range.__reversed__", argc - 1, kwnames, 0, 0))
        return false;
    int64_t end;
    if (!is_small(argv[0]) || as_range(argv[0])->step == INT64_MIN ||
        __builtin_sub_overflow(as_range(argv[0])->start,
                               as_range(argv[0])->step, &end))
        return long_reversed(S, argv[0], out);
    Range *r = as_range(argv[0]);
    Iterator *it = awcont_iter_new(S, TYPE(S, RANGE_ITER), argv[0]);
    if (!it)
        return false;
    *out = OBJ_VAL(it);
    if (r->len == 0) {
        it->step = 1; /* index 0 >= end 0: exhausted */
        return true;
    }
    it->index = range_item(r, r->len - 1);
    it->step = -r->step;
    it->end = end;
    return true;
}

static bool range_start(AwState *S, Value self, Value *out)
{
    *out = range_values(self).start;
    return true;
}

static bool range_stop(AwState *S, Value self, Value *out)
{
    *out = range_values(self).stop;
    return true;
}

static bool range_step(AwState *S, Value self, Value *out)
{
    *out = range_values(self).step;
    return true;
}

static const MethodDef range_methods[] = {
    {"count", m_count, MF_METHOD},
    {"index", m_index, MF_METHOD},
    {"__reversed__", m_reversed, MF_METHOD},
    {"__iter__", awcont_m_iter, MF_METHOD},
    {NULL}
};

static const GetSetDef range_getset[] = {
    {"start", range_start, NULL},
    {"stop", range_stop, NULL},
    {"step", range_step, NULL},
    {NULL}
};

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, MF_METHOD},
    {NULL}
};

static bool init_slice(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_SLICE, "slice", TYPE(S, OBJECT),
                                 OBJ_SLICE, sizeof(Slice));
    if (!t)
        return false;
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->repr = slice_repr;
    t->hash = NULL;
    t->richcmp = slice_richcmp;
    t->new_ = slice_new;
    t->getset = slice_getset;
    return awtype_add_methods(S, t, slice_methods);
}

bool awrange_types_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_RANGE, "range", TYPE(S, OBJECT),
                                 OBJ_RANGE, sizeof(Range));
    if (!t)
        return false;
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->repr = range_repr;
    t->hash = range_hash;
    t->richcmp = range_richcmp;
    t->len = range_len;
    t->truth = range_truth;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->iter = range_iter;
    t->new_ = range_new;
    t->getset = range_getset;
    if (!awtype_add_methods(S, t, range_methods))
        return false;
    Type *it = awcont_iter_type(S, TY_RANGE_ITER, "range_iterator",
                                rangeiter_next);
    return it && awtype_add_methods(S, it, rangeiter_methods) &&
           init_slice(S);
}
