/* list, tuple, dict, set/frozenset, range, slice and their iterators and
 * views (vm/list.c, vm/tuple.c, vm/dict.c, vm/set.c, vm/range.c). */
#ifndef AW_CONTAINERS_H
#define AW_CONTAINERS_H

#include "vm/state.h"

List *awlist_new(AwState *S, size_t cap); /* empty list, room for cap */
AW_NODISCARD bool awlist_append(AwState *S, List *l, Value v);
/* Appends every item of any iterable. */
AW_NODISCARD bool awlist_extend(AwState *S, List *l, Value iterable);
/* Stable sort with optional key function and reverse (list.sort). */
AW_NODISCARD bool awlist_sort(AwState *S, List *l, Value key, bool reverse);
List *awlist_from_iterable(AwState *S, Value iterable);

Tuple *awtuple_new(AwState *S, size_t n); /* items are NULL_VAL */
Tuple *awtuple_from_array(AwState *S, const Value *items, size_t n);
Tuple *awtuple_from_iterable(AwState *S, Value iterable);

Dict *awdict_new(AwState *S);
/* 1 found (*out set), 0 absent, -1 error (unhashable key, __eq__ raised) */
int awdict_get(AwState *S, Dict *d, Value key, Value *out);
AW_NODISCARD bool awdict_set(AwState *S, Dict *d, Value key, Value v);
/* 1 deleted, 0 absent, -1 error */
int awdict_del(AwState *S, Dict *d, Value key);
/* Fast paths for string keys: no __eq__ can run, so no error is possible
 * but memory. get returns NULL_VAL when absent. */
Value awdict_get_str(AwState *S, Dict *d, String *key);
AW_NODISCARD bool awdict_set_str(AwState *S, Dict *d, String *key, Value v);
/* Iterate: start with *pos = 0; returns false at the end. */
bool awdict_next(Dict *d, size_t *pos, Value *key, Value *value);
AW_NODISCARD bool awdict_update(AwState *S, Dict *d, Value other);
Dict *awdict_copy(AwState *S, Dict *d);

Set *awset_new(AwState *S, bool frozen);
AW_NODISCARD bool awset_add(AwState *S, Set *s, Value key);
int awset_contains(AwState *S, Set *s, Value key); /* 1, 0, -1 */
int awset_discard(AwState *S, Set *s, Value key);  /* 1, 0, -1 */
bool awset_next(Set *s, size_t *pos, Value *key);
AW_NODISCARD bool awset_update(AwState *S, Set *s, Value iterable);

Value awrange_new(AwState *S, int64_t start, int64_t stop, int64_t step);
Slice *awslice_new(AwState *S, Value start, Value stop, Value step);
/* CPython's PySlice_GetIndicesEx for a sequence of length len. */
AW_NODISCARD bool awslice_indices(AwState *S, Slice *sl, int64_t len,
                                  int64_t *start, int64_t *stop,
                                  int64_t *step, int64_t *slicelen);
/* Normalise a sequence index (negative from the end); IndexError with
 * "<what> index out of range" when outside. */
AW_NODISCARD bool awseq_index(AwState *S, Value key, int64_t len,
                              const char *what, int64_t *out);

/* ------------------------------------------------------------------ */
/* Helpers shared by the container files (vm/list.c, vm/range.c).     */

/* Creates every container type (each file's part). */
AW_NODISCARD bool awlist_types_init(AwState *S);
AW_NODISCARD bool awtuple_types_init(AwState *S);
AW_NODISCARD bool awdict_types_init(AwState *S);
AW_NODISCARD bool awset_types_init(AwState *S);
AW_NODISCARD bool awrange_types_init(AwState *S);

/* Repr recursion guard (CPython's Py_ReprEnter): 1 when o's repr is
 * already in progress further up (write "[...]"), 0 when entered (pair
 * with awcont_repr_leave), -1 on RecursionError. Marks live on the GC
 * root stack as VT_NULL values holding o, which the GC ignores. */
int awcont_repr_enter(AwState *S, Obj *o);
void awcont_repr_leave(AwState *S);

/* A new builtin iterator (or view) of type t over src. May collect. */
Iterator *awcont_iter_new(AwState *S, Type *t, Value src);
/* A builtin iterator type (OBJ_ITERATOR, Iterator layout) with the
 * address repr, iter returning self and the given next slot. */
Type *awcont_iter_type(AwState *S, int id, const char *name, NextFn next);
/* "<list_iterator object at 0x...>" */
AW_NODISCARD bool awcont_addr_repr(AwState *S, Value self, Value *out);
/* An iterator's iter slot: returns self. */
AW_NODISCARD bool awcont_iter_self(AwState *S, Value self, Value *out);
/* The __iter__ method of the builtin containers: the iter slot of the
 * type that defines it (not of a subclass that may override it). */
AW_NODISCARD bool awcont_m_iter(AwState *S, int argc, Value *argv,
                                Tuple *kwnames, Value *out);

/* Argument count check with CPython's messages: name is "list.pop";
 * min/max count positional arguments after self; keywords refused. */
AW_NODISCARD bool awcont_nargs(AwState *S, const char *name, int argc,
                               Tuple *kwnames, int min, int max);
/* operator.index(v) as int64 ("Python int too large to convert to C
 * ssize_t" OverflowError when it does not fit). */
AW_NODISCARD bool awcont_ssize(AwState *S, Value v, int64_t *out);
/* True when v may index a sequence: int, bool or has __index__. */
bool awcont_is_index(AwState *S, Value v);

/* The items of v as an array (PySequence_Fast): an exact list's or
 * tuple's own, else those of a new list built by iterating v (TypeError
 * msg when v is not iterable). *holder keeps them alive: root it. The
 * pointer is valid until aw code runs. */
AW_NODISCARD bool awseq_fast(AwState *S, Value v, const char *msg,
                             Value *holder, Value **items, size_t *n);
/* Lexicographic comparison of two lists or two tuples (a and b of the
 * same kind). */
AW_NODISCARD bool awcont_seq_richcmp(AwState *S, Value a, Value b, int op,
                                     Value *out);
/* Hash of any value (fast paths for numbers and exact str). */
AW_NODISCARD bool awcont_hash(AwState *S, Value v, int64_t *out);

/* Slices in two steps, as CPython's PySlice_Unpack (may call __index__,
 * hence aw code) and PySlice_AdjustIndices (pure; returns slicelen). */
AW_NODISCARD bool awslice_unpack(AwState *S, Slice *sl, int64_t *start,
                                 int64_t *stop, int64_t *step);
int64_t awslice_adjust(int64_t len, int64_t *start, int64_t *stop,
                       int64_t step);
/* A slice bound or list.index() start/stop: None not allowed; clamps
 * huge ints (CPython's _PyEval_SliceIndex). */
AW_NODISCARD bool awcont_slice_index(AwState *S, Value v, int64_t *out);

/* The set built from any iterable (the type follows frozen). */
Set *awset_from_iterable(AwState *S, Value iterable, bool frozen);
/* The generic set operations on any iterable other (set methods). */
AW_NODISCARD bool awset_difference_update(AwState *S, Set *s, Value other);
AW_NODISCARD bool awset_symdiff_update(AwState *S, Set *s, Value other);

#endif
