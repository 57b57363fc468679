/* The copy module: copy and deepcopy as CPython's copy.py defines them.
 * Builtin containers have direct copiers; everything else follows the
 * pickle protocol's path (__copy__/__deepcopy__, then a reconstruction
 * from __new__, the instance state and the list or dict items), with the
 * memo dict keyed by id() so that shared and cyclic structures keep their
 * shape. */
#include <string.h>

#include "stdlib/modules.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

static bool deep(AwState *S, Value x, Dict *memo, Value *out);

static bool is_exact(AwState *S, Value x, TypeId id)
{
    return awobj_type(S, x) == S->types[id];
}

static Value id_key(Value x)
{
    return INT_VAL((int64_t)(uintptr_t)AS_OBJ(x));
}

/* The value an attribute lookup by C name gives: 1, 0 when absent, -1. */
static int attr_opt(AwState *S, Value o, const char *name, Value *out)
{
    String *s = awstr_intern_cstr(S, name);
    if (s == NULL)
        return -1;
    return awobj_getattr_opt(S, o, s, out);
}

static bool call_method(AwState *S, Value o, const char *name, int argc,
                        Value *argv, Value *out)
{
    Value m;
    int r = attr_opt(S, o, name, &m);
    if (r == 0)
        return awerr_attribute(S, o, awstr_intern_cstr(S, name));
    if (r < 0)
        return false;
    awgc_push(S, m);
    bool ok = awobj_call(S, m, argc, argv, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Types copied as themselves                                          */

/* copy's _copy_dispatch immutables and deepcopy's _deepcopy_atomic:
 * exact builtin types only (a subclass instance is reconstructed). */
static bool is_atomic(AwState *S, Value x, bool deep)
{
    if (!IS_OBJ(x))
        return true;
    static const TypeId both[] = {
        TY_NONE, TY_BOOL, TY_INT, TY_FLOAT, TY_STR, TY_BYTES, TY_RANGE,
        TY_FUNCTION, TY_BUILTIN_FUNC, TY_CODE, TY_NOTIMPL, TY_ELLIPSIS,
    };
    Type *t = awobj_type(S, x);
    if (IS_TYPE(x))
        return true;
    for (size_t i = 0; i < sizeof both / sizeof *both; i++)
        if (t == S->types[both[i]])
            return true;
    return !deep && (t == TYPE(S, TUPLE) || t == TYPE(S, FROZENSET) ||
                     t == TYPE(S, SLICE));
}

/* ------------------------------------------------------------------ */
/* Reconstruction: the __reduce_ex__ path of copy.py's _reconstruct     */

/* memo[id(memo)].append(x), copy.py's _keep_alive: the ids in the memo
 * stay valid while the memo lives. */
static bool keep_alive(AwState *S, Dict *memo, Value x)
{
    Value key = id_key(OBJ_VAL(memo)), l;
    int r = awdict_get(S, memo, key, &l);
    if (r < 0)
        return false;
    if (r > 0)
        return IS_LIST(l) ? awlist_append(S, AS_LIST(l), x)
                          : call_method(S, l, "append", 1, &x, &l);
    List *nl = awlist_new(S, 1);
    return nl && awlist_append(S, nl, x) &&
           awdict_set(S, memo, key, OBJ_VAL(nl));
}

static bool memo_put(AwState *S, Dict *memo, Value x, Value y)
{
    awgc_push(S, y);
    bool ok = awdict_set(S, memo, id_key(x), y) && keep_alive(S, memo, x);
    awgc_pop(S, 1);
    return ok;
}

/* Adds the value of slot `name` of x to *slots (a new dict on first
 * use). An unset slot is left out. */
static bool add_slot(AwState *S, Value x, Value name, Value *slots)
{
    if (!IS_STR(name) || strcmp(AS_STR(name)->data, "__dict__") == 0 ||
        strcmp(AS_STR(name)->data, "__weakref__") == 0)
        return true;
    Value v;
    int r = awobj_getattr_opt(S, x, AS_STR(name), &v);
    if (r <= 0)
        return r == 0;
    awgc_push(S, v);
    if (IS_NULL(*slots)) {
        Dict *d = awdict_new(S);
        *slots = d ? OBJ_VAL(d) : NULL_VAL;
    }
    bool ok = !IS_NULL(*slots) &&
              awdict_set_str(S, AS_DICT(*slots), AS_STR(name), v);
    awgc_pop(S, 1);
    return ok;
}

/* object.__getstate__ with __slots__: (dict or None, {slot: value}),
 * the slot names gathered along the MRO as copyreg._slotnames does
 * (private names are not mangled here). */
static bool slot_state(AwState *S, Value x, Value *state)
{
    Tuple *mro = awobj_type(S, x)->mro;
    String *key = awstr_intern_cstr(S, "__slots__");
    if (key == NULL || mro == NULL)
        return key != NULL;
    Value *slots = S->roots + S->nroots;
    awgc_push(S, NULL_VAL);
    bool ok = true;
    for (size_t i = 0; ok && i < mro->len; i++) {
        Dict *td = AS_TYPE(mro->items[i])->dict;
        Value names = td ? awdict_get_str(S, td, key) : NULL_VAL;
        if (IS_STR(names)) {
            ok = add_slot(S, x, names, slots);
        } else if (IS_TUPLE(names) || IS_LIST(names)) {
            Value h, *items;
            size_t n;
            ok = awseq_fast(S, names, "", &h, &items, &n);
            for (size_t k = 0; ok && k < n; k++)
                ok = add_slot(S, x, items[k], slots);
        }
    }
    if (ok && !IS_NULL(*slots)) {
        Value pair[2] = {*state, *slots};
        Tuple *t = awtuple_from_array(S, pair, 2);
        ok = t != NULL;
        if (ok)
            *state = OBJ_VAL(t);
    }
    awgc_pop(S, 1);
    return ok;
}

/* The state pickle would save: __getstate__() when the class defines it,
 * else a non-empty __dict__, else None. */
static bool get_state(AwState *S, Value x, Value *out)
{
    String *gs = awstr_intern_cstr(S, "__getstate__");
    if (gs == NULL)
        return false;
    Value m = awtype_lookup(S, awobj_type(S, x), gs);
    bool inherited = IS_NULL(m) || (IS_CFUNCTION(m) &&
                                    AS_CFUNCTION(m)->owner == TYPE(S, OBJECT));
    if (!inherited)
        return call_method(S, x, "__getstate__", 0, NULL, out);
    *out = NONE_VAL;
    Value d;
    int r = attr_opt(S, x, "__dict__", &d);
    if (r < 0)
        return false;
    if (r > 0 && IS_DICT(d) && AS_DICT(d)->len > 0)
        *out = d;
    return slot_state(S, x, out);
}

/* y.__setstate__(state), or y.__dict__.update(state) and the slot
 * values of a (state, slotstate) pair. */
static bool set_state(AwState *S, Value y, Value state)
{
    Value m, r;
    int found = attr_opt(S, y, "__setstate__", &m);
    if (found < 0)
        return false;
    if (found) {
        awgc_push(S, m);
        bool ok = awobj_call(S, m, 1, &state, NULL, &r);
        awgc_pop(S, 1);
        return ok;
    }
    Value slots = NONE_VAL;
    if (IS_TUPLE(state) && AS_TUPLE(state)->len == 2) {
        slots = AS_TUPLE(state)->items[1];
        state = AS_TUPLE(state)->items[0];
    }
    if (!IS_NONE(state)) {
        Value d;
        if (!awobj_getattr(S, y, NAME(S, dict), &d))
            return false;
        if (!(IS_DICT(d) ? awdict_update(S, AS_DICT(d), state)
                         : call_method(S, d, "update", 1, &state, &r)))
            return false;
    }
    if (!IS_DICT(slots))
        return true;
    size_t pos = 0;
    Value k, v;
    while (awdict_next(AS_DICT(slots), &pos, &k, &v))
        if (!IS_STR(k) || !awobj_setattr(S, y, AS_STR(k), v))
            return IS_STR(k) ? false
                             : awerr_format(S, EXC_TypeError,
                                            "attribute name must be "
                                            "string");
    return true;
}

/* A copy of an item: itself for copy, its deep copy for deepcopy. */
static bool item_copy(AwState *S, Value x, Dict *memo, Value *out)
{
    if (memo == NULL) {
        *out = x;
        return true;
    }
    return deep(S, x, memo, out);
}

/* The list items and dict items of a list or dict subclass instance, as
 * _reconstruct adds them: y.append(item) and y[key] = value. */
static bool copy_items(AwState *S, Value x, Value y, Dict *memo)
{
    Value *r = S->roots + S->nroots;
    awgc_push(S, NULL_VAL);
    awgc_push(S, NULL_VAL);
    bool ok = true;
    if (IS_LIST(x)) {
        for (size_t i = 0; ok && i < AS_LIST(x)->len; i++)
            ok = item_copy(S, AS_LIST(x)->items[i], memo, &r[0]) &&
                 call_method(S, y, "append", 1, &r[0], &r[1]);
    } else if (IS_DICT(x)) {
        size_t pos = 0;
        Value k, v;
        while (ok && awdict_next(AS_DICT(x), &pos, &k, &v)) {
            r[1] = v;
            ok = item_copy(S, k, memo, &r[0]) &&
                 item_copy(S, r[1], memo, &r[1]) &&
                 awobj_setitem(S, y, r[0], r[1]);
        }
    }
    awgc_pop(S, 2);
    return ok;
}

/* cls.__new__(cls), with the value of a str, bytes or tuple subclass
 * instance as __getnewargs__ gives it. Only classes made by a class
 * statement: other builtin objects cannot be pickled, hence copied. An
 * instance of an int or float class passes its number. */
static bool make_new(AwState *S, Value x, Type *t, Value *out)
{
    if (!(t->tflags & TF_HEAPTYPE))
        return awerr_format(S, EXC_TypeError, "cannot pickle '%s' object",
                            t->name->data);
    Value args[2] = {OBJ_VAL(t), NULL_VAL}, m;
    Obj *o = AS_OBJ(x);
    if (o->kind == OBJ_STR)
        args[1] = OBJ_VAL(awstr_new(S, AS_STR(x)->data, AS_STR(x)->len));
    else if (o->kind == OBJ_BYTES)
        args[1] = OBJ_VAL(awbytes_new(S, AS_BYTES(x)->data,
                                      AS_BYTES(x)->len));
    else if (o->kind == OBJ_TUPLE)
        args[1] = OBJ_VAL(awtuple_from_array(S, AS_TUPLE(x)->items,
                                             AS_TUPLE(x)->len));
    else if (t->tflags & TF_BOXED)
        args[1] = awclass_unbox(x); /* the int or float it holds */
    if (IS_OBJ(args[1]) && AS_OBJ(args[1]) == NULL)
        return false;
    awgc_push(S, args[1]);
    bool ok = awobj_getattr(S, args[0], NAME(S, new), &m);
    if (ok) {
        awgc_push(S, m);
        ok = awobj_call(S, m, IS_NULL(args[1]) ? 1 : 2, args, NULL, out);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* The new object before its state: cls(*args) for exceptions, sets and
 * slices (their __reduce__), else cls.__new__(cls[, value]). */
static bool make_empty(AwState *S, Value x, Dict *memo, Value *out)
{
    Type *t = awobj_type(S, x);
    Value cls = OBJ_VAL(t), args;
    Obj *o = AS_OBJ(x);
    if (o->kind == OBJ_EXCEPTION)
        args = OBJ_VAL(((Exception *)o)->args);
    else if (o->kind == OBJ_SET) {
        List *l = awlist_from_iterable(S, x);
        if (l == NULL)
            return false;
        args = OBJ_VAL(l);
    } else if (o->kind == OBJ_SLICE) {
        Slice *sl = (Slice *)o;
        Value v[3] = {sl->start, sl->stop, sl->step};
        Tuple *tu = awtuple_from_array(S, v, 3);
        if (tu == NULL)
            return awerr_nomem(S);
        args = OBJ_VAL(tu);
    } else {
        return make_new(S, x, t, out);
    }
    awgc_push(S, args);
    bool ok = item_copy(S, args, memo, &args);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, args);
    if (o->kind == OBJ_SET)
        ok = awobj_call(S, cls, 1, &args, NULL, out);
    else
        ok = awobj_call(S, cls, (int)AS_TUPLE(args)->len,
                        AS_TUPLE(args)->items, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

/* copy.py's _reconstruct: the empty object, memoized at once (so that
 * cycles through it close), then its state, then its items. */
static bool reconstruct(AwState *S, Value x, Dict *memo, Value *out)
{
    Value *r = S->roots + S->nroots;
    awgc_push(S, NULL_VAL); /* y */
    awgc_push(S, NULL_VAL); /* state */
    bool ok = make_empty(S, x, memo, &r[0]) &&
              (memo == NULL || memo_put(S, memo, x, r[0])) &&
              get_state(S, x, &r[1]);
    if (ok && !IS_NONE(r[1]))
        ok = item_copy(S, r[1], memo, &r[1]) && set_state(S, r[0], r[1]);
    if (ok && (awobj_type(S, x)->tflags & TF_HEAPTYPE))
        ok = copy_items(S, x, r[0], memo);
    *out = r[0];
    awgc_pop(S, 2);
    return ok;
}

/* ------------------------------------------------------------------ */
/* copy                                                                */

static bool shallow(AwState *S, Value x, Value *out)
{
    if (is_atomic(S, x, false)) {
        *out = x;
        return true;
    }
    Obj *o = NULL;
    if (is_exact(S, x, TY_LIST))
        o = (Obj *)awlist_from_iterable(S, x);
    else if (is_exact(S, x, TY_DICT))
        o = (Obj *)awdict_copy(S, AS_DICT(x));
    else if (is_exact(S, x, TY_SET))
        o = (Obj *)awset_from_iterable(S, x, false);
    if (o != NULL) {
        *out = OBJ_VAL(o);
        return true;
    }
    if (awerr_occurred(S))
        return false;
    if (IS_KIND(x, OBJ_BOUND_METHOD)) {
        BoundMethod *bm = (BoundMethod *)AS_OBJ(x);
        *out = awmethod_new(S, bm->self, bm->func);
        return !IS_NULL(*out);
    }
    Value m;
    int r = attr_opt(S, OBJ_VAL(awobj_type(S, x)), "__copy__", &m);
    if (r < 0)
        return false;
    if (r > 0) {
        awgc_push(S, m);
        bool ok = awobj_call(S, m, 1, &x, NULL, out);
        awgc_pop(S, 1);
        return ok;
    }
    return reconstruct(S, x, NULL, out);
}

/* ------------------------------------------------------------------ */
/* deepcopy                                                            */

static bool deep_list(AwState *S, Value x, Dict *memo, Value *out)
{
    List *y = awlist_new(S, AS_LIST(x)->len);
    if (y == NULL)
        return false;
    *out = OBJ_VAL(y);
    awgc_push(S, *out);
    bool ok = memo_put(S, memo, x, *out);
    for (size_t i = 0; ok && i < AS_LIST(x)->len; i++) {
        Value v;
        ok = deep(S, AS_LIST(x)->items[i], memo, &v) &&
             awlist_append(S, y, v);
    }
    awgc_pop(S, 1);
    return ok;
}

/* A tuple whose items all copy to themselves is its own copy; one that
 * was reached again while its items were copied (a cycle through a list)
 * is the copy made then. */
static bool deep_tuple(AwState *S, Value x, Dict *memo, Value *out)
{
    Tuple *t = AS_TUPLE(x);
    List *tmp = awlist_new(S, t->len);
    if (tmp == NULL)
        return false;
    awgc_push(S, OBJ_VAL(tmp));
    bool ok = true, same = true;
    for (size_t i = 0; ok && i < t->len; i++) {
        Value v;
        ok = deep(S, t->items[i], memo, &v) && awlist_append(S, tmp, v);
        same = same && aw_value_is(v, t->items[i]);
    }
    int r = ok ? awdict_get(S, memo, id_key(x), out) : -1;
    if (r == 0) {
        Tuple *y = same ? t : awtuple_from_array(S, tmp->items, tmp->len);
        *out = OBJ_VAL(y);
        r = y ? 1 : -1;
    }
    awgc_pop(S, 1);
    return r > 0;
}

static bool deep_dict(AwState *S, Value x, Dict *memo, Value *out)
{
    Dict *y = awdict_new(S);
    if (y == NULL)
        return false;
    *out = OBJ_VAL(y);
    Value *r = S->roots + S->nroots;
    awgc_push(S, *out);
    awgc_push(S, NULL_VAL);
    awgc_push(S, NULL_VAL);
    bool ok = memo_put(S, memo, x, *out);
    size_t pos = 0;
    Value k, v;
    while (ok && awdict_next(AS_DICT(x), &pos, &k, &v)) {
        r[2] = v;
        ok = deep(S, k, memo, &r[1]) && deep(S, r[2], memo, &r[2]) &&
             awdict_set(S, y, r[1], r[2]);
    }
    awgc_pop(S, 3);
    return ok;
}

/* A bound method: type(x)(x.__func__, deepcopy(x.__self__, memo)). */
static bool deep_method(AwState *S, Value x, Dict *memo, Value *out)
{
    BoundMethod *bm = (BoundMethod *)AS_OBJ(x);
    Value self;
    if (!deep(S, bm->self, memo, &self))
        return false;
    awgc_push(S, self);
    *out = awmethod_new(S, self, bm->func);
    awgc_pop(S, 1);
    return !IS_NULL(*out);
}

static bool deep_dispatch(AwState *S, Value x, Dict *memo, Value *out)
{
    if (is_atomic(S, x, true)) {
        *out = x;
        return true;
    }
    if (is_exact(S, x, TY_LIST))
        return deep_list(S, x, memo, out);
    if (is_exact(S, x, TY_TUPLE))
        return deep_tuple(S, x, memo, out);
    if (is_exact(S, x, TY_DICT))
        return deep_dict(S, x, memo, out);
    if (IS_KIND(x, OBJ_BOUND_METHOD))
        return deep_method(S, x, memo, out);
    Value m;
    int r = attr_opt(S, x, "__deepcopy__", &m);
    if (r < 0)
        return false;
    if (r > 0) {
        Value mv = OBJ_VAL(memo);
        awgc_push(S, m);
        bool ok = awobj_call(S, m, 1, &mv, NULL, out);
        awgc_pop(S, 1);
        return ok;
    }
    return reconstruct(S, x, memo, out);
}

/* copy.py's deepcopy: the memo first, then the copier; a copy that is
 * not x itself is memoized (and x kept alive). */
static bool deep(AwState *S, Value x, Dict *memo, Value *out)
{
    if (!IS_OBJ(x)) {
        *out = x;
        return true;
    }
    int r = awdict_get(S, memo, id_key(x), out);
    if (r != 0)
        return r > 0;
    if (!awstate_c_enter(S, NULL))
        return false;
    awgc_push(S, x);
    bool ok = deep_dispatch(S, x, memo, out);
    if (ok && !aw_value_is(*out, x))
        ok = memo_put(S, memo, x, *out);
    awgc_pop(S, 1);
    AW_C_LEAVE(S);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static bool f_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    static const char *const kw[] = {"x"};
    Value a[1];
    if (!awarg_unpack(S, "copy", argc, argv, kwnames, 1, 1, kw, a))
        return false;
    return shallow(S, a[0], out);
}

static bool f_deepcopy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    static const char *const kw[] = {"x", "memo", "_nil"};
    Value a[3];
    if (!awarg_unpack(S, "deepcopy", argc, argv, kwnames, 1, 3, kw, a))
        return false;
    if (!IS_NULL(a[1]) && !IS_NONE(a[1])) {
        if (!IS_DICT(a[1]))
            return awerr_format(S, EXC_TypeError,
                                "deepcopy() memo must be a dict, not %s",
                                awobj_typename(S, a[1]));
        return deep(S, a[0], AS_DICT(a[1]), out);
    }
    Dict *memo = awdict_new(S);
    if (memo == NULL)
        return false;
    awgc_push(S, OBJ_VAL(memo));
    bool ok = deep(S, a[0], memo, out);
    awgc_pop(S, 1);
    return ok;
}

static const MethodDef copy_funcs[] = {
    {"copy", f_copy, MF_STATIC},
    {"deepcopy", f_deepcopy, MF_STATIC},
    {NULL, NULL, 0},
};

bool awmod_copy_init(AwState *S, Module *m)
{
    Type *err = awtype_new(S, "Error", EXC_TYPE(S, Exception), OBJ_EXCEPTION,
                           sizeof(Exception));
    if (err == NULL)
        return false;
    err->tflags |= TF_BASETYPE | TF_EXCEPTION;
    awgc_push(S, OBJ_VAL(err));
    err->module = awstr_intern_cstr(S, "copy");
    bool ok = err->module && awmodule_set(S, m, "Error", OBJ_VAL(err)) &&
              awmodule_set(S, m, "error", OBJ_VAL(err));
    awgc_pop(S, 1);
    return ok && awmodule_add_funcs(S, m, copy_funcs);
}
