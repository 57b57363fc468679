/* Dunder dispatch: the C slots of a class (repr, str, hash, richcmp,
 * binop, call, len, getitem, iter, next...) pointed at functions that
 * call the aw dunder methods it defines (vm/slots.c). */
#ifndef AW_SLOTS_H
#define AW_SLOTS_H

#include "vm/state.h"

/* Called after a class is created and whenever an attribute whose name
 * starts and ends with "__" is set on or deleted from a class: points the
 * slots of t and of its subclasses at the dunders they define, or back at
 * the inherited ones. May collect; false with an exception set. */
AW_NODISCARD bool awslots_update(AwState *S, Type *t);

#endif
