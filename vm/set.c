/* set and frozenset: open addressing with CPython's exact probing
 * (setobject.c: linear probes, then perturbation), so that iteration order
 * and reprs match CPython; set algebra and the set iterator. */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

#define SET_MINSIZE 8
#define SET_MAXSIZE ((size_t)1 << 34) /* table slots: 384 GiB */
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* An empty entry is all zero; a dummy (deleted) one has key NULL with
 * as.i == 1 and hash -1 (which no key can have, as in CPython). In a
 * mutable set, `hash` is the search finger of pop(); a frozenset caches
 * its hash there (-1 until computed). */
#define DUMMY_KEY ((Value){VT_NULL, {.i = 1}})

static Type *set_type_of(AwState *S, bool frozen)
{
    return frozen ? TYPE(S, FROZENSET) : TYPE(S, SET);
}

static bool type_is_frozen(AwState *S, Type *t)
{
    if (t == TYPE(S, FROZENSET))
        return true;
    return t != TYPE(S, SET) && awtype_issubclass(t, TYPE(S, FROZENSET));
}

static bool is_frozen(AwState *S, Set *s)
{
    return type_is_frozen(S, s->obj.type);
}

static Set *set_alloc(AwState *S, Type *t)
{
    SetEntry *table = awmem_alloc(S, SET_MINSIZE * sizeof(SetEntry));
    if (!table) {
        awerr_nomem(S);
        return NULL;
    }
    memset(table, 0, SET_MINSIZE * sizeof(SetEntry));
    Set *s = awgc_alloc(S, t, OBJ_SET, sizeof(Set));
    if (!s) {
        awmem_free(S, table, SET_MINSIZE * sizeof(SetEntry));
        return NULL;
    }
    s->table = table;
    s->mask = SET_MINSIZE - 1;
    s->hash = type_is_frozen(S, t) ? -1 : 0;
    return s;
}

Set *awset_new(AwState *S, bool frozen)
{
    return set_alloc(S, set_type_of(S, frozen));
}

/* ------------------------------------------------------------------ */
/* The table (setobject.c)                                             */

/* 1 equal, 0 not, -1 error, 2 the table changed under __eq__. */
static int entry_matches(AwState *S, Set *so, SetEntry *entry, Value key)
{
    Value startkey = entry->key;
    if (aw_value_is(startkey, key))
        return 1;
    if (IS_INT(startkey) && IS_INT(key))
        return 0;
    if (IS_STR(startkey) && IS_STR(key) &&
        AS_OBJ(startkey)->type == TYPE(S, STR) &&
        AS_OBJ(key)->type == TYPE(S, STR)) /* a class of str has __eq__ */
        return awstr_equal(AS_STR(startkey), AS_STR(key));
    SetEntry *table = so->table;
    awgc_push(S, startkey);
    int cmp = awobj_eq(S, startkey, key);
    awgc_pop(S, 1);
    if (cmp < 0)
        return -1;
    if (table != so->table || !aw_value_is(entry->key, startkey))
        return 2;
    return cmp > 0;
}

/* The entry holding key, or the empty entry that ends its probes; NULL
 * on error. */
static SetEntry *lookkey(AwState *S, Set *so, Value key, int64_t hash)
{
restart:;
    size_t mask = so->mask, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && IS_NULL(entry->key))
                return entry;
            if (entry->hash == hash) {
                int r = entry_matches(S, so, entry, key);
                if (r < 0)
                    return NULL;
                if (r == 2)
                    goto restart;
                if (r)
                    return entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(SetEntry *table, size_t mask, Value key,
                         int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (IS_NULL(entry->key))
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (IS_NULL(entry->key))
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

/* A table larger than minused, rebuilt without dummies. */
static bool table_resize(AwState *S, Set *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
        if (newsize > SET_MAXSIZE)
            return awerr_nomem(S);
    }
    if (newsize == SET_MINSIZE && so->mask == SET_MINSIZE - 1 &&
        so->fill == so->used)
        return true; /* CPython keeps its small table as it is */
    SetEntry *table = awmem_alloc(S, newsize * sizeof(SetEntry));
    if (!table)
        return awerr_nomem(S);
    memset(table, 0, newsize * sizeof(SetEntry));
    SetEntry *old = so->table;
    size_t oldmask = so->mask;
    for (size_t i = 0; i <= oldmask; i++)
        if (!IS_NULL(old[i].key))
            insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    so->table = table;
    so->mask = newsize - 1;
    so->fill = so->used;
    so->version++;
    awmem_free(S, old, (oldmask + 1) * sizeof(SetEntry));
    return true;
}

/* Stores key in the entry that ended the probes. */
static bool store_new(AwState *S, Set *so, SetEntry *entry,
                      SetEntry *freeslot, Value key, int64_t hash)
{
    so->used++;
    so->version++;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        return true;
    }
    so->fill++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < so->mask * 3)
        return true;
    return table_resize(S, so, so->used > 50000 ? so->used * 2
                                                : so->used * 4);
}

/* CPython's set_add_entry. key must be rooted. */
static bool add_entry(AwState *S, Set *so, Value key, int64_t hash)
{
restart:;
    SetEntry *freeslot = NULL;
    size_t mask = so->mask, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && IS_NULL(entry->key))
                return store_new(S, so, entry, freeslot, key, hash);
            if (entry->hash == hash) {
                int r = entry_matches(S, so, entry, key);
                if (r < 0)
                    return false;
                if (r == 2)
                    goto restart;
                if (r)
                    return true;
            } else if (entry->hash == -1) {
                freeslot = entry; /* the last dummy seen, as CPython */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool add_key(AwState *S, Set *so, Value key)
{
    int64_t hash;
    if (!awcont_hash(S, key, &hash))
        return false;
    awgc_push(S, key);
    bool ok = add_entry(S, so, key, hash);
    awgc_pop(S, 1);
    return ok;
}

static int contains_entry(AwState *S, Set *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(S, so, key, hash);
    return e ? !IS_NULL(e->key) : -1;
}

static int contains_key(AwState *S, Set *so, Value key)
{
    int64_t hash;
    if (!awcont_hash(S, key, &hash))
        return -1;
    awgc_push(S, key);
    int r = contains_entry(S, so, key, hash);
    awgc_pop(S, 1);
    return r;
}

/* 1 discarded, 0 absent, -1 error. */
static int discard_entry(AwState *S, Set *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(S, so, key, hash);
    if (!e)
        return -1;
    if (IS_NULL(e->key))
        return 0;
    e->key = DUMMY_KEY;
    e->hash = -1;
    so->used--;
    so->version++;
    return 1;
}

static int discard_key(AwState *S, Set *so, Value key)
{
    int64_t hash;
    if (!awcont_hash(S, key, &hash))
        return -1;
    awgc_push(S, key);
    int r = discard_entry(S, so, key, hash);
    awgc_pop(S, 1);
    return r;
}

/* The next active entry from *pos (rereading the table every time). */
static SetEntry *set_next(Set *so, size_t *pos)
{
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (!IS_NULL(e->key))
            return e;
    }
    return NULL;
}

static void set_clear(AwState *S, Set *so)
{
    if (so->mask == SET_MINSIZE - 1) {
        memset(so->table, 0, SET_MINSIZE * sizeof(SetEntry));
    } else {
        SetEntry *t = awmem_alloc(S, SET_MINSIZE * sizeof(SetEntry));
        if (!t) { /* keep the big table, emptied */
            memset(so->table, 0, (so->mask + 1) * sizeof(SetEntry));
        } else {
            memset(t, 0, SET_MINSIZE * sizeof(SetEntry));
            awmem_free(S, so->table, (so->mask + 1) * sizeof(SetEntry));
            so->table = t;
            so->mask = SET_MINSIZE - 1;
        }
    }
    so->fill = so->used = 0;
    so->version++;
}

/* ------------------------------------------------------------------ */
/* Building and merging                                                */

/* CPython's set_merge: adds the keys of another set. */
static bool merge(AwState *S, Set *so, Set *other)
{
    if (other == so || other->used == 0)
        return true;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        !table_resize(S, so, (so->used + other->used) * 2))
        return false;
    if (so->fill == 0 && so->mask == other->mask &&
        other->fill == other->used) {
        memcpy(so->table, other->table, (so->mask + 1) * sizeof(SetEntry));
        so->fill = other->fill;
        so->used = other->used;
        so->version++;
        return true;
    }
    if (so->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (!IS_NULL(e->key))
                insert_clean(so->table, so->mask, e->key, e->hash);
        }
        so->fill = so->used = other->used;
        so->version++;
        return true;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (IS_NULL(e.key))
            continue;
        awgc_push(S, e.key);
        bool ok = add_entry(S, so, e.key, e.hash);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

static bool merge_dict(AwState *S, Set *so, Dict *d)
{
    if ((so->fill + d->len) * 5 >= so->mask * 3 &&
        !table_resize(S, so, (so->used + d->len) * 2))
        return false;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (IS_NULL(e.key))
            continue;
        awgc_push(S, e.key);
        bool ok = add_entry(S, so, e.key, e.hash);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

/* CPython's set_update_internal: any iterable. */
static bool update_internal(AwState *S, Set *so, Value other)
{
    if (IS_SET(other))
        return merge(S, so, AS_SET(other));
    if (IS_OBJ(other) && AS_OBJ(other)->type == TYPE(S, DICT))
        return merge_dict(S, so, AS_DICT(other));
    Value it, key;
    awgc_push(S, OBJ_VAL(so));
    bool ok = awobj_iter(S, other, &it);
    if (ok) {
        awgc_push(S, it);
        int r;
        while ((r = awobj_next(S, it, &key)) == 1)
            if (!add_key(S, so, key))
                break;
        ok = r == 0;
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* A new set of type t holding the items of iterable (or none). */
static Set *make_new_set(AwState *S, Type *t, Value iterable)
{
    Set *s = set_alloc(S, t);
    if (!s || IS_NULL(iterable))
        return s;
    awgc_push(S, OBJ_VAL(s));
    bool ok = update_internal(S, s, iterable);
    awgc_pop(S, 1);
    return ok ? s : NULL;
}

/* As make_new_set with t reduced to set or frozenset. */
static Set *make_new_basetype(AwState *S, Type *t, Value iterable)
{
    return make_new_set(S, set_type_of(S, type_is_frozen(S, t)), iterable);
}

static Set *set_copy(AwState *S, Set *so)
{
    return make_new_basetype(S, so->obj.type, OBJ_VAL(so));
}

Set *awset_from_iterable(AwState *S, Value iterable, bool frozen)
{
    return make_new_set(S, set_type_of(S, frozen), iterable);
}

bool awset_add(AwState *S, Set *s, Value key)
{
    return add_key(S, s, key);
}

int awset_contains(AwState *S, Set *s, Value key)
{
    return contains_key(S, s, key);
}

int awset_discard(AwState *S, Set *s, Value key)
{
    return discard_key(S, s, key);
}

bool awset_next(Set *s, size_t *pos, Value *key)
{
    SetEntry *e = set_next(s, pos);
    if (e && key)
        *key = e->key;
    return e != NULL;
}

bool awset_update(AwState *S, Set *s, Value iterable)
{
    return update_internal(S, s, iterable);
}

/* ------------------------------------------------------------------ */
/* Set algebra (CPython's algorithms, for the same iteration orders)    */

/* Adds key to result when its presence in so is `want`. */
static bool add_if(AwState *S, Set *so, Set *result, Value key,
                   int64_t hash, int want)
{
    awgc_push(S, key);
    int rv = contains_entry(S, so, key, hash);
    bool ok = rv >= 0 && (rv != want || add_entry(S, result, key, hash));
    awgc_pop(S, 1);
    return ok;
}

static bool intersect_iter(AwState *S, Set *so, Value other, Set *result)
{
    Value it, key;
    int64_t hash;
    if (!awobj_iter(S, other, &it))
        return false;
    awgc_push(S, it);
    int r;
    while ((r = awobj_next(S, it, &key)) == 1) {
        if (!awcont_hash(S, key, &hash) ||
            !add_if(S, so, result, key, hash, 1)) {
            r = -1;
            break;
        }
        if (result->used >= so->used)
            break;
    }
    awgc_pop(S, 1);
    return r >= 0;
}

static Set *set_intersection(AwState *S, Set *so, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)so)
        return set_copy(S, so);
    awgc_push(S, OBJ_VAL(so));
    Set *result = make_new_basetype(S, so->obj.type, NULL_VAL);
    awgc_pop(S, 1);
    if (!result)
        return NULL;
    awgc_push(S, OBJ_VAL(result));
    bool ok = true;
    if (IS_SET(other)) {
        Set *small = AS_SET(other), *big = so;
        if (small->used > big->used) {
            small = so;
            big = AS_SET(other);
        }
        size_t pos = 0;
        SetEntry *e;
        while (ok && (e = set_next(small, &pos)) != NULL)
            ok = add_if(S, big, result, e->key, e->hash, 1);
    } else {
        ok = intersect_iter(S, so, other, result);
    }
    awgc_pop(S, 1);
    return ok ? result : NULL;
}

static Set *intersection_multi(AwState *S, Set *so, int n, Value *others)
{
    if (n == 0)
        return set_copy(S, so);
    Set *result = so;
    for (int i = 0; i < n && result; i++) {
        awgc_push(S, OBJ_VAL(result));
        result = set_intersection(S, result, others[i]);
        awgc_pop(S, 1);
    }
    return result;
}

/* Gives so the contents of tmp (intersection_update). */
static void swap_bodies(Set *a, Set *b)
{
    SetEntry *t = a->table;
    size_t mask = a->mask, fill = a->fill, used = a->used;
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
    b->table = t;
    b->mask = mask;
    b->fill = fill;
    b->used = used;
    a->version++;
    b->version++;
}

static bool difference_update(AwState *S, Set *so, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)so) {
        set_clear(S, so);
        return true;
    }
    if (IS_SET(other)) {
        Set *o = AS_SET(other);
        if ((o->used >> 3) > so->used) /* iterate the smaller common part */
            o = set_intersection(S, so, other);
        if (!o)
            return false;
        awgc_push(S, OBJ_VAL(o));
        size_t pos = 0;
        SetEntry *e;
        bool ok = true;
        while (ok && (e = set_next(o, &pos)) != NULL) {
            Value key = e->key;
            awgc_push(S, key);
            ok = discard_entry(S, so, key, e->hash) >= 0;
            awgc_pop(S, 1);
        }
        awgc_pop(S, 1);
        if (!ok)
            return false;
    } else {
        Value it, key;
        if (!awobj_iter(S, other, &it))
            return false;
        awgc_push(S, it);
        int r;
        while ((r = awobj_next(S, it, &key)) == 1)
            if (discard_key(S, so, key) < 0) {
                r = -1;
                break;
            }
        awgc_pop(S, 1);
        if (r < 0)
            return false;
    }
    if (so->fill - so->used <= so->mask / 4)
        return true;
    return table_resize(S, so, so->used > 50000 ? so->used * 2
                                                : so->used * 4);
}

bool awset_difference_update(AwState *S, Set *s, Value other)
{
    return difference_update(S, s, other);
}

static Set *copy_and_difference(AwState *S, Set *so, Value other)
{
    Set *r = set_copy(S, so);
    if (!r)
        return NULL;
    awgc_push(S, OBJ_VAL(r));
    bool ok = difference_update(S, r, other);
    awgc_pop(S, 1);
    return ok ? r : NULL;
}

static Set *set_difference(AwState *S, Set *so, Value other)
{
    size_t other_size;
    bool isdict = IS_OBJ(other) && AS_OBJ(other)->type == TYPE(S, DICT);
    if (IS_SET(other))
        other_size = AS_SET(other)->used;
    else if (isdict)
        other_size = AS_DICT(other)->len;
    else
        return copy_and_difference(S, so, other);
    if ((so->used >> 2) > other_size)
        return copy_and_difference(S, so, other);
    awgc_push(S, OBJ_VAL(so));
    Set *result = make_new_basetype(S, so->obj.type, NULL_VAL);
    awgc_pop(S, 1);
    if (!result)
        return NULL;
    awgc_push(S, OBJ_VAL(result));
    size_t pos = 0;
    SetEntry *e;
    bool ok = true;
    while (ok && (e = set_next(so, &pos)) != NULL) {
        Value key = e->key, v;
        int64_t hash = e->hash;
        awgc_push(S, key);
        if (isdict) {
            int rv = awdict_get(S, AS_DICT(other), key, &v);
            ok = rv >= 0 && (rv || add_entry(S, result, key, hash));
        } else {
            ok = add_if(S, AS_SET(other), result, key, hash, 0);
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok ? result : NULL;
}

/* Discards key from so if present, else adds it. */
static bool toggle(AwState *S, Set *so, Value key, int64_t hash)
{
    awgc_push(S, key);
    int rv = discard_entry(S, so, key, hash);
    bool ok = rv > 0 || (rv == 0 && add_entry(S, so, key, hash));
    awgc_pop(S, 1);
    return ok;
}

static bool symdiff_update(AwState *S, Set *so, Value other)
{
    if (IS_OBJ(other) && AS_OBJ(other) == (Obj *)so) {
        set_clear(S, so);
        return true;
    }
    if (IS_OBJ(other) && AS_OBJ(other)->type == TYPE(S, DICT)) {
        Dict *d = AS_DICT(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (!IS_NULL(e.key) && !toggle(S, so, e.key, e.hash))
                return false;
        }
        return true;
    }
    Set *o;
    if (IS_SET(other)) {
        o = AS_SET(other);
    } else {
        awgc_push(S, OBJ_VAL(so));
        o = make_new_basetype(S, so->obj.type, other);
        awgc_pop(S, 1);
        if (!o)
            return false;
    }
    awgc_push(S, OBJ_VAL(o));
    size_t pos = 0;
    SetEntry *e;
    bool ok = true;
    while (ok && (e = set_next(o, &pos)) != NULL)
        ok = toggle(S, so, e->key, e->hash);
    awgc_pop(S, 1);
    return ok;
}

bool awset_symdiff_update(AwState *S, Set *s, Value other)
{
    return symdiff_update(S, s, other);
}

static Set *set_symmetric_difference(AwState *S, Set *so, Value other)
{
    awgc_push(S, OBJ_VAL(so));
    Set *o = make_new_basetype(S, so->obj.type, other);
    awgc_pop(S, 1);
    if (!o)
        return NULL;
    awgc_push(S, OBJ_VAL(o));
    bool ok = symdiff_update(S, o, OBJ_VAL(so));
    awgc_pop(S, 1);
    return ok ? o : NULL;
}

static int set_issubset(AwState *S, Set *so, Set *other)
{
    if (so->used > other->used)
        return 0;
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next(so, &pos)) != NULL) {
        Value key = e->key;
        awgc_push(S, key);
        int rv = contains_entry(S, other, key, e->hash);
        awgc_pop(S, 1);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

/* Every item of the iterable other is in so. */
static int contains_all(AwState *S, Set *so, Value other)
{
    Value it, key;
    if (!awobj_iter(S, other, &it))
        return -1;
    awgc_push(S, it);
    int r, in = 1;
    while ((r = awobj_next(S, it, &key)) == 1) {
        in = contains_key(S, so, key);
        if (in <= 0)
            break;
    }
    awgc_pop(S, 1);
    return r < 0 ? -1 : in;
}

static int set_issuperset(AwState *S, Set *so, Value other)
{
    if (IS_SET(other))
        return set_issubset(S, AS_SET(other), so);
    return contains_all(S, so, other);
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */

static bool set_repr_items(StrBuf *b, Value self)
{
    AwState *S = b->S;
    List *keys = awlist_from_iterable(S, self);
    if (!keys)
        return false;
    awgc_push(S, OBJ_VAL(keys));
    bool ok = true;
    for (size_t i = 0; ok && i < keys->len; i++) {
        if (i > 0)
            awbuf_put(b, ", ", 2);
        ok = awbuf_repr(b, keys->items[i]);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool set_repr(AwState *S, Value self, Value *out)
{
    const char *name = awobj_typename(S, self);
    bool exact = AS_OBJ(self)->type == TYPE(S, SET);
    int r = awcont_repr_enter(S, AS_OBJ(self));
    if (r < 0)
        return false;
    StrBuf b;
    awbuf_init(S, &b);
    bool ok = true;
    if (r > 0) {
        awbuf_printf(&b, "%s(...)", name);
    } else if (AS_SET(self)->used == 0) {
        awbuf_printf(&b, "%s()", name);
    } else {
        if (!exact)
            awbuf_printf(&b, "%s(", name);
        awbuf_putc(&b, '{');
        ok = set_repr_items(&b, self);
        awbuf_puts(&b, exact ? "}" : "})");
    }
    if (r == 0)
        awcont_repr_leave(S);
    String *s = ok ? awbuf_finish(&b) : NULL;
    if (!s) {
        awbuf_free(&b);
        return false;
    }
    *out = OBJ_VAL(s);
    return true;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static bool frozenset_hash(AwState *S, Value self, int64_t *out)
{
    Set *so = AS_SET(self);
    if (so->hash != -1) {
        *out = so->hash;
        return true;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    so->hash = (int64_t)hash;
    *out = so->hash;
    return true;
}

static int set_compare(AwState *S, Set *v, Set *w, int op)
{
    switch (op) {
    case CMP_EQ:
        if (v->used != w->used)
            return 0;
        if (is_frozen(S, v) && is_frozen(S, w) && v->hash != -1 &&
            w->hash != -1 && v->hash != w->hash)
            return 0;
        return set_issubset(S, v, w);
    case CMP_LE: return set_issubset(S, v, w);
    case CMP_GE: return set_issubset(S, w, v);
    case CMP_LT: return v->used < w->used ? set_issubset(S, v, w) : 0;
    case CMP_GT: return v->used > w->used ? set_issubset(S, w, v) : 0;
    default: {
        int r = set_compare(S, v, w, CMP_EQ);
        return r < 0 ? r : !r;
    }
    }
}

static bool set_richcmp(AwState *S, Value a, Value b, int op, Value *out)
{
    if (!IS_SET(a) || !IS_SET(b)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    int r = set_compare(S, AS_SET(a), AS_SET(b), op);
    if (r < 0)
        return false;
    *out = BOOL_VAL(r);
    return true;
}

static bool set_out(Set *s, Value *out)
{
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool set_inplace(AwState *S, int op, Set *a, Value b)
{
    switch (op) {
    case BINOP_OR: return update_internal(S, a, b);
    case BINOP_SUB: return difference_update(S, a, b);
    case BINOP_XOR: return symdiff_update(S, a, b);
    default: {
        Set *tmp = set_intersection(S, a, b);
        if (!tmp)
            return false;
        swap_bodies(a, tmp);
        return true;
    }
    }
}

static bool set_or(AwState *S, Set *a, Value b, Value *out)
{
    Set *r = set_copy(S, a);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    if (AS_OBJ(b) == (Obj *)a)
        return true;
    awgc_push(S, *out);
    bool ok = update_internal(S, r, b);
    awgc_pop(S, 1);
    return ok;
}

static bool set_binop(AwState *S, int op, Value a, Value b, Value *out)
{
    bool inplace = op >= BINOP_INPLACE;
    if (inplace)
        op -= BINOP_INPLACE;
    if (!IS_SET(a) || !IS_SET(b) ||
        (op != BINOP_OR && op != BINOP_AND && op != BINOP_SUB &&
         op != BINOP_XOR)) {
        *out = NOTIMPL_VAL(S);
        return true;
    }
    if (inplace && !is_frozen(S, AS_SET(a))) {
        *out = a;
        return set_inplace(S, op, AS_SET(a), b);
    }
    switch (op) {
    case BINOP_OR: return set_or(S, AS_SET(a), b, out);
    case BINOP_AND: return set_out(set_intersection(S, AS_SET(a), b), out);
    case BINOP_SUB: return set_out(set_difference(S, AS_SET(a), b), out);
    default:
        return set_out(set_symmetric_difference(S, AS_SET(a), b), out);
    }
}

static bool set_len(AwState *S, Value self, int64_t *out)
{
    *out = (int64_t)AS_SET(self)->used;
    return true;
}

static int set_truth(AwState *S, Value self)
{
    return AS_SET(self)->used != 0;
}

/* An unhashable set key is looked up as a frozenset (CPython). */
static bool as_frozen_key(AwState *S, Value key, Value *out)
{
    if (!IS_SET(key) || is_frozen(S, AS_SET(key)) ||
        !awerr_matches(S, EXC_TYPE(S, TypeError)))
        return false;
    awerr_clear(S);
    Set *tmp = make_new_set(S, TYPE(S, FROZENSET), key);
    if (!tmp)
        return false;
    *out = OBJ_VAL(tmp);
    return true;
}

static int set_contains(AwState *S, Value self, Value key)
{
    int r = contains_key(S, AS_SET(self), key);
    Value fkey;
    if (r >= 0 || !as_frozen_key(S, key, &fkey))
        return r;
    awgc_push(S, fkey);
    r = contains_key(S, AS_SET(self), fkey);
    awgc_pop(S, 1);
    return r;
}

static int set_discard_conv(AwState *S, Set *so, Value key)
{
    int r = discard_key(S, so, key);
    Value fkey;
    if (r >= 0 || !as_frozen_key(S, key, &fkey))
        return r;
    awgc_push(S, fkey);
    r = discard_key(S, so, fkey);
    awgc_pop(S, 1);
    return r;
}

static bool set_iter(AwState *S, Value self, Value *out)
{
    Iterator *it = awcont_iter_new(S, TYPE(S, SET_ITER), self);
    if (!it)
        return false;
    it->end = (int64_t)AS_SET(self)->used;
    it->step = it->end;
    *out = OBJ_VAL(it);
    return true;
}

static bool set_new(AwState *S, Type *t, int argc, Value *argv,
                    Tuple *kwnames, Value *out)
{
    bool frozen = type_is_frozen(S, t);
    const char *name = frozen ? "frozenset" : "set";
    if (kwnames && kwnames->len > 0 && t == set_type_of(S, frozen))
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no keyword arguments", name);
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s expected at most 1 argument, got %d", name,
                            argc);
    if (frozen && t == TYPE(S, FROZENSET) && argc == 1 &&
        IS_OBJ(argv[0]) && AS_OBJ(argv[0])->type == t) {
        *out = argv[0];
        return true;
    }
    return set_out(make_new_set(S, t, argc ? argv[0] : NULL_VAL), out);
}

/* it: src = the set, index = table position, end = size expected (-1
 * once it changed), step = items left. */
static int setiter_next(AwState *S, Value self, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(self);
    if (IS_NULL(it->src))
        return 0;
    Set *so = AS_SET(it->src);
    if ((int64_t)so->used != it->end) {
        it->end = -1;
        awerr_format(S, EXC_RuntimeError,
                     "Set changed size during iteration");
        return -1;
    }
    size_t pos = (size_t)it->index;
    SetEntry *e = set_next(so, &pos);
    it->index = (int64_t)pos;
    if (!e) {
        it->src = NULL_VAL;
        return 0;
    }
    it->step--;
    *out = e->key;
    return 1;
}

static bool setiter_length_hint(AwState *S, int argc, Value *argv,
                                Tuple *kwnames, Value *out)
{
    Iterator *it = (Iterator *)AS_OBJ(argv[0]);
    int64_t n = 0;
    if (!IS_NULL(it->src) && (int64_t)AS_SET(it->src)->used == it->end)
        n = it->step;
    *out = INT_VAL(n);
    return true;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static Set *self_set(Value *argv) { return AS_SET(argv[0]); }

static bool m_add(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "set.add", argc - 1, kwnames, 1, 1) &&
           add_key(S, self_set(argv), argv[1]);
}

static bool m_clear(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "set.clear", argc - 1, kwnames, 0, 0))
        return false;
    set_clear(S, self_set(argv));
    *out = NONE_VAL;
    return true;
}

static bool m_copy(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!awcont_nargs(S, "set.copy", argc - 1, kwnames, 0, 0))
        return false;
    if (AS_OBJ(argv[0])->type == TYPE(S, FROZENSET)) {
        *out = argv[0];
        return true;
    }
    return set_out(set_copy(S, self_set(argv)), out);
}

static bool m_discard(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "set.discard", argc - 1, kwnames, 1, 1) &&
           set_discard_conv(S, self_set(argv), argv[1]) >= 0;
}

static bool m_remove(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "set.remove", argc - 1, kwnames, 1, 1))
        return false;
    int r = set_discard_conv(S, self_set(argv), argv[1]);
    if (r == 0)
        return awerr_value_arg(S, EXC_KeyError, argv[1]);
    *out = NONE_VAL;
    return r > 0;
}

static bool m_pop(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!awcont_nargs(S, "set.pop", argc - 1, kwnames, 0, 0))
        return false;
    Set *so = self_set(argv);
    if (so->used == 0) {
        String *msg = awstr_cstr(S, "pop from an empty set");
        return msg && awerr_value_arg(S, EXC_KeyError, OBJ_VAL(msg));
    }
    size_t i = (size_t)so->hash & so->mask;
    while (IS_NULL(so->table[i].key))
        i = i == so->mask ? 0 : i + 1;
    *out = so->table[i].key;
    so->table[i].key = DUMMY_KEY;
    so->table[i].hash = -1;
    so->used--;
    so->version++;
    so->hash = (int64_t)(i + 1);
    return true;
}

static bool m_update(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    if (!awcont_nargs(S, "set.update", argc - 1, kwnames, 0, INT32_MAX))
        return false;
    for (int i = 1; i < argc; i++)
        if (!update_internal(S, self_set(argv), argv[i]))
            return false;
    *out = NONE_VAL;
    return true;
}

static bool m_union(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "set.union", argc - 1, kwnames, 0, INT32_MAX))
        return false;
    Set *r = set_copy(S, self_set(argv));
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    bool ok = true;
    for (int i = 1; ok && i < argc; i++)
        if (!aw_value_is(argv[i], argv[0]))
            ok = update_internal(S, r, argv[i]);
    awgc_pop(S, 1);
    return ok;
}

static bool m_intersection(AwState *S, int argc, Value *argv,
                           Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "set.intersection", argc - 1, kwnames, 0,
                      INT32_MAX))
        return false;
    return set_out(intersection_multi(S, self_set(argv), argc - 1, argv + 1),
                   out);
}

static bool m_intersection_update(AwState *S, int argc, Value *argv,
                                  Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "set.intersection_update", argc - 1, kwnames, 0,
                      INT32_MAX))
        return false;
    Set *tmp = intersection_multi(S, self_set(argv), argc - 1, argv + 1);
    if (!tmp)
        return false;
    swap_bodies(self_set(argv), tmp);
    *out = NONE_VAL;
    return true;
}

static bool m_difference(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    if (!awcont_nargs(S, "set.difference", argc - 1, kwnames, 0, INT32_MAX))
        return false;
    if (argc == 1)
        return set_out(set_copy(S, self_set(argv)), out);
    Set *r = set_difference(S, self_set(argv), argv[1]);
    if (!r)
        return false;
    *out = OBJ_VAL(r);
    awgc_push(S, *out);
    bool ok = true;
    for (int i = 2; ok && i < argc; i++)
        ok = difference_update(S, r, argv[i]);
    awgc_pop(S, 1);
    return ok;
}

static bool m_difference_update(AwState *S, int argc, Value *argv,
                                Tuple *kwnames, Value *out)
{
    if (!awcont_nargs(S, "set.difference_update", argc - 1, kwnames, 0,
                      INT32_MAX))
        return false;
    for (int i = 1; i < argc; i++)
        if (!difference_update(S, self_set(argv), argv[i]))
            return false;
    *out = NONE_VAL;
    return true;
}

static bool m_symmetric_difference(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out)
{
    return awcont_nargs(S, "set.symmetric_difference", argc - 1, kwnames, 1,
                        1) &&
           set_out(set_symmetric_difference(S, self_set(argv), argv[1]),
                   out);
}

static bool m_symmetric_difference_update(AwState *S, int argc, Value *argv,
                                          Tuple *kwnames, Value *out)
{
    *out = NONE_VAL;
    return awcont_nargs(S, "set.symmetric_difference_update", argc - 1,
                        kwnames, 1, 1) &&
           symdiff_update(S, self_set(argv), argv[1]);
}

static bool bool_out(int r, Value *out)
{
    *out = BOOL_VAL(r > 0);
    return r >= 0;
}

static bool m_issubset(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!awcont_nargs(S, "set.issubset", argc - 1, kwnames, 1, 1))
        return false;
    if (IS_SET(argv[1]))
        return bool_out(set_issubset(S, self_set(argv), AS_SET(argv[1])),
                        out);
    Set *tmp = make_new_set(S, TYPE(S, SET), argv[1]);
    if (!tmp)
        return false;
    awgc_push(S, OBJ_VAL(tmp));
    int r = set_issubset(S, self_set(argv), tmp);
    awgc_pop(S, 1);
    return bool_out(r, out);
}

static bool m_issuperset(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    return awcont_nargs(S, "set.issuperset", argc - 1, kwnames, 1, 1) &&
           bool_out(set_issuperset(S, self_set(argv), argv[1]), out);
}

static int disjoint_sets(AwState *S, Set *so, Set *other)
{
    if (other->used > so->used) {
        Set *t = so;
        so = other;
        other = t;
    }
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next(other, &pos)) != NULL) {
        Value key = e->key;
        awgc_push(S, key);
        int rv = contains_entry(S, so, key, e->hash);
        awgc_pop(S, 1);
        if (rv != 0)
            return rv < 0 ? -1 : 0;
    }
    return 1;
}

static bool m_isdisjoint(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    if (!awcont_nargs(S, "set.isdisjoint", argc - 1, kwnames, 1, 1))
        return false;
    Set *so = self_set(argv);
    if (aw_value_is(argv[0], argv[1]))
        return bool_out(so->used == 0, out);
    if (IS_SET(argv[1]))
        return bool_out(disjoint_sets(S, so, AS_SET(argv[1])), out);
    Value it, key;
    if (!awobj_iter(S, argv[1], &it))
        return false;
    awgc_push(S, it);
    int r, in = 0;
    while ((r = awobj_next(S, it, &key)) == 1) {
        in = contains_key(S, so, key);
        if (in != 0)
            break;
    }
    awgc_pop(S, 1);
    if (r < 0 || in < 0)
        return false;
    return bool_out(in == 0, out);
}

static bool m_contains(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    return awcont_nargs(S, "set.__contains__", argc - 1, kwnames, 1, 1) &&
           bool_out(set_contains(S, argv[0], argv[1]), out);
}

static bool m_len(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  Value *out)
{
    if (!awcont_nargs(S, "set.__len__", argc - 1, kwnames, 0, 0))
        return false;
    *out = INT_VAL((int64_t)self_set(argv)->used);
    return true;
}

#define SHARED_METHODS                                                       \
    {"copy", m_copy, MF_METHOD},                                             \
    {"union", m_union, MF_METHOD},                                           \
    {"intersection", m_intersection, MF_METHOD},                             \
    {"difference", m_difference, MF_METHOD},                                 \
    {"symmetric_difference", m_symmetric_difference, MF_METHOD},             \
    {"issubset", m_issubset, MF_METHOD},                                     \
    {"issuperset", m_issuperset, MF_METHOD},                                 \
    {"isdisjoint", m_isdisjoint, MF_METHOD},                                 \
    {"__contains__", m_contains, MF_METHOD},                                 \
    {"__len__", m_len, MF_METHOD},                                           \
    {"__iter__", awcont_m_iter, MF_METHOD}

static const MethodDef set_methods[] = {
    SHARED_METHODS,
    {"add", m_add, MF_METHOD},
    {"clear", m_clear, MF_METHOD},
    {"discard", m_discard, MF_METHOD},
    {"remove", m_remove, MF_METHOD},
    {"pop", m_pop, MF_METHOD},
    {"update", m_update, MF_METHOD},
    {"intersection_update", m_intersection_update, MF_METHOD},
    {"difference_update", m_difference_update, MF_METHOD},
    {"symmetric_difference_update", m_symmetric_difference_update,
     MF_METHOD},
    {NULL}
};

static const MethodDef frozenset_methods[] = {
    SHARED_METHODS,
    {NULL}
};

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, MF_METHOD},
    {NULL}
};

static Type *set_type(AwState *S, TypeId id, const char *name,
                      const MethodDef *methods)
{
    Type *t = awtype_new_builtin(S, id, name, TYPE(S, OBJECT), OBJ_SET,
                                 sizeof(Set));
    if (!t)
        return NULL;
    t->tflags |= TF_BASETYPE;
    t->repr = set_repr;
    t->richcmp = set_richcmp;
    t->binop = set_binop;
    t->len = set_len;
    t->truth = set_truth;
    t->contains = set_contains;
    t->iter = set_iter;
    t->new_ = set_new;
    return awtype_add_methods(S, t, methods) ? t : NULL;
}

bool awset_types_init(AwState *S)
{
    Type *s = set_type(S, TY_SET, "set", set_methods);
    Type *f = set_type(S, TY_FROZENSET, "frozenset", frozenset_methods);
    if (!s || !f)
        return false;
    s->hash = NULL;
    f->hash = frozenset_hash;
    Type *it = awcont_iter_type(S, TY_SET_ITER, "set_iterator",
                                setiter_next);
    return it && awtype_add_methods(S, it, setiter_methods);
}
