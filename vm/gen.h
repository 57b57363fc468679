/* Generators and coroutines (vm/gen.c), and how the dispatch loop runs
 * them (vm/interp.c).
 *
 * A generator owns its frame: RETURN_GENERATOR moves the frame of the
 * call from the frame stack into the Generator object, where it stays for
 * the generator's life (FRAME_HEAP). Resuming links that frame on top of
 * the resumer and runs it in the same dispatch loop.
 *
 * Delegation (`yield from g`, `await coro`) does not bounce values through
 * every level as CPython's SEND does: the delegate's frame is linked on
 * top of the delegating frame, and the chain runs as one stack of frames.
 * A `yield` anywhere in the chain suspends the whole chain at once, and
 * the outermost generator (the root, the one its resumer resumed) records
 * the innermost frame; resuming the root continues that frame directly.
 * Suspending and resuming therefore cost O(1) whatever the depth of the
 * await chain. The roots being run form a stack, S->genroot. */
#ifndef AW_GEN_H
#define AW_GEN_H

#include <stddef.h>

#include "vm/interp.h"

typedef enum {
    GEN_CREATED,   /* not started */
    GEN_SUSPENDED, /* at a yield (or its chain is) */
    GEN_RUNNING,   /* running, or delegated to from a running chain */
    GEN_CLOSED     /* returned or raised */
} GenState;

typedef struct Generator {
    Obj obj;                     /* generator or coroutine */
    String *name, *qualname;
    Value delegate;              /* what it yields from / awaits, or NULL */
    /* exceptions (S->exc_info values) as pointers, NULL for none:
     * a suspended generator's size is a design goal (docs/internals.md) */
    Obj *exc_state;              /* its handled exception while suspended */
    Obj *outer_exc;              /* the resumer's exc_info while it runs */
    struct Generator *prev_root; /* S->genroot below it while it runs */
    Frame *innermost;            /* while suspended: the frame to resume */
    Code *ccode;                 /* where it was created (the caller's */
    uint32_t cpc;                /*   code and pc), for reports, or NULL */
    uint32_t chain;              /* frames from its own to the innermost */
    uint8_t state;               /* GenState */
    uint8_t agflags;             /* AG_* bits of an async generator */
    struct Loop *agloop; /* an async generator's finalizer: its loop */
    _Alignas(8) unsigned char framebuf[]; /* its Frame */
} Generator;

/* exc_info as stored in a generator, and back */
static inline Obj *awgen_exc_obj(Value v) { return IS_OBJ(v) ? AS_OBJ(v) : NULL; }
static inline Value awgen_exc_val(Obj *o) { return o ? OBJ_VAL(o) : NULL_VAL; }

#define GEN_FRAME(g) ((Frame *)(void *)(g)->framebuf)
#define GEN_SIZE(g) (offsetof(Generator, framebuf) + GEN_FRAME(g)->size)
#define FRAME_GEN(f)                                                         \
    ((Generator *)(void *)((unsigned char *)(f)-offsetof(Generator, framebuf)))
#define IS_GEN(v) IS_KIND(v, OBJ_GENERATOR)
#define IS_AGEN(S, v) (IS_GEN(v) && AS_OBJ(v)->type == TYPE(S, ASYNC_GENERATOR))
#define AS_GEN(v) ((Generator *)AS_OBJ(v))

/* RETURN_GENERATOR: a generator (or coroutine) owning a copy of f, the
 * frame of the call, which the caller then pops. NULL on MemoryError. */
Generator *awgen_new(AwState *S, Frame *f);

/* Runs g until it yields (1, *out the value), returns (0, *out the return
 * value) or raises (-1). With throwing, S->exc is raised at its current
 * point instead of sending sent. Checks its state first: CPython's errors
 * for a running, finished or just-started generator. */
int awgen_resume(AwState *S, Generator *g, Value sent, bool throwing,
                 Value *out);

/* The dispatch loop's half of the protocol, in vm/interp.c: runs frames
 * from f (already linked as S->frame) until the frame flagged
 * FRAME_ENTRY returns (true) or raises (false), or the chain of the
 * running root that was entered from C yields (true, S->gen_yielded). */
AW_NODISCARD bool awvm_resume(AwState *S, Frame *f, bool throwing,
                              Value *out);

/* The dispatch loop's bookkeeping (each O(1)):
 * enter_root: g (created or suspended) starts running on top of S->frame
 *   as a new root; S->frame becomes its innermost frame. RecursionError
 *   when its chain would pass the limit.
 * suspend_root: the running root's chain stops at a yield in innermost;
 *   S->frame becomes the root's resumer.
 * delegate: parent's generator yields from / awaits g: g's frames go on
 *   top of parent in the running chain.
 * exit_frame: generator frame f returned or raised; S->frame becomes the
 *   frame below it (its resumer, or the frame that delegated to it).
 * fix_stop: StopIteration leaving f becomes RuntimeError (PEP 479). */
AW_NODISCARD bool awgen_enter_root(AwState *S, Generator *g);
Generator *awgen_suspend_root(AwState *S, Frame *innermost);
AW_NODISCARD bool awgen_delegate(AwState *S, Generator *g, Frame *parent);
void awgen_exit_frame(AwState *S, Frame *f);
void awgen_fix_stop(AwState *S, Frame *f);

/* SEND's checks before delegating to g with the value sent. */
AW_NODISCARD bool awgen_check_send(AwState *S, Generator *g, Value sent);
/* SEND to anything else (an iterator, __await__'s result, a finished
 * generator): 1 yielded *out, 0 returned *out, -1 error. */
int awgen_send_other(AwState *S, Value recv, Value sent, Value *out);
/* throw() reaching a frame suspended in SEND on recv (not an aw
 * generator): recv's own throw with the pending exception, as CPython's
 * gen_throw delegates: 1 yielded *out, 0 returned *out, -1 raised. */
int awgen_throw_other(AwState *S, Value recv, Value *out);
/* GET_AWAITABLE (where: 0 await, 1 __aenter__, 2 __aexit__) and
 * GET_YIELD_FROM_ITER (in code). */
AW_NODISCARD bool awgen_get_awaitable(AwState *S, Value o, uint32_t where,
                                      Value *out);
AW_NODISCARD bool awgen_yield_from_iter(AwState *S, Value o, Code *code,
                                        Value *out);

/* gi_yieldfrom, cr_await, ag_await: what g awaits, or NULL_VAL. */
Value awgen_awaiting(Generator *g);

/* throw(exc), throw(type[, value[, tb]]): the exception to raise. */
AW_NODISCARD bool awgen_make_thrown(AwState *S, int argc, Value *argv,
                                    Value *out);

/* close(): GeneratorExit thrown in; RuntimeError when it yields. */
AW_NODISCARD bool awgen_close(AwState *S, Generator *g);

AW_NODISCARD bool awgen_init(AwState *S);

#endif
