/* Classes: the class statement (__build_class__, type(name, bases, dict)),
 * the C3 MRO, instance layout and __slots__, calling a class (__new__ then
 * __init__), version tags for the attribute caches and the weak lists of
 * subclasses that invalidate them. Attribute lookup and the descriptor
 * types live in vm/descr.c. */
#include <string.h>

#include "vm/class.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/slots.h"
#include "vm/str.h"

/* a type listed in S->classes (it has or had subclasses) */
#define TF_REGISTERED (1u << 30)
#define TF_HOOKS                                                             \
    (TF_GETATTRIBUTE | TF_GETATTR | TF_SETATTR | TF_DESCR_GET | TF_DESCR_SET)

/* ------------------------------------------------------------------ */
/* Subclasses and version tags                                         */

static bool register_class(AwState *S, Type *t)
{
    if (t->tflags & TF_REGISTERED)
        return true;
    if (S->nclasses == S->capclasses) {
        size_t cap = S->capclasses ? S->capclasses * 2 : 64;
        Type **a = awmem_realloc(S, S->classes,
                                 S->capclasses * sizeof(Type *),
                                 cap * sizeof(Type *));
        if (a == NULL)
            return awerr_nomem(S);
        S->classes = a;
        S->capclasses = cap;
    }
    S->classes[S->nclasses++] = t;
    t->tflags |= TF_REGISTERED;
    return true;
}

static bool add_subclass(AwState *S, Type *base, Type *t)
{
    if (!register_class(S, base))
        return false;
    if (base->nsubs == base->capsubs) {
        uint32_t cap = base->capsubs ? base->capsubs * 2 : 4;
        Type **a = awmem_realloc(S, base->subs,
                                 base->capsubs * sizeof(Type *),
                                 cap * sizeof(Type *));
        if (a == NULL)
            return awerr_nomem(S);
        base->subs = a;
        base->capsubs = cap;
    }
    base->subs[base->nsubs++] = t;
    return true;
}

void awclass_gc_prune(AwState *S)
{
    size_t k = 0;
    for (size_t i = 0; i < S->nclasses; i++) {
        Type *t = S->classes[i];
        if (!t->obj.marked)
            continue; /* dead: its array goes with it */
        uint32_t n = 0;
        for (uint32_t j = 0; j < t->nsubs; j++)
            if (t->subs[j]->obj.marked)
                t->subs[n++] = t->subs[j];
        t->nsubs = n;
        S->classes[k++] = t;
    }
    S->nclasses = k;
}

void awclass_free(AwState *S, Type *t)
{
    if (t->subs)
        awmem_free(S, t->subs, t->capsubs * sizeof(Type *));
    t->subs = NULL;
}

uint32_t awclass_version(AwState *S, Type *t)
{
    if (t->version == 0 && S->next_version < UINT32_MAX)
        t->version = ++S->next_version;
    return t->version;
}

/* Is v what the builtin type `owner` defines under this name (a C
 * function of that type)? */
static bool is_builtin_of(Value v, Type *owner)
{
    return IS_CFUNCTION(v) && AS_CFUNCTION(v)->owner == owner;
}

/* Recomputes the TF_ hook bits of a class from its MRO. */
static void update_hooks(AwState *S, Type *t)
{
    if (!(t->tflags & TF_HEAPTYPE))
        return;
    Type *obj = TYPE(S, OBJECT);
    uint32_t f = t->tflags & ~(uint32_t)TF_HOOKS;
    Value v = awtype_lookup(S, t, NAME(S, getattribute));
    if (!IS_NULL(v) && !is_builtin_of(v, obj))
        f |= TF_GETATTRIBUTE;
    if (!IS_NULL(awtype_lookup(S, t, NAME(S, getattr))))
        f |= TF_GETATTR;
    v = awtype_lookup(S, t, NAME(S, setattr));
    Value d = awtype_lookup(S, t, NAME(S, delattr));
    if ((!IS_NULL(v) && !is_builtin_of(v, obj)) ||
        (!IS_NULL(d) && !is_builtin_of(d, obj)))
        f |= TF_SETATTR;
    if (!IS_NULL(awtype_lookup(S, t, NAME(S, get))))
        f |= TF_DESCR_GET;
    if (!IS_NULL(awtype_lookup(S, t, NAME(S, set))) ||
        !IS_NULL(awtype_lookup(S, t, NAME(S, delete))))
        f |= TF_DESCR_SET;
    t->tflags = f;
}

void awclass_modified(AwState *S, Type *t, String *name)
{
    t->version = 0;
    update_hooks(S, t);
    for (uint32_t i = 0; i < t->nsubs; i++)
        awclass_modified(S, t->subs[i], name);
}

/* ------------------------------------------------------------------ */
/* The C3 linearisation                                                */

static bool mro_error(AwState *S, Tuple **seqs, size_t *heads, size_t n)
{
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "Cannot create a consistent method resolution\n"
                   "order (MRO) for bases ");
    size_t shown = 0;
    Type *seen[64];
    for (size_t i = 0; i < n; i++) {
        if (heads[i] >= seqs[i]->len)
            continue;
        Type *c = AS_TYPE(seqs[i]->items[heads[i]]);
        bool dup = false;
        for (size_t j = 0; j < shown && j < 64; j++)
            dup = dup || seen[j] == c;
        if (dup)
            continue;
        if (shown < 64)
            seen[shown] = c;
        awbuf_printf(&b, "%s%s", shown++ ? ", " : "", c->name->data);
    }
    String *s = awbuf_finish(&b);
    return s ? awerr_str(S, EXC_TypeError, s) : false;
}

/* c is in the tail of some sequence (after its head)? */
static bool in_tail(Tuple **seqs, size_t *heads, size_t n, Value c)
{
    for (size_t i = 0; i < n; i++)
        for (size_t k = heads[i] + 1; k < seqs[i]->len; k++)
            if (AS_OBJ(seqs[i]->items[k]) == AS_OBJ(c))
                return true;
    return false;
}

/* Merges the MROs of the bases and the bases themselves into out (room
 * for cap), after out[0] = t. Returns the length, or 0 with TypeError. */
static size_t c3_merge(AwState *S, Tuple **seqs, size_t *heads, size_t n,
                       Value *out, size_t cap)
{
    size_t len = 1;
    for (;;) {
        Value cand = NULL_VAL;
        bool left = false;
        for (size_t i = 0; i < n && IS_NULL(cand); i++) {
            if (heads[i] >= seqs[i]->len)
                continue;
            left = true;
            Value c = seqs[i]->items[heads[i]];
            if (!in_tail(seqs, heads, n, c))
                cand = c;
        }
        if (!left)
            return len;
        if (IS_NULL(cand) || len >= cap) {
            mro_error(S, seqs, heads, n);
            return 0;
        }
        out[len++] = cand;
        for (size_t i = 0; i < n; i++)
            if (heads[i] < seqs[i]->len &&
                AS_OBJ(seqs[i]->items[heads[i]]) == AS_OBJ(cand))
                heads[i]++;
    }
}

/* The MRO of t with these bases. The merge works in raw memory: every
 * type in it is reachable from the bases. */
static Tuple *c3_mro(AwState *S, Type *t, Tuple *bases)
{
    size_t n = bases->len + 1, total = 1;
    for (size_t i = 0; i < bases->len; i++)
        total += AS_TYPE(bases->items[i])->mro->len;
    Tuple **seqs = awmem_alloc(S, n * sizeof(Tuple *));
    size_t *heads = awmem_alloc(S, n * sizeof(size_t));
    Value *out = awmem_alloc(S, total * sizeof(Value));
    Tuple *mro = NULL;
    if (seqs == NULL || heads == NULL || out == NULL) {
        awerr_nomem(S);
        goto done;
    }
    for (size_t i = 0; i + 1 < n; i++)
        seqs[i] = AS_TYPE(bases->items[i])->mro;
    seqs[n - 1] = bases;
    memset(heads, 0, n * sizeof(size_t));
    out[0] = OBJ_VAL(t);
    size_t len = c3_merge(S, seqs, heads, n, out, total);
    if (len > 0)
        mro = awtuple_from_array(S, out, len);
done:
    awmem_free(S, seqs, n * sizeof(Tuple *));
    awmem_free(S, heads, n * sizeof(size_t));
    awmem_free(S, out, total * sizeof(Value));
    return mro;
}

/* ------------------------------------------------------------------ */
/* Bases and layout                                                    */

/* The type whose instance layout t's instances share (CPython's
 * solid_base): up through classes that add nothing but a __dict__. */
static Type *solid_base(Type *t)
{
    while ((t->tflags & TF_HEAPTYPE) && t->base != NULL) {
        uint32_t added = t->extsize - t->base->extsize;
        if (t->dictoffset != 0 && t->base->dictoffset == 0)
            added -= (uint32_t)sizeof(Value);
        if (added != 0)
            break;
        t = t->base;
    }
    return t;
}

static bool check_bases(AwState *S, Tuple *bases)
{
    for (size_t i = 0; i < bases->len; i++) {
        if (!IS_TYPE(bases->items[i]))
            return awerr_format(S, EXC_TypeError,
                                "bases must be types");
        Type *b = AS_TYPE(bases->items[i]);
        if (!(b->tflags & TF_BASETYPE))
            return awerr_format(S, EXC_TypeError,
                                "type '%s' is not an acceptable base type",
                                b->name->data);
        for (size_t j = 0; j < i; j++)
            if (AS_OBJ(bases->items[j]) == (Obj *)b)
                return awerr_format(S, EXC_TypeError,
                                    "duplicate base class %s",
                                    b->name->data);
    }
    return true;
}

/* The base whose layout the class extends (CPython's best_base). */
static Type *best_base(AwState *S, Tuple *bases)
{
    Type *winner = NULL, *base = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        Type *b = AS_TYPE(bases->items[i]);
        Type *cand = solid_base(b);
        if (winner == NULL) {
            winner = cand;
            base = b;
        } else if (awtype_issubclass(winner, cand)) {
            /* keep */
        } else if (awtype_issubclass(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            awerr_format(S, EXC_TypeError,
                         "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool is_varsize(uint8_t kind)
{
    return kind == OBJ_STR || kind == OBJ_TUPLE || kind == OBJ_BYTES;
}

/* Where the extension Value number idx of a new class's instances keeps
 * a Dict *: see awobj_dictptr. */
static int32_t dict_offset(Type *t, uint32_t idx)
{
    int32_t rel = (int32_t)(idx * sizeof(Value) + 8);
    if (is_varsize(t->instkind))
        return -rel - 1;
    return (int32_t)((t->instsize + 7) & ~(size_t)7) + rel;
}

/* ------------------------------------------------------------------ */
/* __slots__                                                           */

/* Private names (__x) inside class C become _C__x, as CPython's
 * _Py_Mangle does. */
static String *mangle(AwState *S, String *cls, String *name)
{
    const char *n = name->data;
    if (n[0] != '_' || n[1] != '_' || name->len < 3 ||
        (n[name->len - 1] == '_' && n[name->len - 2] == '_') ||
        strchr(n, '.'))
        return name;
    const char *c = cls->data;
    while (*c == '_')
        c++;
    if (*c == '\0')
        return name;
    String *s = awstr_printf(S, "_%s%s", c, n);
    return s ? awstr_intern_str(S, s) : NULL;
}

static bool is_identifier(String *s)
{
    if (s->len == 0)
        return false;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char ch = (unsigned char)s->data[i];
        bool ok = ch >= 0x80 || ch == '_' || (ch >= 'a' && ch <= 'z') ||
                  (ch >= 'A' && ch <= 'Z') || (i > 0 && ch >= '0' &&
                                               ch <= '9');
        if (!ok)
            return false;
    }
    return true;
}

/* Member descriptors live in vm/descr.c. */
Value awdescr_member_new(AwState *S, String *name, Type *owner,
                         uint32_t offset);

/* The names of __slots__ as a tuple (a str is one name). */
static Tuple *slot_names(AwState *S, Value slots)
{
    if (IS_STR(slots)) {
        Value v = slots;
        return awtuple_from_array(S, &v, 1);
    }
    return awtuple_from_iterable(S, slots);
}

/* Lays out the Values of __slots__ (and __dict__ when listed) after the
 * base's extension, with a member descriptor for each name. */
static bool add_slots(AwState *S, Type *t, Value slots, bool *want_dict)
{
    Tuple *names = slot_names(S, slots);
    if (names == NULL)
        return false;
    awgc_push(S, OBJ_VAL(names));
    bool ok = true;
    *want_dict = false;
    for (size_t i = 0; ok && i < names->len; i++) {
        Value v = names->items[i];
        if (!IS_STR(v)) {
            ok = awerr_format(S, EXC_TypeError,
                              "__slots__ items must be strings, not '%s'",
                              awobj_typename(S, v));
            break;
        }
        String *nm = AS_STR(v);
        if (!is_identifier(nm)) {
            ok = awerr_format(S, EXC_TypeError,
                              "__slots__ must be identifiers");
            break;
        }
        if (strcmp(nm->data, "__dict__") == 0) {
            if (*want_dict || t->base->dictoffset != 0)
                ok = awerr_format(S, EXC_TypeError,
                                  "__dict__ slot disallowed: we already "
                                  "got one");
            *want_dict = true;
            continue;
        }
        if (strcmp(nm->data, "__weakref__") == 0)
            continue;
        if (t->instkind == OBJ_TUPLE || t->instkind == OBJ_BYTES ||
            t->instkind == OBJ_BIGINT) {
            ok = awerr_format(S, EXC_TypeError,
                              "nonempty __slots__ not supported for "
                              "subtype of '%s'",
                              t->base->name->data);
            break;
        }
        String *m = mangle(S, t->name, nm);
        if (m == NULL) {
            ok = false;
            break;
        }
        awgc_push(S, OBJ_VAL(m));
        if (!IS_NULL(awdict_get_str(S, t->dict, m))) {
            ok = awerr_format(S, EXC_ValueError,
                              "'%s' in __slots__ conflicts with class "
                              "variable",
                              m->data);
        } else {
            Value d = awdescr_member_new(S, m, t, t->extsize);
            ok = !IS_NULL(d);
            if (ok) {
                awgc_push(S, d);
                ok = awdict_set_str(S, t->dict, m, d);
                awgc_pop(S, 1);
                t->extsize += sizeof(Value);
            }
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* The instance layout of a new class: its base's, plus __slots__ and a
 * __dict__ unless __slots__ says otherwise. */
static void set_boxed(AwState *S, Type *t);

static bool set_layout(AwState *S, Type *t)
{
    Type *b = t->base;
    t->instkind = b->instkind;
    t->instsize = b->instsize;
    t->extsize = b->extsize;
    t->dictoffset = b->dictoffset;
    if (b == TYPE(S, INT) || b == TYPE(S, FLOAT) || (b->tflags & TF_BOXED))
        set_boxed(S, t);
    t->base_getattr = (b->tflags & TF_HEAPTYPE) ? b->base_getattr
                                                 : b->getattr;
    t->base_setattr = (b->tflags & TF_HEAPTYPE) ? b->base_setattr
                                                 : b->setattr;
    Value slots = awdict_get_str(S, t->dict, NAME(S, slots));
    bool want_dict = true;
    if (!IS_NULL(slots) && !add_slots(S, t, slots, &want_dict))
        return false;
    if (want_dict && t->dictoffset == 0) {
        t->dictoffset = dict_offset(t, t->extsize / sizeof(Value));
        t->extsize += sizeof(Value);
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Classes of int and float                                            */

/* int and float values are immediates, not objects: an instance of a
 * class derived from them is a plain instance holding the number in its
 * first extension Value, and its slots unbox before doing what the
 * number does. */
static void set_boxed(AwState *S, Type *t)
{
    (void)S;
    t->tflags |= TF_BOXED;
    if (t->base->tflags & TF_BOXED)
        return;
    t->instkind = OBJ_INSTANCE;
    t->instsize = sizeof(Instance);
    t->extsize = sizeof(Value);
    /* its slots, which unbox the number, are set by awslots_update */
}

/* An instance of the boxed class t holding the number v. */
static bool box_number(AwState *S, Type *t, Value v, Value *out)
{
    Instance *o = awgc_alloc(S, t, OBJ_INSTANCE, sizeof(Instance));
    if (o == NULL)
        return false;
    o->ext[0] = v;
    *out = OBJ_VAL(o);
    return true;
}

bool awclass_new_boxed(AwState *S, Type *t, Type *owner, int argc,
                       Value *argv, Tuple *kwnames, Value *out)
{
    Value v;
    if (!owner->new_(S, owner, argc, argv, kwnames, &v))
        return false;
    return box_number(S, t, awclass_unbox(v), out);
}

/* ------------------------------------------------------------------ */
/* Creating a class                                                    */

Value awdescr_wrap(AwState *S, TypeId kind, Value func);

/* __qualname__, __classcell__, __module__, __doc__ and the implicit
 * staticmethod/classmethod of __new__, __init_subclass__ and
 * __class_getitem__. */
static bool fix_namespace(AwState *S, Type *t)
{
    Dict *d = t->dict;
    Value q = awdict_get_str(S, d, NAME(S, qualname));
    if (!IS_NULL(q)) {
        if (!IS_STR(q))
            return awerr_format(S, EXC_TypeError,
                                "type __qualname__ must be a str, not %s",
                                awobj_typename(S, q));
        t->qualname = AS_STR(q);
        if (awdict_del(S, d, OBJ_VAL(NAME(S, qualname))) < 0)
            return false;
    }
    if (IS_NULL(awdict_get_str(S, d, NAME(S, module)))) {
        Value m = S->frame ? awdict_get_str(S, S->frame->globals,
                                            NAME(S, name))
                           : NULL_VAL;
        if (!IS_NULL(m) && !awdict_set_str(S, d, NAME(S, module), m))
            return false;
    }
    Value mod = awdict_get_str(S, d, NAME(S, module));
    t->module = IS_STR(mod) ? AS_STR(mod) : NAME(S, builtins);
    if (IS_NULL(awdict_get_str(S, d, NAME(S, doc))) &&
        !awdict_set_str(S, d, NAME(S, doc), NONE_VAL))
        return false;
    static const struct {
        int name;
        TypeId kind;
    } wrap[] = {
        {NAME_new, TY_STATICMETHOD},
        {NAME_init_subclass, TY_CLASSMETHOD},
        {NAME_class_getitem, TY_CLASSMETHOD},
    };
    for (size_t i = 0; i < sizeof wrap / sizeof *wrap; i++) {
        String *n = S->names[wrap[i].name];
        Value f = awdict_get_str(S, d, n);
        if (!IS_FUNCTION(f))
            continue;
        Value w = awdescr_wrap(S, wrap[i].kind, f);
        if (IS_NULL(w) || !awdict_set_str(S, d, n, w))
            return false;
    }
    return true;
}

/* The class cell of a class body gets the class (super() without
 * arguments reads it). */
static bool fill_classcell(AwState *S, Type *t)
{
    Value c = awdict_get_str(S, t->dict, NAME(S, classcell));
    if (IS_NULL(c))
        return true;
    if (!IS_KIND(c, OBJ_CELL))
        return awerr_format(S, EXC_TypeError,
                            "__classcell__ must be a nonlocal cell, not "
                            "%s",
                            awobj_typename(S, c));
    ((Cell *)AS_OBJ(c))->v = OBJ_VAL(t);
    return awdict_del(S, t->dict, OBJ_VAL(NAME(S, classcell))) >= 0;
}

/* Calls attr.__set_name__(t, name) for each class attribute that has
 * one, over a copy of the namespace (they may change it). */
static bool call_set_names(AwState *S, Type *t)
{
    Dict *copy = awdict_copy(S, t->dict);
    if (copy == NULL)
        return false;
    awgc_push(S, OBJ_VAL(copy));
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(copy, &pos, &k, &v)) {
        Type *vt = awobj_type(S, v);
        if (!IS_OBJ(v) || IS_TYPE(v))
            continue;
        Value f = awtype_lookup(S, vt, NAME(S, set_name));
        if (IS_NULL(f))
            continue;
        Value args[3] = {v, OBJ_VAL(t), k}, r;
        for (int i = 0; i < 3; i++)
            awgc_push(S, args[i]);
        ok = awobj_call(S, f, 3, S->roots + S->nroots - 3, NULL, &r);
        awgc_pop(S, 3);
    }
    awgc_pop(S, 1);
    return ok;
}

/* super(t, t).__init_subclass__(**kwargs) */
static bool call_init_subclass(AwState *S, Type *t, Value *kwvalues,
                               Tuple *kwnames)
{
    Tuple *mro = t->mro;
    Value f = NULL_VAL;
    for (size_t i = 1; i < mro->len && IS_NULL(f); i++)
        f = awdict_get_str(S, AS_TYPE(mro->items[i])->dict,
                           NAME(S, init_subclass));
    if (IS_NULL(f))
        return true;
    Value bound, r;
    if (!awclass_descr_get(S, f, NULL_VAL, t, &bound))
        return false;
    awgc_push(S, bound);
    bool ok = awobj_call(S, bound, 0, kwvalues, kwnames, &r);
    awgc_pop(S, 1);
    return ok;
}

/* The class object itself: fields, namespace, MRO, layout, slots. */
static Type *make_class(AwState *S, String *name, Tuple *bases, Dict *ns)
{
    Type *base = best_base(S, bases);
    if (base == NULL)
        return NULL;
    Type *t = awgc_alloc(S, TYPE(S, TYPE), OBJ_TYPE, sizeof(Type));
    if (t == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    t->name = t->qualname = name;
    t->module = NAME(S, builtins);
    t->base = base;
    t->bases = bases;
    t->tflags = TF_HEAPTYPE | TF_BASETYPE | (base->tflags & TF_EXCEPTION);
    awtype_inherit_slots(t, base);
    t->getattr = awclass_getattr;
    t->setattr = awclass_setattr;
    bool ok = (t->dict = awdict_copy(S, ns)) != NULL &&
              fix_namespace(S, t) && set_layout(S, t) &&
              (t->mro = c3_mro(S, t, bases)) != NULL;
    awgc_pop(S, 1);
    return ok ? t : NULL;
}

Type *awclass_new_kw(AwState *S, String *name, Tuple *bases, Dict *ns,
                     Value *kwvalues, Tuple *kwnames)
{
    size_t base = S->nroots;
    awgc_push(S, OBJ_VAL(name));
    awgc_push(S, OBJ_VAL(ns));
    if (bases->len == 0) {
        Value o = OBJ_VAL(TYPE(S, OBJECT));
        bases = awtuple_from_array(S, &o, 1);
        if (bases == NULL)
            goto fail;
    }
    awgc_push(S, OBJ_VAL(bases));
    if (!check_bases(S, bases))
        goto fail;
    Type *t = make_class(S, name, bases, ns);
    if (t == NULL)
        goto fail;
    awgc_push(S, OBJ_VAL(t));
    for (size_t i = 0; i < bases->len; i++)
        if (!add_subclass(S, AS_TYPE(bases->items[i]), t))
            goto fail;
    update_hooks(S, t);
    if (!fill_classcell(S, t) || !awslots_update(S, t) ||
        !call_set_names(S, t) ||
        !call_init_subclass(S, t, kwvalues, kwnames))
        goto fail;
    awgc_pop(S, S->nroots - base);
    return t;
fail:
    awgc_pop(S, S->nroots - base);
    return NULL;
}

Type *awclass_new(AwState *S, String *name, Tuple *bases, Dict *ns)
{
    return awclass_new_kw(S, name, bases, ns, NULL, NULL);
}

/* type(name, bases, dict, **kwds) */
bool awclass_type_new(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const want[] = {"str", "tuple", "dict"};
    for (int i = 0; i < 3; i++) {
        bool ok = i == 0 ? IS_STR(argv[i])
                : i == 1 ? IS_TUPLE(argv[i]) : IS_DICT(argv[i]);
        if (!ok)
            return awerr_format(S, EXC_TypeError,
                                "type.__new__() argument %d must be %s, "
                                "not %s",
                                i + 1, want[i], awobj_typename(S, argv[i]));
    }
    String *name = awstr_intern_str(S, AS_STR(argv[0]));
    if (name == NULL)
        return false;
    Type *t = awclass_new_kw(S, name, AS_TUPLE(argv[1]), AS_DICT(argv[2]),
                             argv + argc, kwnames);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

/* ------------------------------------------------------------------ */
/* __build_class__                                                     */

/* The metaclass: the most derived of the given one and the bases'
 * types. NULL with TypeError on a conflict. */
static Type *calc_meta(AwState *S, Type *meta, Tuple *bases)
{
    for (size_t i = 0; i < bases->len; i++) {
        Type *bt = awobj_type(S, bases->items[i]);
        if (awtype_issubclass(meta, bt))
            continue;
        if (awtype_issubclass(bt, meta)) {
            meta = bt;
            continue;
        }
        awerr_format(S, EXC_TypeError,
                     "metaclass conflict: the metaclass of a derived class "
                     "must be a (non-strict) subclass of the metaclasses of "
                     "all its bases");
        return NULL;
    }
    return meta;
}

/* Keyword arguments other than metaclass=, as values and names. */
static bool split_keywords(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *meta, Tuple **names,
                           Value **values)
{
    *meta = NULL_VAL;
    *names = NULL;
    *values = argv + argc;
    size_t n = kwnames ? kwnames->len : 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(AS_STR(kwnames->items[i])->data, "metaclass") == 0)
            *meta = argv[argc + i];
    if (n == 0 || (n == 1 && !IS_NULL(*meta)))
        return true;
    if (IS_NULL(*meta)) {
        *names = kwnames;
        return true;
    }
    Tuple *t = awtuple_new(S, n - 1);
    if (t == NULL)
        return false;
    /* the root stack holds the argument array: compact it in place */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(AS_STR(kwnames->items[i])->data, "metaclass") == 0)
            continue;
        t->items[k] = kwnames->items[i];
        argv[argc + k] = argv[argc + i];
        k++;
    }
    *names = t;
    return true;
}

/* Runs a class body and creates the class with the metaclass. */
static bool build_class(AwState *S, Function *body, String *name,
                        Tuple *bases, Value meta, Value *kwv, Tuple *kwn,
                        Value *out)
{
    Dict *ns = awdict_new(S);
    if (ns == NULL)
        return false;
    awgc_push(S, OBJ_VAL(ns));
    Value cell;
    bool ok = awvm_run_body(S, body, ns, &cell);
    if (ok && IS_TYPE(meta) && AS_TYPE(meta) == TYPE(S, TYPE)) {
        Type *t = awclass_new_kw(S, name, bases, ns, kwv, kwn);
        ok = t != NULL;
        *out = OBJ_VAL(t);
    } else if (ok) {
        /* meta(name, bases, ns, **kwds) */
        size_t nkw = kwn ? kwn->len : 0;
        Value *args = S->roots + S->nroots;
        awgc_push(S, OBJ_VAL(name));
        awgc_push(S, OBJ_VAL(bases));
        awgc_push(S, OBJ_VAL(ns));
        for (size_t i = 0; i < nkw; i++)
            awgc_push(S, kwv[i]);
        ok = awobj_call(S, meta, 3, args, kwn, out);
        awgc_pop(S, 3 + nkw);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool bi_build_class(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "__build_class__: not enough arguments");
    if (!IS_FUNCTION(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "__build_class__: func must be a function");
    if (!IS_STR(argv[1]))
        return awerr_format(S, EXC_TypeError,
                            "__build_class__: name is not a string");
    Value meta;
    Tuple *kwn;
    Value *kwv;
    if (!split_keywords(S, argc, argv, kwnames, &meta, &kwn, &kwv))
        return false;
    awgc_push(S, kwn ? OBJ_VAL(kwn) : NULL_VAL);
    Tuple *bases = awtuple_from_array(S, argv + 2, (size_t)argc - 2);
    bool ok = bases != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(bases));
        if (IS_NULL(meta) || IS_TYPE(meta)) {
            Type *m = calc_meta(S, IS_NULL(meta) ? TYPE(S, TYPE)
                                                 : AS_TYPE(meta),
                                bases);
            meta = m ? OBJ_VAL(m) : NULL_VAL;
        }
        ok = !IS_NULL(meta) &&
             build_class(S, AS_FUNCTION(argv[0]), AS_STR(argv[1]), bases,
                         meta, kwv, kwn, out);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Calling a class                                                     */

/* The tp_new wrapper of builtin types (vm/descr.c) */
bool awdescr_is_builtin_new(Value v, Type **owner);
bool awdescr_object_alloc(AwState *S, Type *t, Value *out);

bool awclass_alloc(AwState *S, Type *t, Value *out)
{
    return awdescr_object_alloc(S, t, out);
}

Function *awclass_plain_init(AwState *S, Type *t)
{
    if (t->init_cache != NULL && t->init_version == t->version &&
        t->version != 0)
        return t->init_cache;
    if (!(t->tflags & TF_HEAPTYPE) || t->instkind != OBJ_INSTANCE)
        return NULL;
    Type *owner;
    Value nw = awtype_lookup(S, t, NAME(S, new));
    if (!awdescr_is_builtin_new(nw, &owner) || owner != TYPE(S, OBJECT))
        return NULL;
    Value init = awtype_lookup(S, t, NAME(S, init));
    if (!IS_FUNCTION(init) ||
        (AS_FUNCTION(init)->code->flags &
         (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
        return NULL;
    uint32_t v = awclass_version(S, t);
    if (v == 0)
        return NULL;
    t->init_cache = AS_FUNCTION(init);
    t->init_version = v;
    return t->init_cache;
}

/* Builtin bases whose __init__ fills the object: their __new__ takes no
 * arguments when called for a class. */
static bool init_fills(AwState *S, Type *owner)
{
    return owner == TYPE(S, LIST) || owner == TYPE(S, DICT) ||
           owner == TYPE(S, SET);
}

static bool call_new(AwState *S, Type *t, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    Type *owner;
    Value nw = awtype_lookup(S, t, NAME(S, new));
    if (awdescr_is_builtin_new(nw, &owner)) {
        if (owner == TYPE(S, OBJECT)) {
            bool args = argc > 0 || (kwnames && kwnames->len);
            Value init = awtype_lookup(S, t, NAME(S, init));
            if (args && is_builtin_of(init, owner))
                return awerr_format(S, EXC_TypeError,
                                    "%s() takes no arguments",
                                    t->name->data);
            return awdescr_object_alloc(S, t, out);
        }
        if (init_fills(S, owner))
            return owner->new_(S, t, 0, NULL, NULL, out);
        if (t->tflags & TF_BOXED)
            return awclass_new_boxed(S, t, owner, argc, argv, kwnames, out);
        return owner->new_(S, t, argc, argv, kwnames, out);
    }
    /* a __new__ of aw code: a staticmethod, called with the class first */
    Value f;
    if (!awclass_descr_get(S, nw, NULL_VAL, t, &f))
        return false;
    awgc_push(S, f);
    size_t n = (size_t)argc + (kwnames ? kwnames->len : 0);
    Value *args = S->roots + S->nroots;
    bool ok = S->nroots + n + 1 < AWGC_MAX_ROOTS;
    if (ok) {
        awgc_push(S, OBJ_VAL(t));
        for (size_t i = 0; i < n; i++)
            awgc_push(S, argv[i]);
        ok = awobj_call(S, f, argc + 1, args, kwnames, out);
        awgc_pop(S, n + 1);
    } else {
        awerr_format(S, EXC_RecursionError,
                     "maximum recursion depth exceeded");
    }
    awgc_pop(S, 1);
    return ok;
}

static bool call_init(AwState *S, Value obj, int argc, Value *argv,
                      Tuple *kwnames)
{
    Type *t = awobj_type(S, obj);
    Value init = awtype_lookup(S, t, NAME(S, init));
    if (IS_NULL(init) || is_builtin_of(init, TYPE(S, OBJECT)))
        return true; /* object.__init__: __new__ checked the arguments */
    Value f, r;
    if (!awclass_descr_get(S, init, obj, t, &f))
        return false;
    awgc_push(S, f);
    bool ok = awobj_call(S, f, argc, argv, kwnames, &r);
    awgc_pop(S, 1);
    if (ok && !IS_NONE(r))
        return awerr_format(S, EXC_TypeError,
                            "__init__() should return None, not '%s'",
                            awobj_typename(S, r));
    return ok;
}

bool awclass_call(AwState *S, Type *t, int argc, Value *argv,
                  Tuple *kwnames, Value *out)
{
    Value obj;
    if (!call_new(S, t, argc, argv, kwnames, &obj))
        return false;
    *out = obj;
    if (!awobj_isinstance(S, obj, t))
        return true;
    awgc_push(S, obj);
    bool ok = call_init(S, obj, argc, argv, kwnames);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Start-up                                                            */

bool awdescr_init(AwState *S);

bool awclass_init(AwState *S)
{
    if (!awdescr_init(S))
        return false;
    CFunction *f = awcfunc_new(S, "__build_class__", bi_build_class,
                               MF_STATIC, NULL_VAL, NULL);
    if (f == NULL)
        return false;
    f->module = OBJ_VAL(NAME(S, builtins));
    String *k = awstr_intern_cstr(S, "__build_class__");
    return k && awdict_set_str(S, S->builtins, k, OBJ_VAL(f));
}
