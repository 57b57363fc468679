/* list.sort and sorted(): a stable merge sort (binary insertion of short
 * runs, then pairwise merges that skip ordered neighbours) over a
 * permutation of indices, so that the items never leave rooted lists
 * while comparisons run aw code. */
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

#define MIN_RUN 32

enum { KEYS_ANY, KEYS_INT, KEYS_FLOAT, KEYS_STR };

typedef struct Sorter {
    AwState *S;
    const Value *keys; /* keys[i] sorts item i; rooted by a list */
    int kind;          /* KEYS_*: a C comparison when all keys agree */
} Sorter;

static int str_lt(String *a, String *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n); /* UTF-8 keeps code point order */
    return c < 0 || (c == 0 && a->len < b->len);
}

/* keys[a] < keys[b]: 1, 0, or -1 on error. */
static int less(Sorter *st, size_t a, size_t b)
{
    Value x = st->keys[a], y = st->keys[b];
    switch (st->kind) {
    case KEYS_INT: return AS_INT(x) < AS_INT(y);
    case KEYS_FLOAT: return AS_FLOAT(x) < AS_FLOAT(y);
    case KEYS_STR: return str_lt(AS_STR(x), AS_STR(y));
    default: return awobj_compare(st->S, x, y, CMP_LT);
    }
}

static int keys_kind(AwState *S, const Value *keys, size_t n)
{
    int kind = IS_INT(keys[0]) ? KEYS_INT
             : IS_FLOAT(keys[0]) ? KEYS_FLOAT
             : IS_OBJ(keys[0]) && AS_OBJ(keys[0])->type == TYPE(S, STR)
                 ? KEYS_STR : KEYS_ANY;
    for (size_t i = 1; i < n && kind != KEYS_ANY; i++) {
        Value k = keys[i];
        if ((kind == KEYS_INT && !IS_INT(k)) ||
            (kind == KEYS_FLOAT && !IS_FLOAT(k)) ||
            (kind == KEYS_STR &&
             !(IS_OBJ(k) && AS_OBJ(k)->type == TYPE(S, STR))))
            kind = KEYS_ANY;
    }
    return kind;
}

/* Binary insertion sort of p[0..n); the first `done` are sorted. */
static bool insertion_sort(Sorter *st, size_t *p, size_t n, size_t done)
{
    for (size_t i = done ? done : 1; i < n; i++) {
        size_t x = p[i], lo = 0, hi = i;
        int r = less(st, x, p[i - 1]);
        if (r < 0)
            return false;
        if (!r)
            continue; /* already in place: cheap on sorted input */
        hi = i - 1;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            r = less(st, x, p[mid]);
            if (r < 0)
                return false;
            if (r)
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(p + lo + 1, p + lo, (i - lo) * sizeof(size_t));
        p[lo] = x;
    }
    return true;
}

/* Merges the sorted runs p[0..mid) and p[mid..n) using tmp. */
static bool merge_runs(Sorter *st, size_t *p, size_t mid, size_t n,
                       size_t *tmp)
{
    int r = less(st, p[mid], p[mid - 1]);
    if (r <= 0)
        return r == 0; /* already in order */
    memcpy(tmp, p, mid * sizeof(size_t));
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        r = less(st, p[j], tmp[i]);
        if (r < 0)
            return false;
        p[k++] = r ? p[j++] : tmp[i++];
    }
    memcpy(p + k, tmp + i, (mid - i) * sizeof(size_t));
    return true;
}

static bool merge_sort(Sorter *st, size_t *p, size_t n, size_t *tmp)
{
    for (size_t lo = 0; lo < n; lo += MIN_RUN) {
        size_t len = n - lo < MIN_RUN ? n - lo : MIN_RUN;
        if (!insertion_sort(st, p + lo, len, 0))
            return false;
    }
    for (size_t width = MIN_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (!merge_runs(st, p + lo, width, hi - lo, tmp))
                return false;
        }
    }
    return true;
}

/* Sorts items (in a private rooted list) by keys (rooted list). */
static bool sort_items(AwState *S, List *items, List *keys, bool reverse)
{
    size_t n = items->len;
    if (n < 2)
        return true;
    size_t *p = awmem_alloc(S, 2 * n * sizeof(size_t));
    Value *sorted = awmem_alloc(S, items->cap * sizeof(Value));
    if (!p || !sorted) {
        awmem_free(S, p, 2 * n * sizeof(size_t));
        awmem_free(S, sorted, items->cap * sizeof(Value));
        return awerr_nomem(S);
    }
    /* reverse: sort the reversed sequence stably, then reverse back, as
     * CPython does, so that equal keys keep their order */
    for (size_t i = 0; i < n; i++)
        p[i] = reverse ? n - 1 - i : i;
    Sorter st = {S, keys->items, keys_kind(S, keys->items, n)};
    bool ok = merge_sort(&st, p, n, p + n);
    if (ok) {
        for (size_t i = 0; i < n; i++)
            sorted[i] = items->items[p[reverse ? n - 1 - i : i]];
        awmem_free(S, items->items, items->cap * sizeof(Value));
        items->items = sorted;
    } else {
        awmem_free(S, sorted, items->cap * sizeof(Value));
    }
    awmem_free(S, p, 2 * n * sizeof(size_t));
    return ok;
}

/* The keys of every item (key(item)), in a new list. */
static List *compute_keys(AwState *S, List *items, Value key)
{
    List *keys = awlist_new(S, items->len);
    if (!keys)
        return NULL;
    awgc_push(S, OBJ_VAL(keys));
    bool ok = true;
    for (size_t i = 0; ok && i < items->len; i++) {
        Value k;
        awgc_push(S, items->items[i]); /* rooted argument array */
        ok = awobj_call(S, key, 1, S->roots + S->nroots - 1, NULL, &k);
        awgc_pop(S, 1);
        if (ok)
            keys->items[keys->len++] = k;
    }
    awgc_pop(S, 1);
    return ok ? keys : NULL;
}

/* Moves the items of `from` into `to` (whose buffer must be free). */
static void take_items(List *to, List *from)
{
    to->items = from->items;
    to->len = from->len;
    to->cap = from->cap;
    from->items = NULL;
    from->len = from->cap = 0;
}

/* While sorting, l is empty and its items live in a private list: a key
 * function or __lt__ that mutates l is detected afterwards (CPython's
 * "list modified during sort"); the sorted items then replace whatever
 * l was given meanwhile. */
bool awlist_sort(AwState *S, List *l, Value key, bool reverse)
{
    awgc_push(S, OBJ_VAL(l));
    List *items = awlist_new(S, 0);
    if (!items) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_push(S, OBJ_VAL(items));
    take_items(items, l);
    List *keys = items;
    bool ok = true;
    if (!IS_NULL(key) && !IS_NONE(key) && items->len > 0) {
        keys = compute_keys(S, items, key);
        ok = keys != NULL;
    }
    if (ok) {
        awgc_push(S, OBJ_VAL(keys));
        ok = sort_items(S, items, keys, reverse);
        awgc_pop(S, 1);
    }
    bool modified = l->items != NULL || l->len != 0;
    awmem_free(S, l->items, l->cap * sizeof(Value));
    l->items = NULL;
    l->cap = l->len = 0;
    take_items(l, items);
    awgc_pop(S, 2);
    if (ok && modified)
        return awerr_format(S, EXC_ValueError, "list modified during sort");
    return ok;
}
