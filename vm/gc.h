/* Memory: the one allocation funnel and the precise mark-and-sweep GC.
 *
 * Invariant: a collection may start only inside awgc_alloc (an object
 * allocation). At that moment every reachable object must be reachable from
 * a root: the frame chain (each frame's localsplus up to frame->sp), the
 * temporary root stack, S's own fields. Raw buffers from awmem_* never
 * start a collection, so code that only grows a list or builds a string
 * buffer needs no rooting. Marking uses an explicit gray stack, so deep
 * structures cannot overflow the C stack. */
#ifndef AW_GC_H
#define AW_GC_H

#include "vm/state.h"

/* Raw memory through the host allocator; counted in S->bytes. NULL on
 * failure (no exception set: call awerr_nomem). Never collects. */
void *awmem_alloc(AwState *S, size_t size);
void *awmem_realloc(AwState *S, void *p, size_t oldsize, size_t newsize);
void awmem_free(AwState *S, void *p, size_t size);
/* Blocks of up to AWSLAB_MAX bytes come from a slab (vm/slab.c) when the
 * host allocator is the C library's and no sanitizer is watching. */
bool awmem_small_supported(void);
/* Returns the recycled blocks to the host allocator (awstate_free). */
void awmem_release(AwState *S);

/* A new GC object of `size` bytes (header included), zero-filled, with
 * type t and kind k. May collect first. NULL with MemoryError set. */
void *awgc_alloc(AwState *S, Type *t, ObjKind k, size_t size);

/* A new native object (vm/object.h) of type t with `size` zero-filled
 * bytes of payload described by cls. May collect; NULL with MemoryError
 * set. */
#define AWNATIVE_MAX ((size_t)1 << 40)
#define AWNATIVE_BYTES(size) ((sizeof(Native) + (size) + 15) & ~(size_t)15)
Native *awnative_new(AwState *S, Type *t, const NativeClass *cls,
                     size_t size);

/* Root C temporaries across allocations: push and pop in pairs. The root
 * stack has a fixed capacity (AWGC_MAX_ROOTS) that C recursion limits
 * (S->c_limit) keep far from reach. */
#define AWGC_MAX_ROOTS 8192
static inline void awgc_push(AwState *S, Value v)
{
    S->roots[S->nroots++] = v;
}
static inline void awgc_pop(AwState *S, size_t n) { S->nroots -= n; }

void awgc_collect(AwState *S);
/* After a request the memory limit or the host refused (S->mem_refused),
 * a collection, so that what garbage holds is free again before raw
 * buffers, which cannot collect, ask for it. The collections between the
 * refusal and this point may have found the garbage still held by the C
 * code that failed. Call only where a collection could start (everything
 * live rooted): an exception handler's entry, an error's arrival at the
 * host. */
void awgc_recover(AwState *S);
/* Watches o (a coroutine, future or task): if it dies with something to
 * report, it is kept until the next safe point, which reports it. */
void awgc_watch(AwState *S, Obj *o);
/* Moves o, a coroutine or async generator just allocated, to the list
 * that collections scan for ones that died unstarted or unfinalised. */
void awgc_track_coro(AwState *S, Obj *o);
/* At a safe point (a loop round, the end of a run, shutdown): reports
 * the watched objects that died; with all, every watched object that
 * still has something to report (the interpreter is ending). */
void awgc_run_finalizers(AwState *S, bool all);
void awgc_mark_value(AwState *S, Value v);
void awgc_mark_obj(AwState *S, Obj *o);
/* Frees every object: the end of an interpreter. */
void awgc_free_all(AwState *S);

#endif
