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
/* The value of handle h, as awapi_value, but nothing is recorded when h
 * is invalid (a C function's result, checked by its trampoline). */
bool awapi_peek(AwState *S, AwValue h, Value *out);
/* Forgets the texts cached for the error record (vm/api_error.c). */
void awapi_forget_texts(AwState *S);

/* Text from the host (vm/api_value.c): a str from a NUL-terminated C
 * string, or NULL with an exception pending (TypeError for NULL,
 * UnicodeDecodeError for invalid UTF-8). name: the same, interned, for
 * attribute and global names. May collect. */
String *awapi_text(AwState *S, const char *s);
String *awapi_name(AwState *S, const char *s);

/* The host's own __main__ module, made at its first use and kept
 * (vm/api_run.c): registered as sys.modules['__main__'] unless a module
 * has that name already. NULL with an exception pending. May collect. */
Module *awapi_main(AwState *S);
/* The namespace of module handle m (AW_NULL: awapi_main's), or NULL with
 * the error recorded. */
Dict *awapi_globals(AwState *S, AwValue m);
/* A new __main__ namespace with CPython's entries (vm/api.c); file:
 * __file__, or NULL for none. NULL with an exception pending. */
Dict *awapi_main_globals(AwState *S, const char *file);
void awapi_trace(AwState *S);
void awapi_free(AwState *S);

#endif
