/* The embedding API's internals: handles and the error record, shared by
 * the files that implement include/aw.h (vm/api*.c, runtime/host.c).
 *
 * A handle is an index into S->handles plus a generation: a released
 * slot bumps its generation, so a stale handle is detected, not
 * dereferenced. Generations start at a per-interpreter salt, so that a
 * handle of another interpreter is (almost surely) refused too. Live
 * slots are GC roots. */
#ifndef AW_API_INTERNAL_H
#define AW_API_INTERNAL_H

#include "aw.h"
#include "vm/state.h"

typedef struct HandleSlot {
    Value v;       /* NULL_VAL when free */
    uint32_t gen;  /* the generation of the handle that owns it */
    uint32_t next; /* free list link (index), when free */
} HandleSlot;

/* A new handle for v: AW_NULL with MemoryError recorded when the table
 * cannot grow. */
AwValue awapi_handle(AwState *S, Value v);
/* The value of handle h into *out; false (TypeError "invalid handle"
 * recorded) for AW_NULL, a released or a foreign handle. */
AW_NODISCARD bool awapi_value(AwState *S, AwValue h, Value *out);
/* Moves the pending exception (S->exc) into the error record, which the
 * host reads with aw_error_*; returns AW_NULL / AW_ERROR for the caller
 * to return. With no exception pending, records SystemError. */
AwValue awapi_fail(AwState *S);
int awapi_fail_int(AwState *S);
/* The record back into S->exc (a C function returning AW_NULL): true when
 * there was one. */
bool awapi_reraise(AwState *S);
void awapi_trace(AwState *S);
void awapi_free(AwState *S);

#endif
