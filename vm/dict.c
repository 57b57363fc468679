/* dict: CPython's compact insertion-ordered hash table (entries in order,
 * an int32 index probed with perturbation), its views and iterators. */
#include <stdio.h>
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

#define DICT_MINSIZE 8
#define DICT_MAXSIZE ((size_t)1 << 30) /* entry numbers fit int32_t */
#define USABLE(size) (((size) << 1) / 3)
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

/* Invariant: the index always has an empty slot, so probes end. Slots
 * that are not empty (live or dummy) never outnumber the entries added
 * since the index was built, and those never exceed USABLE(size): popitem,
 * which forgets trailing entries, gives up as much entry capacity. An
 * empty dict may have no tables at all (index NULL, cap 0). */

static bool str_out(AwState *S, const char *s, Value *out)
{
    String *str = awstr_cstr(S, s);
    if (!str)
        return false;
    *out = OBJ_VAL(str);
    return true;
}

bool awcont_hash(AwState *S, Value v, int64_t *out)
{
    if (v.tag == VT_INT) {
        *out = awnum_hash(S, v);
        return true;
    }
    return awobj_hash(S, v, out);
}

static Dict *dict_alloc(AwState *S, Type *t)
{
    return awgc_alloc(S, t, OBJ_DICT, sizeof(Dict));
}

Dict *awdict_new(AwState *S)
{
    return dict_alloc(S, TYPE(S, DICT));
}

/* ------------------------------------------------------------------ */
/* The table                                                           */

static size_t next_slot(size_t i, uint64_t *perturb, size_t mask)
{
    *perturb >>= PERTURB_SHIFT;
    return (i * 5 + (size_t)*perturb + 1) & mask;
}

/* The first slot of hash's probe sequence that is empty. */
static size_t empty_slot(const int32_t *index, size_t mask, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    while (index[i] != IX_EMPTY)
        i = next_slot(i, &perturb, mask);
    return i;
}

/* The first slot that is empty or dummy: where a new key goes. */
static size_t insert_slot(Dict *d, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & d->mask;
    while (d->index[i] >= 0)
        i = next_slot(i, &perturb, d->mask);
    return i;
}

/* The slot that refers to entry ix. */
static size_t slot_of(Dict *d, int64_t hash, int64_t ix)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & d->mask;
    while (d->index[i] != (int32_t)ix)
        i = next_slot(i, &perturb, d->mask);
    return i;
}

/* New tables of `size` index slots holding the live entries in order. */
static bool rebuild(AwState *S, Dict *d, size_t size)
{
    if (size > DICT_MAXSIZE)
        return awerr_nomem(S);
    size_t cap = USABLE(size);
    int32_t *index = awmem_alloc(S, size * sizeof(int32_t));
    if (!index)
        return awerr_nomem(S);
    DictEntry *ents = awmem_alloc(S, cap * sizeof(DictEntry));
    if (!ents) {
        awmem_free(S, index, size * sizeof(int32_t));
        return awerr_nomem(S);
    }
    memset(index, 0xff, size * sizeof(int32_t));
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (IS_NULL(e->key))
            continue;
        ents[n] = *e;
        index[empty_slot(index, size - 1, e->hash)] = (int32_t)n;
        n++;
    }
    memset(ents + n, 0, (cap - n) * sizeof(DictEntry));
    awmem_free(S, d->entries, d->cap * sizeof(DictEntry));
    if (d->index)
        awmem_free(S, d->index, (d->mask + 1) * sizeof(int32_t));
    d->index = index;
    d->mask = size - 1;
    d->entries = ents;
    d->cap = cap;
    d->nentries = n;
    return true;
}

/* CPython's growth: the smallest power of two above used * 3. */
static bool grow(AwState *S, Dict *d)
{
    size_t size = DICT_MINSIZE;
    while (size <= d->len * 3)
        size <<= 1;
    return rebuild(S, d, size);
}

/* 1 equal, 0 not, -1 error, 2 the dict changed under __eq__. */
static int entry_matches(AwState *S, Dict *d, int32_t ix, Value key,
                         int64_t hash)
{
    DictEntry *e = &d->entries[ix];
    if (aw_value_is(e->key, key))
        return 1;
    if (e->hash != hash)
        return 0;
    Value k = e->key;
    if (IS_INT(k) && IS_INT(key))
        return 0;
    if (IS_STR(k) && IS_STR(key) && AS_OBJ(k)->type == TYPE(S, STR) &&
        AS_OBJ(key)->type == TYPE(S, STR)) /* a class of str has __eq__ */
        return awstr_equal(AS_STR(k), AS_STR(key));
    uint64_t version = d->version;
    awgc_push(S, k);
    int r = awobj_eq(S, k, key);
    awgc_pop(S, 1);
    if (r < 0)
        return -1;
    return d->version != version ? 2 : r;
}

/* The entry number of key: -1 when absent, -2 on error. __eq__ may run
 * aw code; when it changes the dict the search starts over. */
static int64_t lookup(AwState *S, Dict *d, Value key, int64_t hash)
{
restart:
    if (!d->index)
        return -1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & d->mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            int r = entry_matches(S, d, ix, key, hash);
            if (r == 2)
                goto restart;
            if (r < 0)
                return -2;
            if (r)
                return ix;
        }
        i = next_slot(i, &perturb, d->mask);
    }
}

/* Lookup of a str key: no aw code can run. */
static int64_t lookup_str(Dict *d, String *key, int64_t hash)
{
    if (!d->index)
        return -1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & d->mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key.as.o == (Obj *)key && e->key.tag == VT_OBJ)
                return ix;
            if (e->hash == hash && IS_STR(e->key) &&
                awstr_equal(AS_STR(e->key), key))
                return ix;
        }
        i = next_slot(i, &perturb, d->mask);
    }
}

/* Appends a key known to be absent. */
static bool insert_new(AwState *S, Dict *d, Value key, int64_t hash,
                       Value v)
{
    if (d->nentries >= d->cap && !grow(S, d))
        return false;
    d->index[insert_slot(d, hash)] = (int32_t)d->nentries;
    DictEntry *e = &d->entries[d->nentries++];
    e->key = key;
    e->value = v;
    e->hash = hash;
    d->len++;
    d->version++;
    return true;
}

/* d[key] = v with key's hash known; key and v must be rooted. */
static bool set_hashed(AwState *S, Dict *d, Value key, int64_t hash,
                       Value v)
{
    int64_t ix = lookup(S, d, key, hash);
    if (ix == -2)
        return false;
    if (ix >= 0) {
        d->entries[ix].value = v;
        d->version++;
        return true;
    }
    return insert_new(S, d, key, hash, v);
}

static void delete_entry(Dict *d, int64_t ix)
{
    DictEntry *e = &d->entries[ix];
    d->index[slot_of(d, e->hash, ix)] = IX_DUMMY;
    e->key = NULL_VAL;
    e->value = NULL_VAL;
    d->len--;
    d->version++;
}

/* Forgets the deleted entries from n on (popitem), giving up the same
 * entry capacity so the index keeps an empty slot (see the invariant). */
static void forget_tail(AwState *S, Dict *d, size_t n)
{
    size_t drop = d->nentries - n, cap = d->cap - drop;
    if (cap == 0) {
        awmem_free(S, d->entries, d->cap * sizeof(DictEntry));
        d->entries = NULL;
    } else {
        DictEntry *p = awmem_realloc(S, d->entries,
                                     d->cap * sizeof(DictEntry),
                                     cap * sizeof(DictEntry));
        if (!p)
            return; /* keep the tail; popitem just scans further */
        d->entries = p;
    }
    d->cap = cap;
    d->nentries = n;
}

static void dict_clear(AwState *S, Dict *d)
{
    awmem_free(S, d->entries, d->cap * sizeof(DictEntry));
    if (d->index)
        awmem_free(S, d->index, (d->mask + 1) * sizeof(int32_t));
    d->entries = NULL;
    d->index = NULL;
    d->cap = d->nentries = d->len = 0;
    d->mask = 0;
    d->version++;
}

/* ------------------------------------------------------------------ */
/* The C API                                                           */

int awdict_get(AwState *S, Dict *d, Value key, Value *out)
{
    int64_t hash;
    if (IS_STR(key) && AS_OBJ(key)->type == TYPE(S, STR)) {
        int64_t ix = lookup_str(d, AS_STR(key), awstr_hash(S, AS_STR(key)));
        if (ix >= 0)
            *out = d->entries[ix].value;
        return ix >= 0;
    }
    if (!awcont_hash(S, key, &hash))
        return -1;
    awgc_push(S, key);
    int64_t ix = lookup(S, d, key, hash);
    awgc_pop(S, 1);
    if (ix == -2)
        return -1;
    if (ix >= 0)
        *out = d->entries[ix].value;
    return ix >= 0;
}

bool awdict_set(AwState *S, Dict *d, Value key, Value v)
{
    int64_t hash;
    if (!awcont_hash(S, key, &hash))
        return false;
    awgc_push(S, key);
    awgc_push(S, v);
    bool ok = set_hashed(S, d, key, hash, v);
    awgc_pop(S, 2);
    return ok;
}

int awdict_del(AwState *S, Dict *d, Value key)
{
    int64_t hash;
    if (!awcont_hash(S, key, &hash))
        return -1;
    awgc_push(S, key);
    int64_t ix = lookup(S, d, key, hash);
    awgc_pop(S, 1);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 0;
    delete_entry(d, ix);
    return 1;
}

Value awdict_get_str(AwState *S, Dict *d, String *key)
{
    int64_t ix = lookup_str(d, key, awstr_hash(S, key));
    return ix >= 0 ? d->entries[ix].value : NULL_VAL;
}

bool awdict_set_str(AwState *S, Dict *d, String *key, Value v)
{
    int64_t hash = awstr_hash(S, key);
    int64_t ix = lookup_str(d, key, hash);
    if (ix >= 0) {
        d->entries[ix].value = v;
        d->version++;
        return true;
    }
    return insert_new(S, d, OBJ_VAL(key), hash, v);
}

bool awdict_next(Dict *d, size_t *pos, Value *key, Value *value)
{
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (!IS_NULL(e->key)) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

/* Fills the empty dict r with the entries of d (distinct keys: no
 * comparison needed). */
static bool copy_into(AwState *S, Dict *r, Dict *d)
{
    size_t size = DICT_MINSIZE;
    while (USABLE(size) < d->len)
        size <<= 1;
    if (!rebuild(S, r, size))
        return false;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (IS_NULL(e->key))
            continue;
        r->entries[r->nentries] = *e;
        r->index[empty_slot(r->index, r->mask, e->hash)] =
            (int32_t)r->nentries++;
    }
    r->len = d->len;
    r->version++;
    return true;
}

Dict *awdict_copy(AwState *S, Dict *d)
{
    awgc_push(S, OBJ_VAL(d));
    Dict *r = awdict_new(S);
    awgc_pop(S, 1);
    if (r && d->len && !copy_into(S, r, d))
        return NULL;
    return r;
}

/* ------------------------------------------------------------------ */
/* update() and dict(...)                                              */

static bool dict_iter(AwState *S, Value self, Value *out);

static bool merge_dict(AwState *S, Dict *d, Dict *o)
{
    if (o == d || o->len == 0)
        return true;
    if (d->len == 0)
        return copy_into(S, d, o);
    size_t n = o->nentries;
    for (size_t i = 0; i < o->nentries; i++) {
        DictEntry e = o->entries[i];
        if (IS_NULL(e.key))
            continue;
        awgc_push(S, e.key);
        awgc_push(S, e.value);
        bool ok = set_hashed(S, d, e.key, e.hash, e.value);
        awgc_pop(S, 2);
        if (!ok)
            return false;
        if (o->nentries != n)
            return awerr_format(S, EXC_RuntimeError,
                                "dict mutated during update");
    }
    return true;
}

/* Calls keys() on a mapping and copies o[k] for every k. */
static bool merge_keys(AwState *S, Dict *d, Value o, Value keysfn)
{
    Value keys, it, k, v;
    if (!awobj_call(S, keysfn, 0, S->roots + S->nroots, NULL, &keys))
        return false;
    awgc_push(S, keys);
    bool ok = awobj_iter(S, keys, &it);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, it);
    int r;
    while ((r = awobj_next(S, it, &k)) == 1) {
        awgc_push(S, k);
        ok = awobj_getitem(S, o, k, &v) && awdict_set(S, d, k, v);
        awgc_pop(S, 1);
        if (!ok) {
            r = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    return r == 0;
}

/* One (key, value) element of an update sequence. */
static bool merge_pair(AwState *S, Dict *d, Value item, size_t i)
{
    char msg[96];
    Value holder, *items;
    size_t n;
    snprintf(msg, sizeof msg, "cannot convert dictionary update sequence "
             "element #%zu to a sequence", i);
    if (!awseq_fast(S, item, msg, &holder, &items, &n))
        return false;
    if (n != 2)
        return awerr_format(S, EXC_ValueError,
                            "dictionary update sequence element #%zu has "
                            "length %zu; 2 is required", i, n);
    awgc_push(S, holder);
    bool ok = awdict_set(S, d, items[0], items[1]);
    awgc_pop(S, 1);
    return ok;
}

static bool merge_seq2(AwState *S, Dict *d, Value seq)
{
    Value it, item;
    if (!awobj_iter(S, seq, &it))
        return false;
    awgc_push(S, it);
    int r;
    for (size_t i = 0; (r = awobj_next(S, it, &item)) == 1; i++) {
        awgc_push(S, item);
        bool ok = merge_pair(S, d, item, i);
        awgc_pop(S, 1);
        if (!ok) {
            r = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    return r == 0;
}

bool awdict_update(AwState *S, Dict *d, Value other)
{
    if (IS_DICT(other) && AS_OBJ(other)->type->iter == dict_iter)
        return merge_dict(S, d, AS_DICT(other));
    String *name = awstr_intern_cstr(S, "keys");
    if (!name)
        return false;
    Value keysfn;
    awgc_push(S, OBJ_VAL(d));
    int r = awobj_getattr_opt(S, other, name, &keysfn);
    bool ok = r >= 0;
    if (r > 0) {
        awgc_push(S, keysfn);
        ok = merge_keys(S, d, other, keysfn);
        awgc_pop(S, 1);
    } else if (r == 0) {
        ok = merge_seq2(S, d, other);
    }
    awgc_pop(S, 1);
    return ok;
}

/* The keyword arguments of dict(...) / update(...). */
static bool update_kw(AwState *S, Dict *d, Value *kwvalues, Tuple *kwnames)
{
    for (size_t i = 0; kwnames && i < kwnames->len; i++)
        if (!awdict_set(S, d, kwnames->items[i], kwvalues[i]))
            return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

/* repr of one "key: value" pair, both rooted (the dict may change). */
static bool repr_pair(StrBuf *b, DictEntry e)
{
    AwState *S = b->S;
    awgc_push(S, e.key);
    awgc_push(S, e.value);
    bool ok = awbuf_repr(b, e.key);
    awbuf_put(b, ": ", 2);
    ok = ok && awbuf_repr(b, e.value);
    awgc_pop(S, 2);
    return ok;
}

static bool dict_repr(AwState *S, Value self, Value *out)
{
    Dict *d = AS_DICT(self);
    if (d->len == 0)
        return str_out(S, "{}", out);
    int r = awcont_repr_enter(S, AS_OBJ(self));
    if (r != 0)
        return r > 0 && str_out(S, "{...}", out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_putc(&b, '{');
    bool ok = true, first = true;
    for (size_t i = 0; ok && i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (IS_NULL(e.key))
            continue;
        if (!first)
            awbuf_put(&b, ", ", 2);
        first = false;
        ok = repr_pair(&b, e);
    }
    awcont_repr_leave(S);
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    awbuf_putc(&b, '}');
    String *s = awbuf_finish(&b);
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* CPython's dict_equal: every key of a in b with an equal value. */
static int dict_equal(AwState *S, Dict *a, Dict *b)
{
    if (a->len != b->len)
        return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (IS_NULL(e.key))
            continue;
        awgc_push(S, e.key);
        awgc_push(S, e.value);
        int64_t ix = lookup(S, b, e.key, e.hash);
        int r = ix == -2 ? -1 : 0;
        if (ix >= 0) {
            Value bv = b->entries[ix].value;
            awgc_push(S, bv);
            r = awobj_eq(S, e.value, bv);
            awgc_pop(S, 1);
        }
        awgc_pop(S, 2);
        if (r <= 0)
            return r;
    }
    return 1;
}

static bool dict_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (!awstate_c_enter(S, "in comparison"))
        return false;
    int r = dict_equal(S, AS_DICT(a), AS_DICT(b));
    AW_C_LEAVE(S);
    if (r < 0)
        return false;
    *out = BOOL_VAL((r == 1) == (op == CMP_EQ));
    return true;
}

static bool dict_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op == BINOP_OR + BINOP_INPLACE && IS_DICT(a)) {
        *out = a;
        return awdict_update(S, AS_DICT(a), b);
    }
    if (op >= BINOP_INPLACE)
        op -= BINOP_INPLACE;
    if (op != BINOP_OR || !IS_DICT(a) || !IS_DICT(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    Dict *r = awdict_copy(S, AS_DICT(a));
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    bool ok = awdict_update(S, r, b);
    awgc_pop(S, 1);
    return ok;
}

static bool dict_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)AS_DICT(self)->len;
    return true;
}

static int dict_truth(AwState *S, Value self)
{
    return AS_DICT(self)->len != 0;
}

static int dict_contains(AwState *S, Value self, Value key)
{
    Value v;
    return awdict_get(S, AS_DICT(self), key, &v);
}

/* d[key] for a subclass that defines __missing__; 0 when it does not. */
static int call_missing(AwState *S, Value self, Value key, Value *out)
{
    Type *t = AS_OBJ(self)->type;
    if (t == TYPE(S, DICT))
        return 0;
    String *name = awstr_intern_cstr(S, "__missing__");
    if (!name)
        return -1;
    Value m = awtype_lookup(S, t, name);
    if (IS_NULL(m))
        return 0;
    awgc_push(S, m);
    awgc_push(S, self);
    awgc_push(S, key);
    bool ok = awobj_call(S, m, 2, S->roots + S->nroots - 2, NULL, out);
    awgc_pop(S, 3);
    return ok ? 1 : -1;
}

static bool dict_getitem(AwState *S, Value self, Value key, Value *out)
{
    int r = awdict_get(S, AS_DICT(self), key, out);
    if (r > 0)
        return true;
    if (r < 0)
        return false;
    r = call_missing(S, self, key, out);
    if (r != 0)
        return r > 0;
    return awerr_value_arg(S, EXC_KeyError, key);
}

static bool dict_setitem(AwState *S, Value self, Value key, Value v)
{
    if (!IS_NULL(v))
        return awdict_set(S, AS_DICT(self), key, v);
    int r = awdict_del(S, AS_DICT(self), key);
    if (r == 0)
        return awerr_value_arg(S, EXC_KeyError, key);
    return r > 0;
}

/* An iterator over d: index = next entry, end = len expected (-1 once
 * the size changed), step = items left. */
static bool dict_iter_of(AwState *S, TypeId id, Value d, Value *out)
{
    Iterator *it = awcont_iter_new(S, S->types[id], d);
    if (!it)
        return false;
    it->end = (int64_t)AS_DICT(d)->len;
    it->step = it->end;
    if (id == TY_DICT_REVKEYITER)
        it->index = (int64_t)AS_DICT(d)->nentries - 1;
    *out = OBJ_VAL(it);
    return true;
}

static bool dict_iter(AwState *S, Value self, Value *out)
{
    return dict_iter_of(S, TY_DICT_KEYITER, self, out);
}

static bool dict_new(AwState *S, Type *t, int argc, Value *argv,
                     Tuple *kwnames, Value *out)
{
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "dict expected at most 1 argument, got %d", argc);
    Dict *d = dict_alloc(S, t);
    if (!d)
        return false;
    *out = OBJ_VAL(d);
    awgc_push(S, *out);
    bool ok = (argc == 0 || awdict_update(S, d, argv[0])) &&
              update_kw(S, d, argv + argc, kwnames);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Iterators                                                           */

/* The next live entry of a dict iterator: 1, 0 at the end, -1 error. */
static int dictiter_entry(AwState *S, Iterator *it, DictEntry *out)
{
    if (IS_NULL(it->src))
        return 0;
    Dict *d = AS_DICT(it->src);
    if ((int64_t)d->len != it->end) {
        it->end = -1;
        awerr_format(S, EXC_RuntimeError,
                     "dictionary changed size during iteration");
        return -1;
    }
    size_t i = (size_t)it->index;
    while (i < d->nentries && IS_NULL(d->entries[i].key))
        i++;
    if (i >= d->nentries) {
        it->src = NULL_VAL;
        return 0;
    }
    if (it->step <= 0) {
        it->src = NULL_VAL;
        awerr_format(S, EXC_RuntimeError,
                     "dictionary keys changed during iteration");
        return -1;
    }
    it->index = (int64_t)i + 1;
    it->step--;
    *out = d->entries[i];
    return 1;
}

static int keyiter_next(AwState *S, Value self, Value *out)
{
    DictEntry e;
    int r = dictiter_entry(S, (Iterator *)AS_OBJ(self), &e);
    if (r == 1)
        *out = e.key;
    return r;
}

static int valueiter_next(AwState *S, Value self, Value *out)
{
    DictEntry e;
    int r = dictiter_entry(S, (Iterator *)AS_OBJ(self), &e);
    if (r == 1)
        *out = e.value;
    return r;
}

static bool pair_new(AwState *S, Value k, Value v, Value *out)
{
    awgc_push(S, k);
    awgc_push(S, v);
    Tuple *t = awtuple_from_array(S, S->roots + S->nroots - 2, 2);
    awgc_pop(S, 2);
    if (!t)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

static int itemiter_next(AwState *S, Value self, Value *out)
{
    DictEntry e;
    int r = dictiter_entry(S, (Iterator *)AS_OBJ(self), &e);
    if (r == 1 && !pair_new(S, e.key, e.value, out))
        return -1;
    return r;
}

/* The reverse iterators of keys, values and items all have the type
 * dict_reversekeyiterator (there are no type ids for the other two); aux
 * holds which one (REV_*), and the repr names it. */
enum { REV_KEYS, REV_VALUES, REV_ITEMS };

static bool reviter_repr(AwState *S, Value self, Value *out)
{
    static const char *const names[] = {"dict_reversekeyiterator",
                                        "dict_reversevalueiterator",
                                        "dict_reverseitemiterator"};
    Value mode = ((Iterator *)AS_OBJ(self))->aux;
    String *s = awstr_printf(S, "<%s object at %p>",
                             names[IS_INT(mode) ? AS_INT(mode) : 0],
                             (void *)AS_OBJ(self));
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static int revkeyiter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return 0;
    Dict *d = AS_DICT(it->src);
    if ((int64_t)d->len != it->end) {
        it->end = -1;
        awerr_format(S, EXC_RuntimeError,
                     "dictionary changed size during iteration");
        return -1;
    }
    int64_t i = it->index;
    if (i >= (int64_t)d->nentries)
        i = (int64_t)d->nentries - 1;
    while (i >= 0 && IS_NULL(d->entries[i].key))
        i--;
    if (i < 0 || it->step <= 0) {
        it->src = NULL_VAL;
        return 0;
    }
    it->index = i - 1;
    it->step--;
    DictEntry e = d->entries[i];
    int64_t mode = IS_INT(it->aux) ? AS_INT(it->aux) : REV_KEYS;
    if (mode == REV_ITEMS)
        return pair_new(S, e.key, e.value, out) ? 1 : -1;
    *out = mode == REV_VALUES ? e.value : e.key;
    return 1;
}

static bool dictiter_length_hint(AwState *S, int argc, Value *argv,
                                 Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);
    int64_t n = 0;
    if (!IS_NULL(it->src) && (int64_t)AS_DICT(it->src)->len == it->end)
        n = it->step;
    *out = INT_VAL(n);
    return true;
}

/* ------------------------------------------------------------------ */
/* Views: dict_keys, dict_values, dict_items (src = the dict)           */

static Dict *view_dict(Value v)
{
    return AS_DICT(((Iterator *)AS_OBJ(v))->src);
}

static bool is_setview(AwState *S, Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == TYPE(S, DICT_KEYS) ||
                         AS_OBJ(v)->type == TYPE(S, DICT_ITEMS));
}

static bool make_view(AwState *S, TypeId id, Value d, Value *out)
{
    Iterator *v = awcont_iter_new(S, S->types[id], d);
    if (!v)
        return false;
    *out = OBJ_VAL(v);
    return true;
}

static bool view_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)view_dict(self)->len;
    return true;
}

static bool view_repr(AwState *S, Value self, Value *out)
{
    int r = awcont_repr_enter(S, AS_OBJ(self));
    if (r != 0)
        return r > 0 && str_out(S, "...", out);
    List *l = awlist_from_iterable(S, self);
    bool ok = l != NULL;
    StrBuf b;
    awbuf_init(S, &b);
    if (ok) {
        awgc_push(S, OBJ_VAL(l));
        awbuf_printf(&b, "%s(", awobj_typename(S, self));
        ok = awbuf_repr(&b, OBJ_VAL(l));
        awbuf_putc(&b, ')');
        awgc_pop(S, 1);
    }
    awcont_repr_leave(S);
    String *s = ok ? awbuf_finish(&b) : NULL;
    if (!s) {
        if (!ok)
            awbuf_free(&b);
        return false;
    }
    *out = OBJ_VAL(s);
    return true;
}

static bool keys_iter(AwState *S, Value self, Value *out)
{
    Value d = ((Iterator *)AS_OBJ(self))->src;
    return dict_iter_of(S, TY_DICT_KEYITER, d, out);
}

static bool values_iter(AwState *S, Value self, Value *out)
{
    Value d = ((Iterator *)AS_OBJ(self))->src;
    return dict_iter_of(S, TY_DICT_VALUEITER, d, out);
}

static bool items_iter(AwState *S, Value self, Value *out)
{
    Value d = ((Iterator *)AS_OBJ(self))->src;
    return dict_iter_of(S, TY_DICT_ITEMITER, d, out);
}

static int keys_contains(AwState *S, Value self, Value x)
{
    Value v;
    return awdict_get(S, view_dict(self), x, &v);
}

static int items_contains(AwState *S, Value self, Value x)
{
    Value v;
    if (!IS_TUPLE(x) || AS_TUPLE(x)->len != 2)
        return 0;
    int r = awdict_get(S, view_dict(self), AS_TUPLE(x)->items[0], &v);
    if (r <= 0)
        return r;
    awgc_push(S, v);
    r = awobj_eq(S, v, AS_TUPLE(x)->items[1]);
    awgc_pop(S, 1);
    return r;
}

static int values_contains(AwState *S, Value self, Value x)
{
    Dict *d = view_dict(self);
    for (size_t i = 0; i < d->nentries; i++) {
        Value v = d->entries[i].value;
        if (IS_NULL(d->entries[i].key))
            continue;
        awgc_push(S, v);
        int r = awobj_eq(S, v, x);
        awgc_pop(S, 1);
        if (r != 0)
            return r;
    }
    return 0;
}

static int view_contains(AwState *S, Value view, Value x)
{
    if (AS_OBJ(view)->type == TYPE(S, DICT_KEYS))
        return keys_contains(S, view, x);
    return items_contains(S, view, x);
}

/* Every item of a is in b (1, 0, -1). */
static int all_contained_in(AwState *S, Value a, Value b)
{
    Value it, x;
    if (!awobj_iter(S, a, &it))
        return -1;
    awgc_push(S, it);
    int r, in = 1;
    while ((r = awobj_next(S, it, &x)) == 1) {
        awgc_push(S, x);
        in = awobj_contains(S, b, x);
        awgc_pop(S, 1);
        if (in <= 0)
            break;
    }
    awgc_pop(S, 1);
    return r < 0 ? -1 : in;
}

static bool view_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    int64_t la, lb;
    if (!IS_SET(b) && !is_setview(S, b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (!awobj_len(S, a, &la) || !awobj_len(S, b, &lb))
        return false;
    int ok = 0;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        ok = la == lb ? all_contained_in(S, a, b) : 0;
        if (op == CMP_NE && ok >= 0)
            ok = !ok;
        break;
    case CMP_LT: ok = la < lb ? all_contained_in(S, a, b) : 0; break;
    case CMP_LE: ok = la <= lb ? all_contained_in(S, a, b) : 0; break;
    case CMP_GT: ok = la > lb ? all_contained_in(S, b, a) : 0; break;
    default: ok = la >= lb ? all_contained_in(S, b, a) : 0; break;
    }
    if (ok < 0)
        return false;
    *out = BOOL_VAL(ok);
    return true;
}

/* other.intersection(view) for a set other (CPython's shortcut). */
static bool set_and_view(AwState *S, Set *other, Value view, Set *r)
{
    Value it, x;
    if (!awobj_iter(S, view, &it))
        return false;
    awgc_push(S, it);
    int n;
    while ((n = awobj_next(S, it, &x)) == 1) {
        awgc_push(S, x);
        int in = awset_contains(S, other, x);
        bool ok = in >= 0 && (in == 0 || awset_add(S, r, x));
        awgc_pop(S, 1);
        if (!ok) {
            n = -1;
            break;
        }
        if (r->used >= other->used)
            break;
    }
    awgc_pop(S, 1);
    return n >= 0;
}

/* Adds to r every item of other that the view contains. */
static bool view_filter(AwState *S, Value view, Value other, Set *r)
{
    Value it, x;
    if (!awobj_iter(S, other, &it))
        return false;
    awgc_push(S, it);
    int n;
    while ((n = awobj_next(S, it, &x)) == 1) {
        awgc_push(S, x);
        int in = view_contains(S, view, x);
        bool ok = in >= 0 && (in == 0 || awset_add(S, r, x));
        awgc_pop(S, 1);
        if (!ok) {
            n = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    return n == 0;
}

static bool view_and(AwState *S, Value self, Value other, Value *out)
{
    if (!is_setview(S, self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t ls, lo;
    if (!awobj_len(S, self, &ls))
        return false;
    bool exact_set = IS_OBJ(other) && AS_OBJ(other)->type == TYPE(S, SET);
    if (exact_set && ls <= (int64_t)AS_SET(other)->used) {
        Set *r = awset_new(S, false);
        if (!r)
            return false;
        *out = OBJ_VAL(r);
        awgc_push(S, *out);
        bool ok = set_and_view(S, AS_SET(other), self, r);
        awgc_pop(S, 1);
        return ok;
    }
    if (is_setview(S, other)) {
        if (!awobj_len(S, other, &lo))
            return false;
        if (lo > ls) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    Set *r = awset_new(S, false);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    bool ok = view_filter(S, self, other, r);
    awgc_pop(S, 1);
    return ok;
}

/* Adds the tuple (k, v) to r. */
static bool add_pair(AwState *S, Set *r, Value k, Value v)
{
    Value pair;
    if (!pair_new(S, k, v, &pair))
        return false;
    awgc_push(S, pair);
    bool ok = awset_add(S, r, pair);
    awgc_pop(S, 1);
    return ok;
}

/* One pair (k, v) of the second dict of items_xor. */
static bool xor_pair(AwState *S, Dict *tmp, Set *r, Value k, Value v)
{
    Value v1;
    int del = awdict_get(S, tmp, k, &v1);
    if (del > 0) {
        awgc_push(S, v1);
        del = awobj_eq(S, v1, v);
        awgc_pop(S, 1);
    }
    if (del > 0)
        return awdict_del(S, tmp, k) >= 0;
    return del == 0 && add_pair(S, r, k, v);
}

/* CPython's dictitems_xor: pairs of either dict not equal in the other. */
static bool items_xor(AwState *S, Dict *d1, Dict *d2, Value *out)
{
    Dict *tmp = awdict_copy(S, d1);
    if (!tmp)
        return false;
    awgc_push(S, OBJ_VAL(tmp));
    Set *r = awset_new(S, false);
    awgc_pop(S, 1);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    awgc_push(S, OBJ_VAL(tmp));
    bool ok = true;
    for (size_t i = 0; ok && i < d2->nentries; i++) {
        DictEntry e = d2->entries[i];
        if (IS_NULL(e.key))
            continue;
        awgc_push(S, e.key);
        awgc_push(S, e.value);
        ok = xor_pair(S, tmp, r, e.key, e.value);
        awgc_pop(S, 2);
    }
    for (size_t i = 0; ok && i < tmp->nentries; i++) {
        DictEntry e = tmp->entries[i];
        if (!IS_NULL(e.key))
            ok = add_pair(S, r, e.key, e.value);
    }
    awgc_pop(S, 2);
    return ok;
}

static bool view_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    if (op >= BINOP_INPLACE)
        op -= BINOP_INPLACE;
    if (op == BINOP_AND)
        return view_and(S, a, b, out);
    if (op != BINOP_SUB && op != BINOP_OR && op != BINOP_XOR) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (op == BINOP_XOR && IS_OBJ(a) && IS_OBJ(b) &&
        AS_OBJ(a)->type == TYPE(S, DICT_ITEMS) &&
        AS_OBJ(b)->type == TYPE(S, DICT_ITEMS))
        return items_xor(S, view_dict(a), view_dict(b), out);
    /* set(d) for a keys view of an exact dict: CPython's presized path */
    Value src = a;
    if (IS_OBJ(a) && AS_OBJ(a)->type == TYPE(S, DICT_KEYS) &&
        AS_OBJ(((Iterator *)AS_OBJ(a))->src)->type == TYPE(S, DICT))
        src = ((Iterator *)AS_OBJ(a))->src;
    Set *r = awset_from_iterable(S, src, false);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    bool ok = op == BINOP_SUB ? awset_difference_update(S, r, b)
            : op == BINOP_OR ? awset_update(S, r, b)
            : awset_symdiff_update(S, r, b);
    awgc_pop(S, 1);
    return ok;
}

static bool view_isdisjoint(AwState *S, int argc, Value *argv,
                            Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "isdisjoint", argc - 1, kwnames, 1, 1))
        return false;
    Value self = argv[0], other = argv[1], it, x;
    if (aw_value_is(self, other)) {
        *out = BOOL_VAL(view_dict(self)->len == 0);
        return true;
    }
    if (!awobj_iter(S, other, &it))
        return false;
    awgc_push(S, it);
    int r, in = 0;
    while ((r = awobj_next(S, it, &x)) == 1) {
        awgc_push(S, x);
        in = view_contains(S, self, x);
        awgc_pop(S, 1);
        if (in != 0)
            break;
    }
    awgc_pop(S, 1);
    if (r < 0 || in < 0)
        return false;
    *out = BOOL_VAL(in == 0);
    return true;
}

/* __reversed__ of the views: the type of the view picks the mode. */
static bool view_reversed(AwState *S, int argc, Value *argv,
                          Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "__reversed__", argc - 1, kwnames, 0, 0))
        return false;
    Value d = ((Iterator *)AS_OBJ(argv[0]))->src;
    Type *t = AS_OBJ(argv[0])->type;
    int mode = t == TYPE(S, DICT_VALUES) ? REV_VALUES
             : t == TYPE(S, DICT_ITEMS) ? REV_ITEMS : REV_KEYS;
    if (!dict_iter_of(S, TY_DICT_REVKEYITER, d, out))
        return false;
    ((Iterator *)AS_OBJ(*out))->aux = INT_VAL(mode);
    return true;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static Dict *self_dict(Value *argv) { return AS_DICT(argv[0]); }

static bool m_get(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!awcont_nargs(S, "dict.get", argc - 1, kwnames, 1, 2))
        return false;
    int r = awdict_get(S, self_dict(argv), argv[1], out);
    if (r == 0)
        *out = argc > 2 ? argv[2] : NONE_VAL;
    return r >= 0;
}

static bool m_setdefault(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    if (!awcont_nargs(S, "dict.setdefault", argc - 1, kwnames, 1, 2))
        return false;
    int r = awdict_get(S, self_dict(argv), argv[1], out);
    if (r != 0)
        return r > 0;
    *out = argc > 2 ? argv[2] : NONE_VAL;
    return awdict_set(S, self_dict(argv), argv[1], *out);
}

static bool m_pop(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    int64_t hash;
    if (!awcont_nargs(S, "dict.pop", argc - 1, kwnames, 1, 2) ||
        !awcont_hash(S, argv[1], &hash))
        return false;
    Dict *d = self_dict(argv);
    int64_t ix = lookup(S, d, argv[1], hash);
    if (ix == -2)
        return false;
    if (ix < 0) {
        if (argc > 2) {
            *out = argv[2];
            return true;
        }
        return awerr_value_arg(S, EXC_KeyError, argv[1]);
    }
    *out = d->entries[ix].value;
    delete_entry(d, ix);
    return true;
}

static bool m_popitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    if (!awcont_nargs(S, "dict.popitem", argc - 1, kwnames, 0, 0))
        return false;
    Dict *d = self_dict(argv);
    if (d->len == 0) {
        String *msg = awstr_cstr(S, "popitem(): dictionary is empty");
        return msg && awerr_value_arg(S, EXC_KeyError, OBJ_VAL(msg));
    }
    int64_t i = (int64_t)d->nentries - 1;
    while (IS_NULL(d->entries[i].key))
        i--;
    DictEntry e = d->entries[i];
    if (!pair_new(S, e.key, e.value, out))
        return false;
    delete_entry(d, i);
    forget_tail(S, d, (size_t)i);
    return true;
}

static bool m_keys(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    return awcont_nargs(S, "dict.keys", argc - 1, kwnames, 0, 0) &&
           make_view(S, TY_DICT_KEYS, argv[0], out);
}

static bool m_values(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return awcont_nargs(S, "dict.values", argc - 1, kwnames, 0, 0) &&
           make_view(S, TY_DICT_VALUES, argv[0], out);
}

static bool m_items(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    return awcont_nargs(S, "dict.items", argc - 1, kwnames, 0, 0) &&
           make_view(S, TY_DICT_ITEMS, argv[0], out);
}

static bool m_update(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (argc > 2)
        return awerr_format(S, EXC_TypeError,
                            "update expected at most 1 argument, got %d",
                            argc - 1);
    *out = NONE_VAL;
    return (argc < 2 || awdict_update(S, self_dict(argv), argv[1])) &&
           update_kw(S, self_dict(argv), argv + argc, kwnames);
}

static bool fromkeys_into(AwState *S, Value d, Value iterable, Value v)
{
    Value it, k;
    if (!awobj_iter(S, iterable, &it))
        return false;
    awgc_push(S, it);
    int r;
    while ((r = awobj_next(S, it, &k)) == 1) {
        bool ok = AS_OBJ(d)->type == TYPE(S, DICT)
                      ? awdict_set(S, AS_DICT(d), k, v)
                      : awobj_setitem(S, d, k, v);
        if (!ok) {
            r = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    return r == 0;
}

static bool m_fromkeys(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "dict.fromkeys", argc - 1, kwnames, 1, 2))
        return false;
    Value v = argc > 2 ? argv[2] : NONE_VAL;
    if (AS_TYPE(argv[0]) == TYPE(S, DICT)) {
        Dict *d = awdict_new(S);
        if (!d)
            return false;
        *out = OBJ_VAL(d);
    } else if (!awobj_call(S, argv[0], 0, S->roots + S->nroots, NULL, out)) {
        return false;
    }
    awgc_push(S, *out);
    bool ok = fromkeys_into(S, *out, argv[1], v);
    awgc_pop(S, 1);
    return ok;
}

static bool m_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awcont_nargs(S, "dict.copy", argc - 1, kwnames, 0, 0))
        return false;
    Dict *d = awdict_copy(S, self_dict(argv));
    if (!d)
        return false;
    *out = OBJ_VAL(d);
    return true;
}

static bool m_clear(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "dict.clear", argc - 1, kwnames, 0, 0))
        return false;
    dict_clear(S, self_dict(argv));
    *out = NONE_VAL;
    return true;
}

static bool m_reversed(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    return awcont_nargs(S, "dict.__reversed__", argc - 1, kwnames, 0, 0) &&
           dict_iter_of(S, TY_DICT_REVKEYITER, argv[0], out);
}

static bool m_getitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    return awcont_nargs(S, "dict.__getitem__", argc - 1, kwnames, 1, 1) &&
           dict_getitem(S, argv[0], argv[1], out);
}

static bool m_setitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "__setitem__", argc - 1, kwnames, 2, 2) &&
           awdict_set(S, self_dict(argv), argv[1], argv[2]);
}

static bool m_delitem(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "dict.__delitem__", argc - 1, kwnames, 1, 1) &&
           dict_setitem(S, argv[0], argv[1], NULL_VAL);
}

static bool m_contains(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "dict.__contains__", argc - 1, kwnames, 1, 1))
        return false;
    int r = dict_contains(S, argv[0], argv[1]);
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool m_len(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!awcont_nargs(S, "dict.__len__", argc - 1, kwnames, 0, 0))
        return false;
    *out = INT_VAL((int64_t)self_dict(argv)->len);
    return true;
}

static const MethodDef dict_methods[] = {
    {"get", m_get, MF_METHOD},
    {"setdefault", m_setdefault, MF_METHOD},
    {"pop", m_pop, MF_METHOD},
    {"popitem", m_popitem, MF_METHOD},
    {"keys", m_keys, MF_METHOD},
    {"values", m_values, MF_METHOD},
    {"items", m_items, MF_METHOD},
    {"update", m_update, MF_METHOD},
    {"fromkeys", m_fromkeys, MF_CLASS},
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

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, MF_METHOD},
    {"__iter__", awcont_m_iter, MF_METHOD},
    {"__reversed__", view_reversed, MF_METHOD},
    {NULL}
};

static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, MF_METHOD},
    {"__reversed__", view_reversed, MF_METHOD},
    {"__iter__", awcont_m_iter, MF_METHOD},
    {NULL}
};

static const MethodDef values_methods[] = {
    {"__iter__", awcont_m_iter, MF_METHOD},
    {"__reversed__", view_reversed, MF_METHOD},
    {NULL}
};

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, MF_METHOD},
    {NULL}
};

/* ------------------------------------------------------------------ */
/* Types                                                               */

static Type *view_type(AwState *S, TypeId id, const char *name,
                       UnaryFn iter, ContainsFn contains)
{
    Type *t = awtype_new_builtin(S, id, name, TYPE(S, OBJECT), OBJ_ITERATOR,
                                 sizeof(Iterator));
    if (!t)
        return NULL;
    t->repr = view_repr;
    t->len = view_len;
    t->iter = iter;
    t->contains = contains;
    if (id != TY_DICT_VALUES) {
        t->richcmp = view_richcmp;
        t->binop = view_binop;
        t->hash = NULL;
    }
    return t;
}

static bool init_iters(AwState *S)
{
    static const struct {
        TypeId id;
        const char *name;
        NextFn next;
    } iters[] = {
        {TY_DICT_KEYITER, "dict_keyiterator", keyiter_next},
        {TY_DICT_VALUEITER, "dict_valueiterator", valueiter_next},
        {TY_DICT_ITEMITER, "dict_itemiterator", itemiter_next},
        {TY_DICT_REVKEYITER, "dict_reversekeyiterator", revkeyiter_next},
    };
    for (size_t i = 0; i < sizeof iters / sizeof *iters; i++) {
        Type *t = awcont_iter_type(S, iters[i].id, iters[i].name,
                                   iters[i].next);
        if (!t || !awtype_add_methods(S, t, dictiter_methods))
            return false;
    }
    TYPE(S, DICT_REVKEYITER)->repr = reviter_repr;
    return true;
}

bool awdict_types_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_DICT, "dict", TYPE(S, OBJECT),
                                 OBJ_DICT, sizeof(Dict));
    if (!t)
        return false;
    t->tflags |= TF_BASETYPE;
    t->repr = dict_repr;
    t->hash = NULL;
    t->richcmp = dict_richcmp;
    t->binop = dict_binop;
    t->len = dict_len;
    t->truth = dict_truth;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->iter = dict_iter;
    t->new_ = dict_new;
    if (!awtype_add_methods(S, t, dict_methods))
        return false;
    Type *k = view_type(S, TY_DICT_KEYS, "dict_keys", keys_iter,
                        keys_contains);
    Type *v = view_type(S, TY_DICT_VALUES, "dict_values", values_iter,
                        values_contains);
    Type *i = view_type(S, TY_DICT_ITEMS, "dict_items", items_iter,
                        items_contains);
    return k && v && i && awtype_add_methods(S, k, keys_methods) &&
           awtype_add_methods(S, v, values_methods) &&
           awtype_add_methods(S, i, items_methods) && init_iters(S);
}
