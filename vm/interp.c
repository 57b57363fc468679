/* The bytecode interpreter: one dispatch loop that runs aw-to-aw calls
 * without C recursion, with inline fast paths for small ints, floats,
 * globals, calls and range/list loops; exception unwinding through the
 * exception tables; awobj_call and the entry points from C. */
#include <string.h>

#include "lang/opcodes.h"
#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/agen.h"
#include "vm/gen.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/limit.h"
#include "vm/num.h"
#include "vm/str.h"

#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define NOINLINE
#define ALWAYS_INLINE inline
#endif

static bool execute(AwState *S, Frame *entry, Value *out);

/* ------------------------------------------------------------------ */
/* Errors                                                              */

static NOINLINE bool name_error(AwState *S, String *name)
{
    awerr_format(S, EXC_NameError, "name '%s' is not defined", name->data);
    if (IS_EXCEPTION(S->exc)) {
        /* NameError.name, for the traceback's "Did you mean" */
        String *key = awstr_intern_cstr(S, "name");
        if (key != NULL)
            (void)awexc_set_attr(S, AS_EXCEPTION(S->exc), key,
                                 OBJ_VAL(name));
    }
    return false;
}

static NOINLINE bool unbound_local(AwState *S, Code *co, uint32_t slot)
{
    return awerr_format(S, EXC_UnboundLocalError,
                        "cannot access local variable '%s' where it is not "
                        "associated with a value",
                        co->localnames[slot]->data);
}

static NOINLINE bool unbound_deref(AwState *S, Code *co, uint32_t slot)
{
    if (slot < co->nlocals + co->ncells)
        return unbound_local(S, co, slot);
    return awerr_format(S, EXC_NameError,
                        "cannot access free variable '%s' where it is not "
                        "associated with a value in enclosing scope",
                        co->localnames[slot]->data);
}

/* CPython's _PyObject_FunctionStr: "mod.qualname()", "qualname()" for
 * builtins, else str(f). The result is rooted by the caller. */
static String *func_str(AwState *S, Value f)
{
    if (IS_NULL(f))
        return awstr_cstr(S, "function");
    if (IS_KIND(f, OBJ_BOUND_METHOD))
        f = ((BoundMethod *)AS_OBJ(f))->func;
    if (IS_FUNCTION(f)) {
        Function *fn = AS_FUNCTION(f);
        if (IS_STR(fn->module) && strcmp(AS_STR(fn->module)->data,
                                         "builtins") != 0)
            return awstr_printf(S, "%s.%s()", AS_STR(fn->module)->data,
                                fn->qualname->data);
        return awstr_printf(S, "%s()", fn->qualname->data);
    }
    if (IS_CFUNCTION(f)) {
        CFunction *cf = AS_CFUNCTION(f);
        if (cf->owner != NULL)
            return awstr_printf(S, "%s.%s()", cf->owner->name->data,
                                cf->name);
        return awstr_printf(S, "%s()", cf->name);
    }
    if (IS_TYPE(f)) {
        Type *t = AS_TYPE(f);
        if (t->module == NULL || t->module == NAME(S, builtins))
            return awstr_printf(S, "%s()", t->qualname->data);
        return awstr_printf(S, "%s.%s()", t->module->data,
                            t->qualname->data);
    }
    Value s;
    return awobj_str(S, f, &s) ? AS_STR(s) : NULL;
}

/* "<func> <msg>" TypeErrors about a call's * and ** arguments. */
static NOINLINE bool call_arg_error(AwState *S, Value func, const char *msg,
                                    Value arg)
{
    String *fs = func_str(S, func);
    if (fs == NULL)
        return false;
    awgc_push(S, OBJ_VAL(fs));
    if (IS_NULL(arg))
        awerr_format(S, EXC_TypeError, "%s %s", fs->data, msg);
    else
        awerr_format(S, EXC_TypeError, "%s %s, not %s", fs->data, msg,
                     awobj_typename(S, arg));
    awgc_pop(S, 1);
    return false;
}

/* ------------------------------------------------------------------ */
/* The global-name cache                                               */

static inline GlobalCacheEntry *gcache_entry(VmCache *vc, String *name,
                                             Dict *g)
{
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)g >> 6);
    return &vc->globals[h & (AWVM_GCACHE_SIZE - 1)];
}

_Static_assert((AWVM_GCACHE_SIZE & (AWVM_GCACHE_SIZE - 1)) == 0,
               "the cache size is a power of two");

static inline bool key_is(Value key, String *name)
{
    if (key.tag != VT_OBJ)
        return false;
    if (key.as.o == (Obj *)name)
        return true;
    return key.as.o->kind == OBJ_STR && awstr_equal((String *)key.as.o,
                                                    name);
}

/* A hit reads the value from the live dict entry the cache points to,
 * after checking that it still holds name. */
static inline Value *gcache_hit(GlobalCacheEntry *e, String *name, Dict *g,
                                Dict *b)
{
    Dict *d = g;
    int32_t i = e->gindex;
    if (i < 0) {
        if (e->gversion != g->version || e->builtins != b)
            return NULL;
        d = b;
        i = e->bindex;
    }
    if ((size_t)i >= d->nentries || !key_is(d->entries[i].key, name))
        return NULL;
    return &d->entries[i].value;
}

static int32_t entry_index(Dict *d, String *name)
{
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key.tag == VT_OBJ &&
            d->entries[i].key.as.o == (Obj *)name)
            return (int32_t)i;
    for (size_t i = 0; i < d->nentries; i++)
        if (key_is(d->entries[i].key, name))
            return (int32_t)i;
    return -1;
}

static NOINLINE bool load_global_slow(AwState *S, GlobalCacheEntry *e,
                                      String *name, Dict *g, Dict *b,
                                      Value *out)
{
    Value v = awdict_get_str(S, g, name);
    if (!IS_NULL(v)) {
        *out = v;
        e->name = name;
        e->globals = g;
        e->gindex = entry_index(g, name);
        if (e->gindex < 0)
            e->name = NULL;
        return true;
    }
    /* a builtin: keep its entry index when only globals changed */
    bool same = e->name == name && e->globals == g && e->builtins == b &&
                e->gindex < 0;
    v = b ? awdict_get_str(S, b, name) : NULL_VAL;
    if (IS_NULL(v))
        return name_error(S, name);
    *out = v;
    if (!same || (size_t)e->bindex >= b->nentries ||
        !key_is(b->entries[e->bindex].key, name))
        e->bindex = entry_index(b, name);
    e->name = e->bindex >= 0 ? name : NULL;
    e->globals = g;
    e->builtins = b;
    e->gindex = -1;
    e->gversion = g->version;
    return true;
}

static inline bool load_global(AwState *S, VmCache *vc, String *name,
                               Dict *g, Dict *b, Value *out)
{
    GlobalCacheEntry *e = gcache_entry(vc, name, g);
    Value *v;
    if (AW_LIKELY(e->name == name && e->globals == g &&
                  (v = gcache_hit(e, name, g, b)) != NULL)) {
        *out = *v;
        return true;
    }
    return load_global_slow(S, e, name, g, b, out);
}

/* ------------------------------------------------------------------ */
/* Calls                                                               */

/* Calls func with self in front of the arguments. The shifted array sits
 * on the GC root stack, so that the callee may use it as scratch roots. */
static bool call_with_self(AwState *S, Value func, Value self, int argc,
                           Value *argv, Tuple *kwnames, Value *out)
{
    size_t n = (size_t)argc + (kwnames ? kwnames->len : 0) + 1;
    bool ok;
    if (S->nroots + n + 256 <= AWGC_MAX_ROOTS) {
        Value *args = S->roots + S->nroots;
        args[0] = self;
        if (n > 1)
            memcpy(args + 1, argv, (n - 1) * sizeof(Value));
        S->nroots += n;
        ok = awobj_call(S, func, argc + 1, args, kwnames, out);
        S->nroots -= n;
        return ok;
    }
    /* too many for the root stack: a tuple holds them */
    Tuple *t = awtuple_new(S, n);
    if (t == NULL)
        return false;
    t->items[0] = self;
    if (n > 1)
        memcpy(t->items + 1, argv, (n - 1) * sizeof(Value));
    awgc_push(S, OBJ_VAL(t));
    ok = awobj_call(S, func, argc + 1, t->items, kwnames, out);
    awgc_pop(S, 1);
    return ok;
}

bool awobj_call(AwState *S, Value callable, int argc, Value *argv,
                Tuple *kwnames, Value *out)
{
    if (IS_OBJ(callable)) {
        Obj *o = AS_OBJ(callable);
        switch (o->kind) {
        case OBJ_FUNCTION:
            return awvm_call_function(S, (Function *)o, argc, argv, kwnames,
                                      out);
        case OBJ_BOUND_METHOD: {
            BoundMethod *m = (BoundMethod *)o;
            return call_with_self(S, m->func, m->self, argc, argv, kwnames,
                                  out);
        }
        case OBJ_CFUNCTION: {
            CFunction *cf = (CFunction *)o;
            if (IS_NULL(cf->self) && cf->owner == NULL)
                return cf->fn(S, argc, argv, kwnames, out);
            break;
        }
        default:
            break;
        }
        if (o->type->call != NULL)
            return o->type->call(S, callable, argc, argv, kwnames, out);
    }
    return awerr_format(S, EXC_TypeError, "'%s' object is not callable",
                        awobj_typename(S, callable));
}

bool awvm_call_function(AwState *S, Function *f, int argc, Value *argv,
                        Tuple *kwnames, Value *out)
{
    if (AW_UNLIKELY(--S->ticks < 0) && !awlimit_tick(S))
        return false; /* a loop in C that calls aw code still ticks */
    if (!awstate_c_enter(S, " while calling a Python object"))
        return false;
    Frame *fr = awframe_push(S, f, f->code, f->globals, f->builtins, NULL);
    bool ok = fr != NULL;
    if (ok) {
        fr->flags |= FRAME_ENTRY;
        if (awframe_bind(S, fr, argc, argv, kwnames)) {
            ok = execute(S, fr, out);
        } else {
            awframe_pop(S, fr);
            ok = false;
        }
    }
    AW_C_LEAVE(S);
    return ok;
}

/* f(*x) with x not a tuple: the tuple of its items, in place. */
static bool star_args_tuple(AwState *S, Value *fp)
{
    Type *t = awobj_type(S, fp[2]);
    if (t->iter == NULL && t->getitem == NULL)
        return call_arg_error(S, fp[0], "argument after * must be an "
                              "iterable", fp[2]);
    Tuple *tp = awtuple_from_iterable(S, fp[2]);
    if (tp == NULL)
        return false;
    fp[2] = OBJ_VAL(tp);
    return true;
}

/* One tuple of self (when not NULL), the positional values and the
 * values of kw, with their names in *names (NULL without keywords). */
static Tuple *flatten_args(AwState *S, Value self, Tuple *pos, Dict *kw,
                           Tuple **names)
{
    size_t nkw = kw ? kw->len : 0, nself = IS_NULL(self) ? 0 : 1;
    *names = NULL;
    if (nkw > 0 && (*names = awtuple_new(S, nkw)) == NULL)
        return NULL;
    awgc_push(S, *names ? OBJ_VAL(*names) : NULL_VAL);
    Tuple *all = awtuple_new(S, nself + pos->len + nkw);
    awgc_pop(S, 1);
    if (all == NULL)
        return NULL;
    all->items[0] = self; /* overwritten below when there is no self */
    memcpy(all->items + nself, pos->items, pos->len * sizeof(Value));
    size_t it = 0, k = nself + pos->len;
    Value key, value;
    for (size_t i = 0; kw && awdict_next(kw, &it, &key, &value); i++) {
        if (!IS_STR(key)) {
            awerr_format(S, EXC_TypeError, "keywords must be strings");
            return NULL;
        }
        (*names)->items[i] = key;
        all->items[k++] = value;
    }
    return all;
}

/* Turns CALL_EX's operands [f NULL args (kwargs)] at fp into one argument
 * array: a tuple left in fp[2] (positional values, then keyword values)
 * with the keyword names in fp[3]. A bound method of an aw function is
 * unwrapped into fp[0] with its self first in the array, so that the call
 * can stay in the loop. */
static bool callex_prepare(AwState *S, Value *fp, bool haskw, int *argc,
                           Tuple **kwnames)
{
    if (!IS_TUPLE(fp[2]) && !star_args_tuple(S, fp))
        return false;
    Value self = NULL_VAL;
    if (IS_KIND(fp[0], OBJ_BOUND_METHOD) &&
        IS_FUNCTION(((BoundMethod *)AS_OBJ(fp[0]))->func)) {
        BoundMethod *m = (BoundMethod *)AS_OBJ(fp[0]);
        self = fp[1] = m->self; /* rooted there */
        fp[0] = m->func;
    }
    Tuple *pos = AS_TUPLE(fp[2]);
    Dict *kw = haskw ? AS_DICT(fp[3]) : NULL;
    *argc = (int)(pos->len + (IS_NULL(self) ? 0 : 1));
    *kwnames = NULL;
    if ((kw == NULL || kw->len == 0) && IS_NULL(self))
        return true;
    Tuple *all = flatten_args(S, self, pos, kw, kwnames);
    if (all == NULL)
        return false;
    fp[2] = OBJ_VAL(all);
    if (haskw)
        fp[3] = *kwnames ? OBJ_VAL(*kwnames) : NULL_VAL;
    return true;
}

static NOINLINE bool duplicate_keyword(AwState *S, Value func, Value key)
{
    Value ks;
    String *fs = func_str(S, func);
    if (fs == NULL)
        return false;
    awgc_push(S, OBJ_VAL(fs));
    if (awobj_str(S, key, &ks))
        awerr_format(S, EXC_TypeError,
                     "%s got multiple values for keyword argument '%s'",
                     fs->data, AS_STR(ks)->data);
    awgc_pop(S, 1);
    return false;
}

/* f(**m): the keys of m (from the iterator it) and their values into d,
 * refusing duplicates. */
static bool merge_keys(AwState *S, Dict *d, Value m, Value it, Value func)
{
    Value key, value;
    int r;
    awgc_push(S, it);
    while ((r = awobj_next(S, it, &key)) == 1) {
        awgc_push(S, key);
        int has = awdict_get(S, d, key, &value);
        if (has == 1)
            duplicate_keyword(S, func, key);
        else if (has == 0 && awobj_getitem(S, m, key, &value)) {
            awgc_push(S, value);
            has = awdict_set(S, d, key, value) ? 0 : -1;
            awgc_pop(S, 1);
        } else {
            has = -1;
        }
        awgc_pop(S, 1);
        if (has != 0) {
            r = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    return r == 0;
}

/* m.keys() as an iterator (rooted by the caller once returned). */
static bool keys_iter(AwState *S, Value keys, Value *it)
{
    awgc_push(S, keys);
    bool ok = awobj_call(S, keys, 0, &keys, NULL, &keys);
    if (ok) {
        awgc_push(S, keys);
        ok = awobj_iter(S, keys, it);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* {**m} (DICT_UPDATE) and f(**m) (DICT_MERGE, with the callable func for
 * its errors): m is a dict or has keys() and __getitem__. */
static bool dict_merge(AwState *S, Dict *d, Value m, Value func, bool merge)
{
    Value keys = NULL_VAL, it;
    if (!IS_DICT(m)) {
        String *kname = awstr_intern_cstr(S, "keys");
        int r = kname ? awobj_getattr_opt(S, m, kname, &keys) : -1;
        if (r < 0)
            return false;
        if (r == 0 && merge)
            return call_arg_error(S, func, "argument after ** must be a "
                                  "mapping", m);
        if (r == 0)
            return awerr_format(S, EXC_TypeError,
                                "'%s' object is not a mapping",
                                awobj_typename(S, m));
    }
    if (!merge)
        return awdict_update(S, d, m);
    if (IS_DICT(m) ? !awobj_iter(S, m, &it) : !keys_iter(S, keys, &it))
        return false;
    return merge_keys(S, d, m, it, func);
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */

/* ascii(): repr with every non-ASCII code point escaped. */
static bool ascii_of(AwState *S, Value v, Value *out)
{
    if (!awobj_repr(S, v, out))
        return false;
    String *r = AS_STR(*out);
    if (r->obj.flags & STR_ASCII || r->ncp == r->len)
        return true;
    StrBuf b;
    awbuf_init(S, &b);
    for (size_t i = 0; i < r->len;) {
        size_t n;
        uint32_t cp = awutf8_decode(r->data + i, &n);
        i += n;
        if (cp < 0x80)
            awbuf_putc(&b, (char)cp);
        else if (cp < 0x100)
            awbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000)
            awbuf_printf(&b, "\\u%04x", cp);
        else
            awbuf_printf(&b, "\\U%08x", cp);
    }
    String *s = awbuf_finish(&b);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* FORMAT_VALUE on vp[0] (and the spec in vp[1]); the result replaces
 * vp[0], which keeps the value rooted meanwhile. */
static bool format_value(AwState *S, uint32_t flags, Value *vp)
{
    Value r;
    bool ok = true;
    switch (flags & 3) {
    case 1: ok = awobj_str(S, vp[0], &r); break;
    case 2: ok = awobj_repr(S, vp[0], &r); break;
    case 3: ok = ascii_of(S, vp[0], &r); break;
    default: r = vp[0]; break;
    }
    if (!ok)
        return false;
    vp[0] = r;
    if (!(flags & 4) && IS_STR(r) && AS_OBJ(r)->type == TYPE(S, STR))
        return true;
    String *spec = (flags & 4) ? AS_STR(vp[1]) : NAME(S, empty);
    if (!awobj_format(S, vp[0], spec, &r))
        return false;
    vp[0] = r;
    return true;
}

static String *build_string(AwState *S, Value *items, uint32_t n)
{
    StrBuf b;
    awbuf_init(S, &b);
    for (uint32_t i = 0; i < n; i++)
        awbuf_put(&b, AS_STR(items[i])->data, AS_STR(items[i])->len);
    return awbuf_finish(&b);
}

/* ------------------------------------------------------------------ */
/* Building containers                                                 */

static List *build_list(AwState *S, Value *items, uint32_t n)
{
    List *l = awlist_new(S, n);
    if (l == NULL)
        return NULL;
    if (n > 0)
        memcpy(l->items, items, n * sizeof(Value));
    l->len = n;
    return l;
}

static Set *build_set(AwState *S, Value *items, uint32_t n)
{
    Set *s = awset_new(S, false);
    if (s == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(s));
    for (uint32_t i = 0; i < n; i++) {
        if (!awset_add(S, s, items[i])) {
            s = NULL;
            break;
        }
    }
    awgc_pop(S, 1);
    return s;
}

static Dict *build_map(AwState *S, Value *items, uint32_t n)
{
    Dict *d = awdict_new(S);
    if (d == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(d));
    for (uint32_t i = 0; i < n; i++) {
        if (!awdict_set(S, d, items[2 * i], items[2 * i + 1])) {
            d = NULL;
            break;
        }
    }
    awgc_pop(S, 1);
    return d;
}

/* ------------------------------------------------------------------ */
/* Unpacking                                                           */

static NOINLINE bool not_enough(AwState *S, bool atleast, uint32_t want,
                                size_t got)
{
    return awerr_format(S, EXC_ValueError,
                        "not enough values to unpack (expected %s%u, got "
                        "%zu)",
                        atleast ? "at least " : "", want, got);
}

static bool unpack_iter(AwState *S, Value seq, Value *it)
{
    Type *t = awobj_type(S, seq);
    if (t->iter == NULL)
        return awerr_format(S, EXC_TypeError,
                            "cannot unpack non-iterable %s object",
                            t->name->data);
    return awobj_iter(S, seq, it);
}

/* UNPACK_SEQUENCE: the sequence in base[0] becomes n values, the first
 * one on top: base[n - 1 - i] = item i. The caller's frame->sp covers
 * base[0] only; slots are rooted by moving it as they fill. */
static bool unpack_sequence(AwState *S, Frame *f, Value *base, uint32_t n)
{
    Value seq = base[0];
    Type *t = awobj_type(S, seq);
    if (t == TYPE(S, TUPLE) || t == TYPE(S, LIST)) {
        bool tup = t == TYPE(S, TUPLE);
        size_t len = tup ? AS_TUPLE(seq)->len : AS_LIST(seq)->len;
        Value *items = tup ? AS_TUPLE(seq)->items : AS_LIST(seq)->items;
        if (len == n) {
            for (uint32_t i = 0; i < n; i++)
                base[n - 1 - i] = items[i];
            return true;
        }
        if (len > n)
            return awerr_format(S, EXC_ValueError,
                                "too many values to unpack (expected %u)",
                                n);
        return not_enough(S, false, n, len);
    }
    Value it, v;
    if (!unpack_iter(S, seq, &it))
        return false;
    awgc_push(S, it);
    for (uint32_t i = 1; i < n; i++)
        base[i] = NULL_VAL;
    f->sp = base + (n ? n : 1);
    int r = 1;
    for (uint32_t i = 0; i < n && r == 1; i++) {
        r = awobj_next(S, it, &v);
        if (r == 1)
            base[n - 1 - i] = v;
        else if (r == 0)
            not_enough(S, false, n, i);
    }
    if (r == 1) {
        r = awobj_next(S, it, &v);
        if (r == 1)
            awerr_format(S, EXC_ValueError,
                         "too many values to unpack (expected %u)", n);
        r = r == 0 ? 1 : -1;
    } else {
        r = -1;
    }
    awgc_pop(S, 1);
    return r == 1;
}

/* UNPACK_EX: before values, a list of the rest, after values; the first
 * value ends on top: base[total - 1 - i] = item i. */
static bool unpack_ex(AwState *S, Frame *f, Value *base, uint32_t before,
                      uint32_t after)
{
    uint32_t total = before + 1 + after;
    Value it, v;
    if (!unpack_iter(S, base[0], &it))
        return false;
    awgc_push(S, it);
    for (uint32_t i = 1; i < total; i++)
        base[i] = NULL_VAL;
    f->sp = base + total;
    bool ok = true;
    for (uint32_t i = 0; i < before && ok; i++) {
        int r = awobj_next(S, it, &v);
        if (r == 1)
            base[total - 1 - i] = v;
        else
            ok = r == 0 ? not_enough(S, true, before + after, i) : false;
    }
    List *l = ok ? awlist_from_iterable(S, it) : NULL;
    awgc_pop(S, 1);
    if (l == NULL)
        return false;
    base[after] = OBJ_VAL(l);
    if (l->len < after)
        return not_enough(S, true, before + after, before + l->len);
    for (uint32_t j = 0; j < after; j++)
        base[after - 1 - j] = l->items[l->len - after + j];
    l->len -= after;
    return true;
}

/* ------------------------------------------------------------------ */
/* Functions                                                           */

static Dict *annotations_dict(AwState *S, Value a)
{
    if (IS_DICT(a))
        return AS_DICT(a);
    Dict *d = awdict_new(S);
    if (d == NULL || !IS_TUPLE(a))
        return d;
    awgc_push(S, OBJ_VAL(d));
    Tuple *t = AS_TUPLE(a);
    for (size_t i = 0; i + 1 < t->len; i += 2) {
        if (!awdict_set(S, d, t->items[i], t->items[i + 1])) {
            d = NULL;
            break;
        }
    }
    awgc_pop(S, 1);
    return d;
}

/* MAKE_FUNCTION: items holds, in order, whichever of closure,
 * annotations, kwdefaults, defaults flags asks for, then the code. */
static Function *make_function(AwState *S, Frame *fr, uint32_t flags,
                               Value *items)
{
    Value closure = NULL_VAL, ann = NULL_VAL, kwdefs = NULL_VAL;
    Value defs = NULL_VAL;
    if (flags & 8)
        closure = *items++;
    if (flags & 4)
        ann = *items++;
    if (flags & 2)
        kwdefs = *items++;
    if (flags & 1)
        defs = *items++;
    Function *f = awfunc_new(S, (Code *)AS_OBJ(*items), fr->globals);
    if (f == NULL)
        return NULL;
    f->builtins = fr->builtins;
    f->closure = IS_TUPLE(closure) ? AS_TUPLE(closure) : NULL;
    f->kwdefaults = IS_DICT(kwdefs) ? AS_DICT(kwdefs) : NULL;
    f->defaults = IS_TUPLE(defs) ? AS_TUPLE(defs) : NULL;
    if (!IS_NULL(ann) && !IS_NONE(ann)) {
        awgc_push(S, OBJ_VAL(f));
        f->annotations = annotations_dict(S, ann);
        awgc_pop(S, 1);
        if (f->annotations == NULL)
            return NULL;
    }
    return f;
}

/* A getset (data descriptor) named name along t's MRO: it wins over a
 * method of the same name. */
static bool has_getset(Type *t, String *name)
{
    for (size_t i = 0; t->mro && i < t->mro->len; i++) {
        const GetSetDef *g = AS_TYPE(t->mro->items[i])->getset;
        for (; g && g->name; g++)
            if (strcmp(g->name, name->data) == 0)
                return true;
    }
    return false;
}

/* A function, or a builtin method descriptor, that binds to its self. */
static bool is_plain_method(Value m)
{
    if (IS_FUNCTION(m))
        return true;
    return IS_CFUNCTION(m) && AS_CFUNCTION(m)->mflags == MF_METHOD &&
           IS_NULL(AS_CFUNCTION(m)->self);
}

/* LOAD_METHOD: 1 with the plain method found on type(o) in *out (call it
 * with o first), 0 with the attribute in *out, -1 on error. Only types
 * with the generic attribute lookup qualify, and only when the instance
 * has no attribute of that name. */
static int load_method(AwState *S, Value o, String *name, Value *out)
{
    Type *t = awobj_type(S, o);
    if (t->getattr == NULL ||
        (t->getattr == awclass_getattr && !(t->tflags & TF_GETATTRIBUTE))) {
        Value m = awtype_lookup(S, t, name);
        Dict *d = NULL;
        if (IS_OBJ(o) && awobj_dictptr(AS_OBJ(o)) != NULL)
            d = *awobj_dictptr(AS_OBJ(o));
        if (is_plain_method(m) &&
            (IS_FUNCTION(m) || !(t->tflags & TF_BOXED)) &&
            (d == NULL || IS_NULL(awdict_get_str(S, d, name))) &&
            !has_getset(t, name)) {
            *out = m;
            return 1;
        }
    }
    return awobj_getattr(S, o, name, out) ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* The attribute cache                                                 */

static inline AttrCacheEntry *acache_entry(VmCache *vc, const uint32_t *ip)
{
    return &vc->attrs[((uintptr_t)ip >> 2) & (AWVM_ACACHE_SIZE - 1)];
}

_Static_assert((AWVM_ACACHE_SIZE & (AWVM_ACACHE_SIZE - 1)) == 0,
               "the cache size is a power of two");

static inline bool acache_hit(const AttrCacheEntry *e, const uint32_t *ip,
                              Obj *o)
{
    return e->ip == ip && e->type == o->type &&
           e->version == o->type->version;
}

/* The entry of name in a small dict whose keys were stored by the same
 * code (interned names): a pointer scan. -1 when absent. */
static int64_t dict_hint(Dict *d, String *name)
{
    size_t n = d->nentries < 16 ? d->nentries : 16;
    for (size_t i = 0; i < n; i++)
        if (d->entries[i].key.tag == VT_OBJ &&
            d->entries[i].key.as.o == (Obj *)name)
            return (int64_t)i;
    return -1;
}

/* The value of name in the instance dict of o (fixed dictoffset), using
 * and refreshing the entry hint; NULL when absent. */
static inline Value *acache_dict_get(AttrCacheEntry *e, Obj *o,
                                     String *name)
{
    Dict *d = *(Dict **)(void *)((char *)o + o->type->dictoffset);
    if (d == NULL)
        return NULL;
    uint64_t h = (uint64_t)e->index;
    if (AW_LIKELY(h < d->nentries &&
                  d->entries[h].key.as.o == (Obj *)name &&
                  d->entries[h].key.tag == VT_OBJ))
        return &d->entries[h].value;
    int64_t i = dict_hint(d, name);
    if (i < 0)
        return NULL;
    e->index = i;
    return &d->entries[i].value;
}

/* Byte offset of the Value of a __slots__ member in instances of t, or
 * -1 when descr is not t's member (or the layout has no fixed offset). */
static int64_t slot_offset(AwState *S, Type *t, Value descr)
{
    if (!IS_KIND(descr, OBJ_INSTANCE) ||
        AS_OBJ(descr)->type != TYPE(S, MEMBER_DESCR) ||
        t->instkind == OBJ_STR || t->instkind == OBJ_TUPLE ||
        t->instkind == OBJ_BYTES)
        return -1;
    Value *x = ((Instance *)AS_OBJ(descr))->ext;
    if (!awtype_issubclass(t, AS_TYPE(x[1])))
        return -1;
    return (int64_t)((t->instsize + 7) & ~(size_t)7) + AS_INT(x[2]);
}

/* After a slow LOAD_ATTR (store false) or STORE_ATTR (store true) on o:
 * remember how name was found when the next object of the same type
 * will find it the same way. */
static NOINLINE void acache_fill(AwState *S, AttrCacheEntry *e,
                                 const uint32_t *ip, Value o, String *name,
                                 bool store)
{
    if (!IS_OBJ(o))
        return;
    Type *t = AS_OBJ(o)->type;
    if (!(t->tflags & TF_HEAPTYPE) || t->instkind != OBJ_INSTANCE ||
        t->base_getattr != NULL)
        return;
    if (store ? (t->tflags & TF_SETATTR) != 0
              : (t->tflags & TF_GETATTRIBUTE) != 0)
        return;
    Value d = awtype_lookup(S, t, name);
    int64_t off = slot_offset(S, t, d);
    uint32_t kind = AC_NONE;
    int64_t index = 0;
    if (off >= 0) {
        kind = AC_SLOT;
        index = off;
    } else if (t->dictoffset > 0 && !awclass_is_data_descr(S, d)) {
        Dict *dict = *(Dict **)(void *)((char *)AS_OBJ(o) + t->dictoffset);
        index = dict ? dict_hint(dict, name) : -1;
        if (index >= 0)
            kind = AC_DICT;
    }
    uint32_t v = kind != AC_NONE ? awclass_version(S, t) : 0;
    if (v == 0)
        return;
    e->ip = ip;
    e->type = t;
    e->version = v;
    e->kind = kind;
    e->index = index;
}

/* After load_method found a plain method m on type(o). */
static NOINLINE void acache_fill_method(AwState *S, AttrCacheEntry *e,
                                        const uint32_t *ip, Value o,
                                        Value m)
{
    if (!IS_OBJ(o))
        return;
    Type *t = AS_OBJ(o)->type;
    if (t->dictoffset < 0)
        return;
    uint32_t v = awclass_version(S, t);
    if (v == 0)
        return;
    e->ip = ip;
    e->type = t;
    e->version = v;
    e->kind = AC_METHOD;
    e->value = m;
}

/* Does o's instance dict (fixed offset) hold name? */
static inline bool shadowed(AwState *S, Obj *o, String *name)
{
    int32_t off = o->type->dictoffset;
    if (off == 0)
        return false;
    Dict *d = *(Dict **)(void *)((char *)o + off);
    return d != NULL && d->len > 0 && !IS_NULL(awdict_get_str(S, d, name));
}

/* STORE_ATTR into the instance dict of o once the cache has vouched
 * for it: creates the dict, inserts or overwrites. */
static NOINLINE bool acache_dict_store(AwState *S, AttrCacheEntry *e,
                                       Obj *o, String *name, Value v)
{
    Dict **dp = (Dict **)(void *)((char *)o + o->type->dictoffset);
    if (*dp == NULL) {
        Dict *d = awdict_new(S);
        if (d == NULL)
            return false;
        *dp = d;
    }
    if (!awdict_set_str(S, *dp, name, v))
        return false;
    int64_t i = dict_hint(*dp, name);
    if (i >= 0)
        e->index = i;
    return true;
}

/* ------------------------------------------------------------------ */
/* Exceptions                                                          */

static bool is_exc_class(Value v)
{
    return IS_TYPE(v) && (AS_TYPE(v)->tflags & TF_EXCEPTION);
}

static bool is_exc_instance(AwState *S, Value v)
{
    return IS_EXCEPTION(v) ||
           awobj_isinstance(S, v, EXC_TYPE(S, BaseException));
}

/* raise exc from cause. Always false. */
static bool raise_from(AwState *S, Value exc, Value cause)
{
    bool valid = is_exc_class(exc) || is_exc_instance(S, exc);
    awerr_raise(S, exc);
    if (!valid || !IS_EXCEPTION(S->exc) ||
        (is_exc_class(exc) && !awobj_isinstance(S, S->exc, AS_TYPE(exc))))
        return false;
    Value e = S->exc, fixed = cause;
    if (is_exc_class(cause)) {
        S->exc = NULL_VAL;
        awgc_push(S, e);
        bool ok = awobj_call(S, cause, 0, &cause, NULL, &fixed);
        awgc_pop(S, 1);
        if (!ok)
            return false;
        if (!is_exc_instance(S, fixed))
            return awerr_format(S, EXC_TypeError,
                                "calling %s should have returned an "
                                "instance of BaseException, not %s",
                                AS_TYPE(cause)->name->data,
                                awobj_typename(S, fixed));
        S->exc = e;
    } else if (!IS_NONE(cause) && !is_exc_instance(S, cause)) {
        return awerr_format(S, EXC_TypeError,
                            "exception causes must derive from "
                            "BaseException");
    }
    AS_EXCEPTION(e)->cause = fixed;
    AS_EXCEPTION(e)->obj.flags |= EXC_SUPPRESS_CONTEXT;
    return false;
}

/* CHECK_EXC_MATCH: 1, 0, or -1 with TypeError. */
static int exc_match(AwState *S, Value exc, Value type)
{
    static const char msg[] = "catching classes that do not inherit from "
                              "BaseException is not allowed";
    if (IS_TUPLE(type)) {
        Tuple *t = AS_TUPLE(type);
        for (size_t i = 0; i < t->len; i++)
            if (!is_exc_class(t->items[i])) {
                awerr_format(S, EXC_TypeError, "%s", msg);
                return -1;
            }
        for (size_t i = 0; i < t->len; i++)
            if (awobj_isinstance(S, exc, AS_TYPE(t->items[i])))
                return 1;
        return 0;
    }
    if (!is_exc_class(type)) {
        awerr_format(S, EXC_TypeError, "%s", msg);
        return -1;
    }
    return awobj_isinstance(S, exc, AS_TYPE(type));
}

static const ExcEntry *find_handler(Code *co, uint32_t pc)
{
    for (uint32_t i = 0; i < co->nexc; i++) {
        const ExcEntry *e = &co->exctab[i];
        if (pc >= e->start && pc < e->end)
            return e;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* with                                                                */

/* type(o).name bound to o, or NULL_VAL (no exception) when absent. */
static bool lookup_special(AwState *S, Value o, const char *cname,
                           Value *out)
{
    String *name = awstr_intern_cstr(S, cname);
    if (name == NULL)
        return false;
    int r = awslots_lookup(S, o, name, out);
    if (r == 0)
        *out = NULL_VAL;
    return r >= 0;
}

/* BEFORE_WITH: [.. mgr] -> [.. bound_exit enter_result] at base; for
 * async with, __aenter__/__aexit__ (the result is then awaited). */
static bool before_with(AwState *S, Value *base, bool async)
{
    Value mgr = base[0], enter, exit;
    const char *kind = async ? "asynchronous context manager"
                             : "context manager";
    if (!lookup_special(S, mgr, async ? "__aenter__" : "__enter__", &enter))
        return false;
    if (IS_NULL(enter))
        return awerr_format(S, EXC_TypeError,
                            "'%s' object does not support the %s protocol",
                            awobj_typename(S, mgr), kind);
    awgc_push(S, enter);
    bool ok = lookup_special(S, mgr, async ? "__aexit__" : "__exit__", &exit);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    if (IS_NULL(exit))
        return awerr_format(S, EXC_TypeError,
                            "'%s' object does not support the %s protocol "
                            "(missed %s method)",
                            awobj_typename(S, mgr), kind,
                            async ? "__aexit__" : "__exit__");
    base[1] = enter; /* rooted above the manager while it runs */
    base[0] = exit;
    Value res;
    if (!awobj_call(S, enter, 0, base + 1, NULL, &res))
        return false;
    base[1] = res;
    return true;
}

/* WITH_EXCEPT_START: exit(type(exc), exc, tb) with exit 4 below the top.
 * The arguments sit on the root stack: a builtin may use them as scratch
 * roots. */
static bool with_except_start(AwState *S, Value *sp, Value *out)
{
    Value exc = sp[-1];
    Value *args = S->roots + S->nroots;
    awgc_push(S, OBJ_VAL(awobj_type(S, exc)));
    awgc_push(S, exc);
    if (IS_EXCEPTION(exc) && AS_EXCEPTION(exc)->tb != NULL)
        awgc_push(S, OBJ_VAL(AS_EXCEPTION(exc)->tb));
    else
        awgc_push(S, NONE_VAL);
    bool ok = awobj_call(S, sp[-4], 3, args, NULL, out);
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Arithmetic fast paths                                               */

/* Small-int binary operations that cannot fail or overflow: 1 with an
 * int in *ir, 2 with a float in *fr (true division), 0 to take the
 * generic path (big ints, errors). One jump table over plain and
 * in-place codes alike. */
#define CASE2(op) case BINOP_##op: case BINOP_INPLACE + BINOP_##op
static ALWAYS_INLINE int int_binop(uint32_t op, int64_t x, int64_t y,
                                   int64_t *ir, double *fr)
{
    int64_t r;
    /* conditional branches for the commonest, which predict better than
     * the jump table's indirect one */
    uint32_t plain = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if (plain == BINOP_ADD)
        return !__builtin_add_overflow(x, y, ir);
    if (plain == BINOP_SUB)
        return !__builtin_sub_overflow(x, y, ir);
    if (plain == BINOP_MUL)
        return !__builtin_mul_overflow(x, y, ir);
    if (plain == BINOP_MOD) {
        if (y == 0)
            return 0;
        r = y == -1 ? 0 : x % y;
        *ir = r != 0 && ((r < 0) != (y < 0)) ? r + y : r;
        return 1;
    }
    switch (op) {
    CASE2(FLOORDIV):
        if (y == 0 || (y == -1 && x == INT64_MIN))
            return 0;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        break;
    CASE2(TRUEDIV): {
        const int64_t lim = (int64_t)1 << 53;
        if (y == 0 || x > lim || x < -lim || y > lim || y < -lim)
            return 0;
        *fr = (double)x / (double)y;
        return 2;
    }
    CASE2(AND): r = x & y; break;
    CASE2(OR): r = x | y; break;
    CASE2(XOR): r = x ^ y; break;
    CASE2(LSHIFT):
        if (y < 0 || y > 62)
            return 0;
        r = (int64_t)((uint64_t)x << y);
        if ((r >> y) != x)
            return 0;
        break;
    CASE2(RSHIFT):
        if (y < 0)
            return 0;
        r = y > 63 ? (x < 0 ? -1 : 0) : x >> y;
        break;
    default:
        return 0;
    }
    *ir = r;
    return 1;
}

static ALWAYS_INLINE bool float_binop(uint32_t op, double x, double y,
                                      double *out)
{
    switch (op) {
    CASE2(ADD): *out = x + y; return true;
    CASE2(SUB): *out = x - y; return true;
    CASE2(MUL): *out = x * y; return true;
    CASE2(TRUEDIV):
        if (y == 0.0)
            return false;
        *out = x / y;
        return true;
    default: return false;
    }
}
#undef CASE2

static inline bool float_cmp(int op, double x, double y)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* Truth of bool, int and None inline; -2 asks for awobj_truthy. */
static inline int fast_truth(Value v)
{
    switch (v.tag) {
    case VT_BOOL: return v.as.b;
    case VT_INT: return v.as.i != 0;
    case VT_NONE: return 0;
    default: return -2;
    }
}

/* Branchless: bit (c + 1) of the op's mask, c the sign of x - y. */
static inline bool int_cmp(int op, int64_t x, int64_t y)
{
    static const uint8_t mask[] = {
        [CMP_LT] = 1, [CMP_LE] = 3, [CMP_EQ] = 2,
        [CMP_NE] = 5, [CMP_GT] = 4, [CMP_GE] = 6,
    };
    int c = (x > y) - (x < y);
    return (mask[op] >> (c + 1)) & 1;
}

/* ------------------------------------------------------------------ */
/* Pushing frames                                                      */

/* The frame of a call whose arguments are exactly the positional
 * parameters of a function without cells: a copy, no allocation. The
 * caller checked the recursion limit. NULL when out of memory (no
 * exception set). */
static ALWAYS_INLINE Frame *push_simple(AwState *S, Function *fn, Code *co,
                                        Value *argv, uint32_t argc)
{
    size_t size = awframe_size(co);
    Frame *f = awframe_alloc(S, size);
    if (AW_UNLIKELY(f == NULL))
        return NULL;
    f->prev = S->frame;
    f->func = fn;
    f->code = co;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->ip = co->code;
    f->flags = 0;
    f->size = (uint32_t)size;
    Value *lp = f->localsplus;
    uint32_t i = 0;
    for (; i < argc; i++) {
        lp[i].tag = argv[i].tag; /* field by field: see VCOPY */
        lp[i].as.i = argv[i].as.i;
    }
    for (; i < co->nlocals; i++)
        lp[i].tag = VT_NULL;
    for (uint32_t k = 0; k < co->nfrees; k++)
        lp[i + k] = fn->closure->items[k];
    f->stack = lp + co->nlocals + co->nfrees;
    f->sp = f->stack;
    S->frame = f;
    S->depth++;
    return f;
}

/* awframe_pop for a frame in the top chunk: the common return. */
static ALWAYS_INLINE void pop_frame(AwState *S, Frame *f)
{
    FrameChunk *c = S->fstack;
    unsigned char *p = (unsigned char *)f;
    if (AW_LIKELY(!(f->flags & FRAME_HEAP) && p >= c->data &&
                  p < c->data + c->size)) {
        S->frame = f->prev;
        S->depth--;
        c->used = (size_t)(p - c->data);
        return;
    }
    awframe_pop(S, f);
}

static NOINLINE uint16_t code_flags(Code *co)
{
    uint16_t fl = CODEF_CHECKED;
    if (co->kwonlyargcount == 0 && co->ncells == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)))
        fl |= CODEF_SIMPLE;
    co->obj.flags |= fl;
    return co->obj.flags;
}

static ALWAYS_INLINE bool is_simple_call(Function *fn, Code *co,
                                         uint32_t argc)
{
    uint16_t fl = co->obj.flags;
    if (AW_UNLIKELY(!(fl & CODEF_CHECKED)))
        fl = code_flags(co);
    return (fl & CODEF_SIMPLE) && argc == co->argcount &&
           (co->nfrees == 0 ||
            (fn->closure != NULL && fn->closure->len >= co->nfrees));
}

/* ------------------------------------------------------------------ */
/* The dispatch loop                                                   */

/* The running frame's registers. frame->ip and frame->sp are written
 * back (SYNC) before anything that may allocate, call out or raise: a
 * collection scans localsplus[0 .. frame->sp), and tracebacks and
 * returns read frame->ip. */
#define LOAD_FRAME()                                                         \
    (ip = frame->ip, sp = frame->sp, consts = frame->code->consts)
#define CODE (frame->code)
#define LOCALS (frame->localsplus) /* a fixed offset from frame */
#define SYNC() (frame->ip = ip, frame->sp = sp)
#define READ() (word = *ip++)
/* decoded where a handler needs it, not in every dispatch */
#define OPARG INSTR_ARG(word)
#define JUMP_TO(target) (ip = CODE->code + (target))
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
/* Values move field by field in the hot paths: a 16-byte copy of a value
 * whose tag and payload were just stored separately cannot be forwarded
 * from the store buffer, and stalls. */
#define VCOPY(d, s) ((d).tag = (s).tag, (d).as.i = (s).as.i)

/* Counts n ticks of the CPU limits (vm/limit.h); below zero, their slow
 * path, which may stop the script. */
#define TICK(n)                                                              \
    do {                                                                     \
        if (AW_UNLIKELY((S->ticks -= (n)) < 0)) {                            \
            SYNC();                                                          \
            if (!awlimit_tick(S))                                            \
                goto error;                                                  \
        }                                                                    \
    } while (0)
/* A jump: a backward one closes a loop and ticks its length. ip stands
 * after the jump, so that a stop is reported at it. */
#define JUMP_TICK(target)                                                    \
    do {                                                                     \
        const uint32_t *t_ = CODE->code + (target);                          \
        if (t_ < ip)                                                         \
            TICK(ip - t_);                                                   \
        ip = t_;                                                             \
    } while (0)

#if defined(__GNUC__) && !defined(AW_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#endif

#if USE_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH()                                                           \
    do {                                                                     \
        READ();                                                              \
        goto *labels[INSTR_OP(word)];                                        \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

/* Each handler keeps its own indirect jump (GCC would merge them into
 * one, which the branch predictor cannot follow). */
#if USE_COMPUTED_GOTO && !defined(__clang__)
__attribute__((optimize("no-crossjumping", "no-gcse")))
#endif
static bool execute(AwState *S, Frame *entry, Value *out)
{
#if USE_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const labels[256] = {
        [0 ... 255] = &&L_bad_opcode,
#define X(name, effect, doc) [OP_##name] = &&L_##name,
        OPCODE_LIST(X)
#undef X
    };
#pragma GCC diagnostic pop
#endif
    Frame *frame = entry;
    /* rarely used: kept in memory, leaving the registers to the hot
     * state (ip, sp, frame, consts, S) */
    VmCache *volatile vc = awframe_cache(S);
    Value *volatile result = out;
    const uint32_t *ip;
    Value *sp, *consts;
    uint32_t word;
    /* operands of the shared call sequence */
    Value *fp, *argv;
    Tuple *kwnames = NULL;
    int argc = 0;
    Function *callee = NULL;
    bool init_call = false;
    Value rv_slot = NULL_VAL; /* a generator's return value, to gen_return */

    LOAD_FRAME();
    if (AW_UNLIKELY(S->vm_throw)) { /* awvm_resume: raise where it stands */
        S->vm_throw = false;
        if (INSTR_OP(ip[-1]) == OP_YIELD_VALUE && ip - 2 >= CODE->code &&
            INSTR_OP(ip[-2]) == OP_SEND) {
            /* suspended in SEND on a C awaitable: let it see the throw */
            Value y;
            int r = awgen_throw_other(S, sp[-1], &y);
            if (r < 0)
                goto error;
            if (r == 0) {
                sp[-1] = y;
                JUMP_TO(INSTR_ARG(ip[-2]));
            } else {
                ip--; /* yield y again */
                *sp++ = y;
            }
        } else {
            goto error;
        }
    }
    /* a generator or coroutine resumed (run_frame ticks for fresh
     * frames, whose ip has no instruction before it to blame) */
    if (ip != CODE->code)
        TICK(1);
#if USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    READ();
    switch (INSTR_OP(word)) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP) {
        sp--;
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        *sp++ = NULL_VAL;
        DISPATCH();
    }

    TARGET(COPY) {
        Value v = PEEK(OPARG);
        *sp++ = v;
        DISPATCH();
    }

    TARGET(SWAP) {
        Value v = sp[-1];
        sp[-1] = PEEK(OPARG);
        PEEK(OPARG) = v;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        VCOPY(*sp, consts[OPARG]);
        sp++;
        goto fuse_operand;
    }

    TARGET(LOAD_FAST) {
    load_fast: {
        Value *v = &LOCALS[OPARG];
        if (AW_UNLIKELY(v->tag == VT_NULL)) {
            SYNC();
            unbound_local(S, CODE, OPARG);
            goto error;
        }
        VCOPY(*sp, *v);
        sp++;
        /* the next operand without a dispatch */
        uint32_t next = *ip;
        if (INSTR_OP(next) == OP_LOAD_FAST) {
            word = next;
            ip++;
            goto load_fast;
        }
        if (INSTR_OP(next) == OP_LOAD_CONST) {
            ip++;
            VCOPY(*sp, consts[INSTR_ARG(next)]);
            sp++;
        }
        goto fuse_operand;
    }
    }

    /* Superinstructions: an operand just pushed is often consumed at once
     * by a small-int BINARY_OP (whose result may go straight to a local)
     * or COMPARE_OP (and a test by its jump), or returned. The stack depth
     * analysis of the compiler guarantees two operands under the first
     * two. */
fuse_operand: {
        uint32_t next = *ip;
        if (INSTR_OP(next) == OP_BINARY_OP) {
            int64_t r;
            double fr;
            if (sp[-1].tag == VT_INT && sp[-2].tag == VT_INT &&
                int_binop(INSTR_ARG(next), sp[-2].as.i, sp[-1].as.i, &r,
                          &fr) == 1) {
                ip++;
                sp--;
                sp[-1].as.i = r; /* the tag stays VT_INT */
                goto fuse_store;
            }
        } else if (INSTR_OP(next) == OP_COMPARE_OP) {
            if (sp[-1].tag == VT_INT && sp[-2].tag == VT_INT) {
                word = next;
                ip++;
                goto compare_ints;
            }
        } else if (INSTR_OP(next) == OP_RETURN_VALUE) { /* return x */
            ip++;
            goto do_return;
        } else if (INSTR_OP(next) == OP_JUMP &&
                   INSTR_OP(CODE->code[INSTR_ARG(next)]) ==
                       OP_RETURN_VALUE) { /* return x if c else y */
            JUMP_TO(INSTR_ARG(next) + 1);
            goto do_return;
        }
        DISPATCH();
    }

    /* A value just produced (an int result, a loop item) goes straight
     * to its local when STORE_FAST follows; f(n - 1) calls at once. */
fuse_store: {
        uint32_t next = *ip;
        if (INSTR_OP(next) == OP_STORE_FAST) {
            ip++;
            sp--;
            VCOPY(LOCALS[INSTR_ARG(next)], *sp);
        } else if (INSTR_OP(next) == OP_CALL) {
            word = next;
            ip++;
            goto call_op;
        }
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        sp--;
        VCOPY(LOCALS[OPARG], *sp);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (IS_NULL(LOCALS[OPARG])) {
            SYNC();
            unbound_local(S, CODE, OPARG);
            goto error;
        }
        LOCALS[OPARG] = NULL_VAL;
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Value v = ((Cell *)AS_OBJ(LOCALS[OPARG]))->v;
        if (AW_UNLIKELY(IS_NULL(v))) {
            SYNC();
            unbound_deref(S, CODE, OPARG);
            goto error;
        }
        *sp++ = v;
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        ((Cell *)AS_OBJ(LOCALS[OPARG]))->v = *--sp;
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        Cell *c = (Cell *)AS_OBJ(LOCALS[OPARG]);
        if (IS_NULL(c->v)) {
            SYNC();
            unbound_deref(S, CODE, OPARG);
            goto error;
        }
        c->v = NULL_VAL;
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        *sp++ = LOCALS[OPARG];
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        String *name = CODE->names[OPARG];
        Dict *g = frame->globals;
        GlobalCacheEntry *e = gcache_entry(vc, name, g);
        Value v, *hit;
        if (AW_LIKELY(e->name == name && e->globals == g &&
                      (hit = gcache_hit(e, name, g, frame->builtins)))) {
            VCOPY(*sp, *hit);
            sp++;
            if (INSTR_OP(*ip) == OP_PUSH_NULL) { /* a call follows */
                ip++;
                sp->tag = VT_NULL;
                sp++;
            }
            DISPATCH();
        }
        SYNC();
        if (!load_global_slow(S, e, name, g, frame->builtins, &v))
            goto error;
        *sp++ = v;
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        SYNC();
        if (!awdict_set_str(S, frame->globals, CODE->names[OPARG], sp[-1]))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        SYNC();
        String *name = CODE->names[OPARG];
        int r = awdict_del(S, frame->globals, OBJ_VAL(name));
        if (r <= 0) {
            if (r == 0)
                name_error(S, name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        String *name = CODE->names[OPARG];
        Dict *l = frame->locals;
        Value v;
        SYNC();
        if (l == NULL) {
            awerr_format(S, EXC_SystemError, "no locals when loading '%s'",
                         name->data);
            goto error;
        }
        if (l != frame->globals) {
            v = awdict_get_str(S, l, name);
            if (!IS_NULL(v)) {
                *sp++ = v;
                DISPATCH();
            }
        }
        if (!load_global(S, vc, name, frame->globals, frame->builtins, &v))
            goto error;
        *sp++ = v;
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        String *name = CODE->names[OPARG];
        SYNC();
        if (frame->locals == NULL) {
            awerr_format(S, EXC_SystemError,
                         "no locals found when storing '%s'", name->data);
            goto error;
        }
        if (!awdict_set_str(S, frame->locals, name, sp[-1]))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        String *name = CODE->names[OPARG];
        SYNC();
        if (frame->locals == NULL) {
            awerr_format(S, EXC_SystemError, "no locals when deleting '%s'",
                         name->data);
            goto error;
        }
        int r = awdict_del(S, frame->locals, OBJ_VAL(name));
        if (r <= 0) {
            if (r == 0)
                name_error(S, name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Value o = sp[-1], v;
        String *name = CODE->names[OPARG];
        AttrCacheEntry *e = acache_entry(vc, ip);
        if (o.tag == VT_OBJ && acache_hit(e, ip, o.as.o)) {
            Value *p = NULL;
            if (e->kind == AC_DICT)
                p = acache_dict_get(e, o.as.o, name);
            else if (e->kind == AC_SLOT)
                p = (Value *)(void *)((char *)o.as.o + e->index);
            if (AW_LIKELY(p != NULL && p->tag != VT_NULL)) {
                VCOPY(sp[-1], *p);
                DISPATCH();
            }
        }
        SYNC();
        if (!awobj_getattr(S, o, name, &v))
            goto error;
        sp[-1] = v;
        acache_fill(S, e, ip, o, name, false);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Value o = sp[-1];
        String *name = CODE->names[OPARG];
        AttrCacheEntry *e = acache_entry(vc, ip);
        SYNC();
        if (o.tag == VT_OBJ && acache_hit(e, ip, o.as.o)) {
            if (e->kind == AC_DICT) {
                Value *p = acache_dict_get(e, o.as.o, name);
                if (p != NULL) {
                    VCOPY(*p, sp[-2]);
                } else if (!acache_dict_store(S, e, o.as.o, name,
                                              sp[-2])) {
                    goto error;
                }
                sp -= 2;
                DISPATCH();
            }
            if (e->kind == AC_SLOT) {
                Value *p = (Value *)(void *)((char *)o.as.o + e->index);
                VCOPY(*p, sp[-2]);
                sp -= 2;
                DISPATCH();
            }
        }
        if (!awobj_setattr(S, o, name, sp[-2]))
            goto error;
        acache_fill(S, e, ip, o, name, true);
        sp -= 2;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        SYNC();
        if (!awobj_delattr(S, sp[-1], CODE->names[OPARG]))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Value o = sp[-1], m;
        String *name = CODE->names[OPARG];
        AttrCacheEntry *e = acache_entry(vc, ip);
        SYNC();
        if (o.tag == VT_OBJ && acache_hit(e, ip, o.as.o) &&
            e->kind == AC_METHOD && !shadowed(S, o.as.o, name)) {
            VCOPY(sp[-1], e->value);
            VCOPY(*sp, o);
            sp++;
            DISPATCH();
        }
        int r = load_method(S, o, name, &m);
        if (r < 0)
            goto error;
        sp[-1] = m;
        *sp++ = r ? o : NULL_VAL;
        if (r)
            acache_fill_method(S, e, ip, o, m);
        DISPATCH();
    }

    TARGET(CALL)
    call_op: {
        Value *f = sp - OPARG - 2;
        /* the common case inline: f(a, b) or o.m(a, b) of an aw function
         * whose parameters are exactly those positional arguments */
        if (f[0].tag == VT_OBJ && f[0].as.o->kind == OBJ_FUNCTION) {
            Function *fn = (Function *)f[0].as.o;
            Code *co = fn->code;
            uint32_t self = f[1].tag != VT_NULL;
            if (AW_LIKELY(is_simple_call(fn, co, OPARG + self) &&
                          S->depth < S->recursion_limit)) {
                TICK(1);
                /* the arguments now belong to the callee */
                frame->ip = ip;
                frame->sp = f;
                Frame *nf = push_simple(S, fn, co, f + 2 - self,
                                        OPARG + self);
                if (AW_UNLIKELY(nf == NULL)) {
                    SYNC();
                    awerr_nomem(S);
                    goto error;
                }
                frame = nf;
                ip = co->code;
                sp = nf->stack;
                consts = co->consts;
                DISPATCH();
            }
        }
        kwnames = NULL;
        fp = f;
        goto do_call;
    }

    TARGET(CALL_KW) {
        kwnames = AS_TUPLE(sp[-1]);
        fp = sp - OPARG - 3;
        goto do_call;
    }

    TARGET(CALL_EX) {
        fp = sp - 3 - (OPARG & 1);
        SYNC();
        if (!callex_prepare(S, fp, OPARG & 1, &argc, &kwnames))
            goto error;
        argv = AS_TUPLE(fp[2])->items;
        if (IS_FUNCTION(fp[0])) {
            callee = AS_FUNCTION(fp[0]);
            goto call_function;
        }
        Value res;
        if (!awobj_call(S, fp[0], argc, argv, kwnames, &res))
            goto error;
        sp = fp;
        *sp++ = res;
        DISPATCH();
    }

    /* [.. f self_or_NULL args (kwnames)] at fp with OPARG arguments */
do_call: {
        Value callable = fp[0];
        bool direct = false;
        if (IS_NULL(fp[1])) {
            if (IS_KIND(callable, OBJ_BOUND_METHOD)) {
                BoundMethod *m = (BoundMethod *)AS_OBJ(callable);
                fp[1] = m->self;
                fp[0] = callable = m->func;
                /* a descriptor checks its self on the generic path */
                direct = IS_CFUNCTION(callable) &&
                         IS_NULL(AS_CFUNCTION(callable)->self) &&
                         AS_CFUNCTION(callable)->owner == NULL;
            } else if (IS_CFUNCTION(callable)) {
                CFunction *cf = AS_CFUNCTION(callable);
                if (IS_NULL(cf->self)) {
                    direct = cf->owner == NULL;
                } else if (cf->mflags != MF_STATIC) {
                    fp[1] = cf->self;
                    direct = true;
                }
            }
        } else {
            /* LOAD_METHOD found a plain method of type(self) */
            direct = IS_CFUNCTION(callable);
        }
        int nkw = kwnames ? (int)kwnames->len : 0;
        argv = IS_NULL(fp[1]) ? fp + 2 : fp + 1;
        argc = (int)OPARG + (IS_NULL(fp[1]) ? 0 : 1) - nkw;
        if (IS_FUNCTION(callable)) {
            callee = AS_FUNCTION(callable);
            goto call_function;
        }
        if (IS_TYPE(callable) && IS_NULL(fp[1]) &&
            (AS_TYPE(callable)->tflags & TF_HEAPTYPE)) {
            /* C(...) with object.__new__ and an aw __init__: the
             * instance waits in fp[0] while __init__ runs in the loop */
            SYNC();
            Function *init = awclass_plain_init(S, AS_TYPE(callable));
            if (init != NULL) {
                Value inst;
                if (!awclass_alloc(S, AS_TYPE(callable), &inst))
                    goto error;
                fp[0] = fp[1] = inst;
                argv = fp + 1;
                argc++;
                callee = init;
                init_call = true;
                goto call_function;
            }
        }
        SYNC();
        Value res;
        bool ok = direct
                      ? AS_CFUNCTION(callable)->fn(S, argc, argv, kwnames,
                                                   &res)
                      : awobj_call(S, callable, argc, argv, kwnames, &res);
        if (!ok)
            goto error;
        sp = fp;
        *sp++ = res;
        DISPATCH();
    }

    /* an aw function fp[0] with its arguments in argv: a new frame */
call_function: {
        Function *fn = callee;
        Code *co = fn->code;
        Frame *nf;
        bool is_init = init_call;
        init_call = false;
        SYNC();
        TICK(1);
        if (kwnames == NULL && is_simple_call(fn, co, (uint32_t)argc) &&
            S->depth < S->recursion_limit) {
            nf = push_simple(S, fn, co, argv, (uint32_t)argc);
            if (nf == NULL) {
                awerr_nomem(S);
                goto error;
            }
        } else {
            nf = awframe_push(S, fn, co, fn->globals, fn->builtins, NULL);
            if (nf == NULL)
                goto error;
            if (!awframe_bind(S, nf, argc, argv, kwnames)) {
                awframe_pop(S, nf);
                goto error;
            }
        }
        /* the arguments now belong to the callee; C(...) keeps the
         * instance */
        frame->sp = is_init ? fp + 1 : fp;
        if (is_init)
            nf->flags |= FRAME_INIT;
        frame = nf;
        LOAD_FRAME();
        DISPATCH();
    }

    TARGET(UNARY_NEG) {
        Value v = sp[-1], r;
        if (IS_INT(v) && v.as.i != INT64_MIN) {
            sp[-1] = INT_VAL(-v.as.i);
            DISPATCH();
        }
        if (IS_FLOAT(v)) {
            sp[-1] = FLOAT_VAL(-v.as.f);
            DISPATCH();
        }
        SYNC();
        if (!awobj_unop(S, UNOP_NEG, v, &r))
            goto error;
        sp[-1] = r;
        DISPATCH();
    }

    TARGET(UNARY_POS) {
        Value v = sp[-1], r;
        if (IS_INT(v) || IS_FLOAT(v))
            DISPATCH();
        SYNC();
        if (!awobj_unop(S, UNOP_POS, v, &r))
            goto error;
        sp[-1] = r;
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        int t = fast_truth(sp[-1]);
        if (t == -2) {
            SYNC();
            if ((t = awobj_truthy(S, sp[-1])) < 0)
                goto error;
        }
        sp[-1] = BOOL_VAL(!t);
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Value v = sp[-1], r;
        if (IS_INT(v)) {
            sp[-1] = INT_VAL(~v.as.i);
            DISPATCH();
        }
        SYNC();
        if (!awobj_unop(S, UNOP_INVERT, v, &r))
            goto error;
        sp[-1] = r;
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        Value *a = &sp[-2], *b = &sp[-1], r;
        int64_t ir;
        double fr;
        if (a->tag == VT_INT) {
            if (b->tag == VT_INT) {
                int k = int_binop(OPARG, a->as.i, b->as.i, &ir, &fr);
                if (k == 1) {
                    a->as.i = ir; /* the tag stays VT_INT */
                    sp--;
                    goto fuse_store;
                }
                if (k == 2)
                    goto float_done;
            } else if (b->tag == VT_FLOAT &&
                       float_binop(OPARG, (double)a->as.i, b->as.f,
                                   &fr)) {
                goto float_done;
            }
        } else if (a->tag == VT_FLOAT) {
            if (b->tag == VT_FLOAT) {
                if (float_binop(OPARG, a->as.f, b->as.f, &fr))
                    goto float_done;
            } else if (b->tag == VT_INT &&
                       float_binop(OPARG, a->as.f, (double)b->as.i,
                                   &fr)) {
                goto float_done;
            }
        }
        SYNC();
        if (!awobj_binop(S, (int)OPARG, sp[-2], sp[-1], &r))
            goto error;
        sp[-2] = r;
        sp--;
        DISPATCH();
    float_done:
        sp[-2].tag = VT_FLOAT;
        sp[-2].as.f = fr;
        sp--;
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        Value *a = &sp[-2], *b = &sp[-1];
        bool r;
        if (a->tag == VT_INT && b->tag == VT_INT) {
        compare_ints:
            r = int_cmp((int)OPARG, sp[-2].as.i, sp[-1].as.i);
        } else if (a->tag == VT_FLOAT && b->tag == VT_FLOAT) {
            r = float_cmp((int)OPARG, a->as.f, b->as.f);
        } else {
            Value res;
            SYNC();
            if (!awobj_richcmp(S, sp[-2], sp[-1], (int)OPARG, &res))
                goto error;
            sp[-2] = res;
            sp--;
            DISPATCH();
        }
        sp -= 2;
        /* a test followed by its jump needs no bool on the stack */
        uint32_t next = *ip;
        if (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE) {
            ip++;
            if (!r)
                JUMP_TICK(INSTR_ARG(next));
            DISPATCH();
        }
        if (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE) {
            ip++;
            if (r)
                JUMP_TICK(INSTR_ARG(next));
            DISPATCH();
        }
        sp->tag = VT_BOOL;
        sp->as.i = r;
        sp++;
        DISPATCH();
    }

    TARGET(IS_OP) {
        bool r = aw_value_is(sp[-2], sp[-1]) != (OPARG != 0);
        sp--;
        sp[-1] = BOOL_VAL(r);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        SYNC();
        int r = awobj_contains(S, sp[-1], sp[-2]);
        if (r < 0)
            goto error;
        sp--;
        sp[-1] = BOOL_VAL((r != 0) != (OPARG != 0));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value o = sp[-2], k = sp[-1], r;
        if (IS_INT(k) && IS_OBJ(o)) {
            Obj *ob = AS_OBJ(o);
            int64_t i = k.as.i;
            if (ob->type == TYPE(S, LIST)) {
                List *l = (List *)ob;
                if (i < 0)
                    i += (int64_t)l->len;
                if (i >= 0 && (uint64_t)i < l->len) {
                    sp[-2] = l->items[i];
                    sp--;
                    DISPATCH();
                }
            } else if (ob->type == TYPE(S, TUPLE)) {
                Tuple *t = (Tuple *)ob;
                if (i < 0)
                    i += (int64_t)t->len;
                if (i >= 0 && (uint64_t)i < t->len) {
                    sp[-2] = t->items[i];
                    sp--;
                    DISPATCH();
                }
            }
        }
        SYNC();
        if (!awobj_getitem(S, o, k, &r))
            goto error;
        sp[-2] = r;
        sp--;
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Value o = sp[-2], k = sp[-1];
        if (IS_INT(k) && IS_OBJ(o) && AS_OBJ(o)->type == TYPE(S, LIST)) {
            List *l = AS_LIST(o);
            int64_t i = k.as.i;
            if (i < 0)
                i += (int64_t)l->len;
            if (i >= 0 && (uint64_t)i < l->len) {
                l->items[i] = sp[-3];
                sp -= 3;
                DISPATCH();
            }
        }
        SYNC();
        if (!awobj_setitem(S, o, k, sp[-3]))
            goto error;
        sp -= 3;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        SYNC();
        if (!awobj_delitem(S, sp[-2], sp[-1]))
            goto error;
        sp -= 2;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Value step = OPARG == 3 ? sp[-1] : NONE_VAL;
        Value *base = sp - OPARG;
        SYNC();
        Slice *s = awslice_new(S, base[0], base[1], step);
        if (s == NULL)
            goto error;
        sp = base;
        *sp++ = OBJ_VAL(s);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        SYNC();
        Tuple *t = awtuple_from_array(S, sp - OPARG, OPARG);
        if (t == NULL)
            goto error;
        sp -= OPARG;
        *sp++ = OBJ_VAL(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        SYNC();
        List *l = build_list(S, sp - OPARG, OPARG);
        if (l == NULL)
            goto error;
        sp -= OPARG;
        *sp++ = OBJ_VAL(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SYNC();
        Set *s = build_set(S, sp - OPARG, OPARG);
        if (s == NULL)
            goto error;
        sp -= OPARG;
        *sp++ = OBJ_VAL(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        SYNC();
        Dict *d = build_map(S, sp - 2 * OPARG, OPARG);
        if (d == NULL)
            goto error;
        sp -= 2 * OPARG;
        *sp++ = OBJ_VAL(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        SYNC();
        String *s = build_string(S, sp - OPARG, OPARG);
        if (s == NULL)
            goto error;
        sp -= OPARG;
        *sp++ = OBJ_VAL(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        SYNC();
        if (!awlist_append(S, AS_LIST(PEEK(OPARG + 1)), sp[-1]))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        SYNC();
        if (!awset_add(S, AS_SET(PEEK(OPARG + 1)), sp[-1]))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        SYNC();
        if (!awdict_set(S, AS_DICT(PEEK(OPARG + 2)), sp[-2], sp[-1]))
            goto error;
        sp -= 2;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Value it = sp[-1];
        SYNC();
        if (!IS_LIST(it) && !IS_TUPLE(it)) {
            Type *t = awobj_type(S, it);
            if (t->iter == NULL && t->getitem == NULL) {
                awerr_format(S, EXC_TypeError,
                             "Value after * must be an iterable, not %s",
                             t->name->data);
                goto error;
            }
        }
        if (!awlist_extend(S, AS_LIST(PEEK(OPARG + 1)), it))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        SYNC();
        if (!awset_update(S, AS_SET(PEEK(OPARG + 1)), sp[-1]))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        SYNC();
        if (!dict_merge(S, AS_DICT(PEEK(OPARG + 1)), sp[-1], NULL_VAL,
                        false))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        /* [.. f NULL args dict .. m]: f is 3 below the dict */
        Value *d = sp - 1 - OPARG;
        Value func = d - 3 >= frame->stack ? d[-3] : NULL_VAL;
        SYNC();
        if (!dict_merge(S, AS_DICT(*d), sp[-1], func, true))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        List *l = AS_LIST(sp[-1]);
        SYNC();
        Tuple *t = awtuple_from_array(S, l->items, l->len);
        if (t == NULL)
            goto error;
        sp[-1] = OBJ_VAL(t);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Value *vp = sp - 1 - ((OPARG & 4) ? 1 : 0);
        SYNC();
        if (!format_value(S, OPARG, vp))
            goto error;
        sp = vp + 1;
        DISPATCH();
    }

    TARGET(JUMP) {
        JUMP_TICK(OPARG);
        if (INSTR_OP(*ip) == OP_RETURN_VALUE) { /* `x if c else y` */
            ip++;
            goto do_return;
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        int t = fast_truth(sp[-1]);
        if (AW_UNLIKELY(t == -2)) {
            SYNC();
            if ((t = awobj_truthy(S, sp[-1])) < 0)
                goto error;
        }
        sp--;
        if (!t)
            JUMP_TICK(OPARG);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        int t = fast_truth(sp[-1]);
        if (AW_UNLIKELY(t == -2)) {
            SYNC();
            if ((t = awobj_truthy(S, sp[-1])) < 0)
                goto error;
        }
        sp--;
        if (t)
            JUMP_TICK(OPARG);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        if (IS_NONE(*--sp))
            JUMP_TICK(OPARG);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (!IS_NONE(*--sp))
            JUMP_TICK(OPARG);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = fast_truth(sp[-1]);
        if (t == -2) {
            SYNC();
            if ((t = awobj_truthy(S, sp[-1])) < 0)
                goto error;
        }
        if (!t)
            JUMP_TO(OPARG);
        else
            sp--;
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = fast_truth(sp[-1]);
        if (t == -2) {
            SYNC();
            if ((t = awobj_truthy(S, sp[-1])) < 0)
                goto error;
        }
        if (t)
            JUMP_TO(OPARG);
        else
            sp--;
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Value it;
        SYNC();
        if (!awobj_iter(S, sp[-1], &it))
            goto error;
        sp[-1] = it;
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Value itv = sp[-1], v;
        if (IS_KIND(itv, OBJ_ITERATOR)) {
            Iterator *it = (Iterator *)AS_OBJ(itv);
            if (it->obj.type == TYPE(S, RANGE_ITER)) {
                if (it->step > 0 ? it->index < it->end
                                 : it->index > it->end) {
                    sp->tag = VT_INT;
                    sp->as.i = it->index;
                    sp++;
                    if (__builtin_add_overflow(it->index, it->step,
                                               &it->index))
                        it->index = it->end;
                    goto fuse_store;
                }
            } else if (it->obj.type == TYPE(S, LIST_ITER) &&
                       IS_LIST(it->src)) {
                List *l = AS_LIST(it->src);
                if (it->index >= 0 && (uint64_t)it->index < l->len) {
                    VCOPY(*sp, l->items[it->index]);
                    it->index++;
                    sp++;
                    goto fuse_store;
                }
            }
        }
        SYNC();
        if (IS_GEN(itv) && AS_OBJ(itv)->type == TYPE(S, GENERATOR) &&
            AS_GEN(itv)->state != GEN_RUNNING &&
            AS_GEN(itv)->state != GEN_CLOSED) {
            /* resume the generator in this loop: its frames go on top */
            if (!awgen_enter_root(S, AS_GEN(itv)))
                goto error;
            frame = S->frame;
            LOAD_FRAME();
            *sp++ = NONE_VAL;
            DISPATCH();
        }
        int r = awobj_next(S, itv, &v);
        if (r < 0)
            goto error;
        if (r == 0) {
            sp--;
            JUMP_TO(OPARG);
            DISPATCH();
        }
        *sp++ = v;
        goto fuse_store;
    }

    TARGET(UNPACK_SEQUENCE) {
        Value *base = sp - 1;
        SYNC();
        if (!unpack_sequence(S, frame, base, OPARG))
            goto error;
        sp = base + OPARG;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Value *base = sp - 1;
        uint32_t before = OPARG & 0xff, after = OPARG >> 8;
        SYNC();
        if (!unpack_ex(S, frame, base, before, after))
            goto error;
        sp = base + before + 1 + after;
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
    do_return: {
        Value rv;
        VCOPY(rv, sp[-1]);
        if (AW_UNLIKELY(frame->flags & FRAME_HEAP)) {
            sp--;
            SYNC();
            rv_slot = rv;
            goto gen_return;
        }
        Frame *caller = frame->prev;
        uint32_t fflags = frame->flags;
        pop_frame(S, frame);
        if (fflags & FRAME_ENTRY) {
            *result = rv;
            return true;
        }
        frame = caller;
        LOAD_FRAME();
        if (AW_UNLIKELY(fflags & FRAME_INIT)) {
            /* the instance is already on the caller's stack */
            if (!IS_NONE(rv)) {
                SYNC();
                awerr_format(S, EXC_TypeError,
                             "__init__() should return None, not '%s'",
                             awobj_typename(S, rv));
                goto error;
            }
            DISPATCH();
        }
        VCOPY(*sp, rv);
        sp++;
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        uint32_t n = 1 + !!(OPARG & 1) + !!(OPARG & 2) + !!(OPARG & 4) +
                     !!(OPARG & 8);
        Value *base = sp - n;
        SYNC();
        Function *f = make_function(S, frame, OPARG, base);
        if (f == NULL)
            goto error;
        sp = base;
        *sp++ = OBJ_VAL(f);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        SYNC();
        if (OPARG == 0) {
            /* a bare raise adds no traceback entry */
            Value e = S->exc_info;
            if (IS_NULL(e) || IS_NONE(e)) {
                awerr_format(S, EXC_RuntimeError,
                             "No active exception to reraise");
                goto error;
            }
            S->exc = e;
            goto unwind;
        }
        if (OPARG == 1)
            awerr_raise(S, sp[-1]);
        else
            raise_from(S, sp[-2], sp[-1]);
        goto error;
    }

    TARGET(PUSH_EXC_INFO) {
        Value exc = sp[-1];
        sp[-1] = S->exc_info;
        *sp++ = exc;
        S->exc_info = exc;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        S->exc_info = *--sp;
        DISPATCH();
    }

    TARGET(RERAISE) {
        /* with OPARG, lasti sits below: the pc of the original raise.
         * Handlers are looked up from this instruction, as in CPython,
         * and no traceback entry is added. */
        S->exc = *--sp;
        SYNC();
        goto unwind;
    }

    TARGET(CHECK_EXC_MATCH) {
        SYNC();
        int r = exc_match(S, sp[-2], sp[-1]);
        if (r < 0)
            goto error;
        sp[-1] = BOOL_VAL(r);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        *sp++ = OBJ_VAL(EXC_TYPE(S, AssertionError));
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        SYNC();
        String *name = awstr_intern_cstr(S, "__build_class__");
        if (name == NULL)
            goto error;
        Value v = frame->builtins ? awdict_get_str(S, frame->builtins, name)
                                  : NULL_VAL;
        if (IS_NULL(v)) {
            awerr_format(S, EXC_NameError, "__build_class__ not found");
            goto error;
        }
        *sp++ = v;
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Value m;
        SYNC();
        int64_t level = IS_INT(sp[-2]) ? AS_INT(sp[-2]) : 0;
        if (!awimport_name(S, frame->globals, CODE->names[OPARG], sp[-1],
                           (int)level, &m))
            goto error;
        sp--;
        sp[-1] = m;
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        Value v;
        SYNC();
        if (!awimport_from(S, sp[-1], CODE->names[OPARG], &v))
            goto error;
        *sp++ = v;
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        SYNC();
        if (frame->locals == NULL) {
            awerr_format(S, EXC_SystemError, "no locals found during 'import *'");
            goto error;
        }
        if (!awimport_star(S, sp[-1], frame->locals))
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        *sp++ = NULL_VAL; /* a rooted slot for __enter__ */
        SYNC();
        if (!before_with(S, sp - 2, OPARG != 0))
            goto error;
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        Value res;
        SYNC();
        if (!with_except_start(S, sp, &res))
            goto error;
        *sp++ = res;
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        SYNC();
        Generator *g = awgen_new(S, frame);
        if (g == NULL) {
            awerr_nomem(S);
            goto error;
        }
        /* the call returns the generator; its frame lives on in g */
        Value rv = OBJ_VAL(g);
        Frame *caller = frame->prev;
        bool was_entry = (frame->flags & FRAME_ENTRY) != 0;
        pop_frame(S, frame);
        GEN_FRAME(g)->flags &= ~(uint32_t)FRAME_ENTRY;
        if (was_entry) {
            *result = rv;
            return true;
        }
        frame = caller;
        LOAD_FRAME();
        *sp++ = rv;
        if (INSTR_OP(*ip) == OP_GET_AITER &&
            g->obj.type == TYPE(S, ASYNC_GENERATOR))
            g->agflags |= AG_FRESH; /* `async for x in agen()` holds it */
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        Value v;
        VCOPY(v, sp[-1]);
        sp--;
        SYNC();
        if (OPARG && FRAME_GEN(frame) != S->genroot) {
            /* an async generator's yield ends the await of its
             * __anext__(): its frame leaves the chain, the awaiting
             * frame goes on after its SEND */
            bool ok = awagen_yield(S, frame, v, &v);
            frame = S->frame;
            LOAD_FRAME();
            if (!ok)
                goto error;
            *sp++ = v;
            JUMP_TO(INSTR_ARG(ip[-1]));
            DISPATCH();
        }
        /* the whole chain of the running root suspends at once */
        Generator *root = S->genroot;
        Frame *rf = GEN_FRAME(root);
        bool to_c = (rf->flags & FRAME_ENTRY) != 0;
        rf->flags &= ~(uint32_t)FRAME_ENTRY;
        awgen_suspend_root(S, frame);
        if (to_c) {
            S->gen_yielded = true;
            *result = v;
            return true;
        }
        frame = S->frame; /* a FOR_ITER resumed the root */
        LOAD_FRAME();
        *sp++ = v;
        goto fuse_store;
    }

    TARGET(SEND) {
        Value recv = sp[-2];
        SYNC();
        if (IS_AGEN_AWAIT(S, recv)) {
            /* an async generator's awaitable: its frames go on top */
            Value y;
            int r = awagen_link(S, recv, sp[-1], frame, &y);
            if (r == AGEN_ERROR)
                goto error;
            sp -= 2;
            if (r == AGEN_DONE) {
                *sp++ = y;
                JUMP_TO(OPARG);
                DISPATCH();
            }
            SYNC();
            frame = S->frame;
            LOAD_FRAME();
            if (r == AGEN_THROW)
                goto error;
            *sp++ = y;
            DISPATCH();
        }
        if (IS_GEN(recv) && AS_GEN(recv)->state != GEN_CLOSED) {
            /* delegate: the receiver's frames go on top of this one and
             * run in this loop; its yields suspend the whole chain */
            Generator *g = AS_GEN(recv);
            if (!awgen_check_send(S, g, sp[-1]))
                goto error;
            Value sent = sp[-1];
            sp -= 2;
            SYNC(); /* recv stays alive as this generator's delegate */
            if (!awgen_delegate(S, g, frame)) {
                sp += 2;
                SYNC();
                goto error;
            }
            frame = S->frame;
            LOAD_FRAME();
            *sp++ = sent;
            DISPATCH();
        }
        Value y;
        int r = awgen_send_other(S, recv, sp[-1], &y);
        if (r < 0)
            goto error;
        if (r == 0) { /* returned: y is the result of the yield from */
            sp -= 2;
            *sp++ = y;
            JUMP_TO(OPARG);
            DISPATCH();
        }
        sp[-1] = y; /* yielded: YIELD_VALUE passes it out */
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        Value it;
        SYNC();
        if (!awgen_get_awaitable(S, sp[-1], OPARG, &it))
            goto error;
        sp[-1] = it;
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Value it;
        SYNC();
        if (!awgen_yield_from_iter(S, sp[-1], CODE, &it))
            goto error;
        sp[-1] = it;
        DISPATCH();
    }

    TARGET(GET_AITER) {
        Value it;
        SYNC();
        if (!awagen_get_aiter(S, sp[-1], &it))
            goto error;
        sp[-1] = it;
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        Value aw;
        SYNC();
        if (!awagen_get_anext(S, sp[-1], &aw))
            goto error;
        *sp++ = aw;
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        Value exc = sp[-1];
        if (awobj_isinstance(S, exc, EXC_TYPE(S, StopAsyncIteration)) == 1) {
            sp -= 2;
            DISPATCH();
        }
        S->exc = exc; /* re-raised as it is, as RERAISE does */
        sp--;
        SYNC();
        goto unwind;
    }

    TARGET(POP_AITER) {
        SYNC(); /* the iterator stays on the stack while it is finalized */
        awagen_dropped(S, sp[-1]);
        sp--;
        DISPATCH();
    }

    /* A generator's frame returned with rv: continue in what resumed or
     * delegated to it. */
gen_return: {
        bool was_entry = (frame->flags & FRAME_ENTRY) != 0;
        Value aw = awagen_linked(S, frame) ? FRAME_GEN(frame->prev)->delegate
                                           : NULL_VAL;
        bool agc = awagen_frame_ends(S, frame);
        awgen_exit_frame(S, frame);
        if (AW_UNLIKELY(agc)) {
            awgc_push(S, aw); /* no longer the delegate of its awaiter */
            awagen_collect(S, rv_slot);
            awgc_pop(S, 1);
        }
        if (was_entry) {
            S->gen_yielded = false;
            *result = rv_slot;
            return true;
        }
        frame = S->frame;
        LOAD_FRAME();
        if (AW_UNLIKELY(!IS_NULL(aw))) {
            /* an async generator returned: StopAsyncIteration, or the
             * result of aclose() */
            if (!awagen_leave(S, aw, false, &rv_slot))
                goto error;
        }
        uint32_t w = ip[-1]; /* the resumer stands after SEND or FOR_ITER */
        if (INSTR_OP(w) == OP_SEND)
            *sp++ = rv_slot;
        else
            sp--; /* FOR_ITER: the exhausted generator */
        JUMP_TO(INSTR_ARG(w));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        SYNC();
        if (frame->locals == NULL) {
            awerr_format(S, EXC_SystemError,
                         "no locals found when setting up annotations");
            goto error;
        }
        String *name = awstr_intern_cstr(S, "__annotations__");
        if (name == NULL)
            goto error;
        if (IS_NULL(awdict_get_str(S, frame->locals, name))) {
            Dict *d = awdict_new(S);
            if (d == NULL || !awdict_set_str(S, frame->locals, name,
                                             OBJ_VAL(d)))
                goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_SET_ITEM_NAME)
#if USE_COMPUTED_GOTO
    L_bad_opcode:
#else
    default:
#endif
    {
        SYNC();
        awerr_format(S, EXC_SystemError, "unknown opcode %u",
                     (unsigned)INSTR_OP(word));
        goto error;
    }

#if !USE_COMPUTED_GOTO
    }
#endif

    /* An exception is pending: record this frame in its traceback, then
     * find the handler of the failing instruction, in this frame or a
     * caller's. */
error:
    SYNC();
    if (AW_UNLIKELY(IS_NULL(S->exc)))
        awerr_format(S, EXC_SystemError,
                     "error return without exception set");
    (void)awexc_add_tb(S, S->exc, CODE, (uint32_t)(ip - CODE->code) - 1);
unwind: {
        uint32_t pc = (uint32_t)(ip - CODE->code) - 1;
        /* a halting interpreter runs no handler: nothing catches the
         * stop, no finally or __exit__ runs more code */
        const ExcEntry *h =
            AW_UNLIKELY(S->halting) ? NULL : find_handler(CODE, pc);
        if (h != NULL) {
            sp = frame->stack + h->depth;
            if (h->lasti)
                *sp++ = INT_VAL(pc);
            *sp++ = S->exc;
            S->exc = NULL_VAL;
            JUMP_TO(h->target);
            DISPATCH();
        }
        Frame *caller = frame->prev;
        bool was_entry = (frame->flags & FRAME_ENTRY) != 0;
        Value aw = NULL_VAL;
        if (frame->flags & FRAME_HEAP) {
            awgen_fix_stop(S, frame);
            if (awagen_linked(S, frame))
                aw = FRAME_GEN(caller)->delegate;
            bool agc = awagen_frame_ends(S, frame);
            awgen_exit_frame(S, frame);
            if (AW_UNLIKELY(agc))
                awagen_collect(S, aw);
        } else {
            awframe_pop(S, frame);
        }
        if (was_entry)
            return false;
        frame = caller;
        LOAD_FRAME();
        if (AW_UNLIKELY(!IS_NULL(aw)) && awagen_leave(S, aw, true, &aw)) {
            /* aclose() ended by GeneratorExit: its await is over */
            *sp++ = aw;
            JUMP_TO(INSTR_ARG(ip[-1]));
            DISPATCH();
        }
        goto error;
    }
}

#undef LOCALS
#undef CODE
#undef OPARG

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

/* Pushes an entry frame for code and runs it to its return. */
static bool run_frame(AwState *S, Function *func, Code *code, Dict *globals,
                      Dict *locals, Value *out)
{
    if (AW_UNLIKELY(--S->ticks < 0) && !awlimit_tick(S))
        return false; /* a call from C: a loop in C cannot run forever */
    if (!awstate_c_enter(S, " while calling a Python object"))
        return false;
    bool ok = false;
    Dict *builtins = func ? func->builtins : S->builtins;
    Frame *f = awframe_push(S, func, code, globals, builtins, locals);
    if (f != NULL) {
        f->flags |= FRAME_ENTRY;
        if (awframe_init_cells(S, f))
            ok = execute(S, f, out);
        else
            awframe_pop(S, f);
    }
    AW_C_LEAVE(S);
    return ok;
}

bool awvm_run(AwState *S, Code *code, Dict *globals, Value *out)
{
    return run_frame(S, NULL, code, globals, globals, out);
}

bool awvm_exec(AwState *S, Code *code, Dict *globals, Dict *locals,
               Value *out)
{
    return run_frame(S, NULL, code, globals, locals, out);
}

bool awvm_run_body(AwState *S, Function *f, Dict *locals, Value *out)
{
    return run_frame(S, f, f->code, f->globals, locals, out);
}

bool awvm_resume(AwState *S, Frame *f, bool throwing, Value *out)
{
    S->vm_throw = throwing;
    return execute(S, f, out);
}
