/* The builtins module (stdlib/mod_builtins.c) and its iterator types
 * (stdlib/builtins_iter.c): what other parts of aw use from them. */
#ifndef AW_BUILTINS_H
#define AW_BUILTINS_H

#include "vm/state.h"

/* Creates the types enumerate, zip, map, filter, reversed, iterator and
 * callable_iterator in S->types; called by awbuiltins_init. */
AW_NODISCARD bool awbuiltins_iter_init(AwState *S);

/* dir(obj): the sorted list of the attribute names of obj (its instance
 * dict, then its type's and bases' dicts and getset names; a module's
 * dict; a class's dicts along its MRO). May call aw code (a user
 * __dir__), so it may collect. */
AW_NODISCARD bool awbuiltins_dir(AwState *S, Value obj, Value *out);

/* callable(v): v has a call slot or __call__. Never fails. */
bool awbuiltins_callable(AwState *S, Value v);
/* __iter__ (self) and __next__ (the type's next slot) of an iterator
 * type written in C (stdlib/builtins_iter.c). */
extern const MethodDef awiter_methods[];

/* The sequence-protocol iterator (type "iterator") over an object that
 * has __getitem__ but no __iter__: yields seq[0], seq[1]... until
 * IndexError or StopIteration. May collect. */
AW_NODISCARD bool awseqiter_new(AwState *S, Value seq, Value *out);

/* iter(callable, sentinel): a callable_iterator. May collect. */
AW_NODISCARD bool awcalliter_new(AwState *S, Value callable, Value sentinel,
                                 Value *out);

#endif
