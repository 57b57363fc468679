/* Async generators (vm/agen.c): `async def` with `yield`, the awaitables
 * its __anext__/asend/athrow/aclose return, and `async for`.
 *
 * An async generator is a Generator (vm/gen.h) of type async_generator.
 * Its awaitables (async_generator_asend, async_generator_athrow) keep the
 * Iterator layout: src the generator, aux the value to send or the
 * exception to throw, index the AgState, end the AgMode.
 *
 * The O(1) design of vm/gen.h extends to them. When an aw frame P awaits
 * such an awaitable, SEND links the generator's frames on top of P exactly
 * as it links an awaited coroutine, with P's delegate the awaitable. An
 * `await` inside the generator body then suspends and resumes the whole
 * chain at once. The generator's own `yield` (YIELD_VALUE 1) takes its
 * frame out of the chain, leaves the generator suspended and gives the
 * value to P as the result of its await; its return raises
 * StopAsyncIteration in P; its exceptions unwind into P. Driven from C
 * instead (the awaitable's send/throw, a Task), the generator runs as a
 * root and awagen_step translates the outcome the same way. */
#ifndef AW_AGEN_H
#define AW_AGEN_H

#include "vm/gen.h"

/* Generator.agflags */
enum {
    AG_RUNNING_ASYNC = 1, /* an asend/athrow is in flight: ag_running */
    AG_CLOSED = 2,        /* StopAsyncIteration/GeneratorExit seen, aclose */
    AG_HOOKS = 4,         /* first iterated: finalizer taken */
    AG_FRESH = 8,         /* only an async for's stack holds it */
    AG_FINALIZED = 16     /* its finalizer ran */
};

/* The awaitables: Iterator.index and Iterator.end. */
typedef enum { AW_INIT, AW_ITER, AW_CLOSED } AgState;
typedef enum { AG_ASEND, AG_ATHROW, AG_ACLOSE } AgMode;

#define IS_AGEN_AWAIT(S, v)                                                  \
    (IS_KIND(v, OBJ_ITERATOR) &&                                             \
     (AS_OBJ(v)->type == TYPE(S, AGEN_ASEND) ||                              \
      AS_OBJ(v)->type == TYPE(S, AGEN_ATHROW)))

/* What SEND does with an awaitable of an async generator. */
enum { AGEN_ERROR = -1, AGEN_DONE = 0, AGEN_LINKED = 1, AGEN_THROW = 2 };

/* SEND of sent into awaitable a by frame p (a and sent still on p's
 * stack). AGEN_LINKED: the generator's frames run on top of p, S->frame is
 * the one to continue, with *out pushed; AGEN_THROW: the same, raising
 * S->exc there; AGEN_DONE: the await is over at once with *out;
 * AGEN_ERROR: raise in p. */
int awagen_link(AwState *S, Value a, Value sent, Frame *p, Value *out);

/* YIELD_VALUE 1 in frame f of an async generator linked above an awaiting
 * frame: f leaves the chain suspended and S->frame becomes the awaiting
 * frame, which stands after its SEND. true: *out is its await's result;
 * false: raise S->exc there (aclose() met a yield). Never allocates on
 * the true path. */
bool awagen_yield(AwState *S, Frame *f, Value v, Value *out);

/* f, a generator frame about to leave its chain by return or raise: is it
 * an async generator linked above an awaiting frame? */
static inline bool awagen_linked(AwState *S, Frame *f)
{
    Generator *g = FRAME_GEN(f);
    return g->obj.type == TYPE(S, ASYNC_GENERATOR) && g != S->genroot;
}

/* After such a frame returned (threw: false) and left the chain: what
 * the awaiting frame gets. a was the awaiting frame's delegate. true:
 * *out, the await's result; false: raise S->exc. */
bool awagen_leave(AwState *S, Value a, bool threw, Value *out);

/* A coroutine (or async generator) frame f is about to end: does a local
 * hold an async generator that f's code created and that the loop would
 * finalize? Then f may have held its last reference, which CPython frees
 * right there: awagen_collect after the exit finds out. */
bool awagen_scan_frame(AwState *S, Frame *f);
static inline bool awagen_frame_ends(AwState *S, Frame *f)
{
    return (f->code->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) &&
           awagen_scan_frame(S, f);
}
/* A collection whose dead async generators are finalized at once; keep
 * (a C value of the caller) stays alive. */
void awagen_collect(AwState *S, Value keep);

/* Drives awaitable a from C (its send/throw methods, a Task's step),
 * throwing exc unless it is NULL_VAL: 1 an await inside passed *out out,
 * 0 done with *out, -1 raised. */
int awagen_step(AwState *S, Value a, Value sent, Value exc, Value *out);

/* GET_AITER, GET_ANEXT (CPython's errors). */
AW_NODISCARD bool awagen_get_aiter(AwState *S, Value o, Value *out);
AW_NODISCARD bool awagen_get_anext(AwState *S, Value aiter, Value *out);

/* POP_AITER: an async for left early drops aiter. An async generator
 * only that loop held is finalized now, as CPython's reference count
 * would. May run aw code; reports its own errors. */
void awagen_dropped(AwState *S, Value aiter);

/* The loop's finalizer for a dead or dropped async generator: aclose()
 * in a task that a callback creates (CPython's _asyncgen_finalizer_hook).
 * Reports its own errors. */
void awagen_finalize(AwState *S, Generator *g);
bool awagen_wants_finalize(Generator *g);

/* The async generators of loop l to close at shutdown (weakly held:
 * those alive, first iterated while l ran, not closed yet), as a list. */
List *awagen_alive(AwState *S, struct Loop *l);

/* builtins aiter() and anext() */
bool awagen_bi_aiter(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out);
bool awagen_bi_anext(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out);

AW_NODISCARD bool awagen_init(AwState *S);

#endif
