/* The event loop, futures and tasks: asyncio's machinery, natively in C.
 *
 * runtime/clock.c   the monotonic and wall clocks, real or virtual
 * runtime/loop.c    ready queue, timer heap, one round (run_once)
 * runtime/future.c  Future and Handle objects
 * runtime/task.c    Task: a Future that drives a coroutine step by step
 *
 * The rules are CPython 3.11's (see ../shared/ASYNCIO.md in the design
 * notes and docs/internals.md): the ready queue is FIFO; only a round of
 * the loop runs callbacks; completing a future schedules its callbacks;
 * timers fire by (deadline, creation order).
 *
 * A task's step resumes its coroutine with awgen_resume, which continues
 * the innermost frame of its await chain directly (vm/gen.h): O(1) per
 * step whatever the depth. */
#ifndef AW_LOOP_H
#define AW_LOOP_H

#include <stddef.h>

#include "vm/object.h"
#include "vm/state.h"

typedef struct Future Future;
typedef struct Handle Handle;
typedef struct Loop Loop;

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

/* A Future (OBJ_FUTURE). A Task (FUTF_TASK) and a _GatheringFuture
 * (FUTF_GATHER) extend it; a plain future is allocated without the
 * parts it does not use, as a pending sleep's is (memory per waiting
 * task is a design goal: docs/internals.md). */
enum { FUTF_TASK = 1 << 0, FUTF_GATHER = 1 << 1 };

struct Future {
    Obj obj;
    Loop *loop;
    uint8_t state;
    bool blocking;   /* _asyncio_future_blocking: yielded to a task */
    bool log_exc;    /* an exception nobody retrieved yet */
    bool must_cancel;
    int32_t num_cancels; /* cancel() requests not yet uncancel()ed */
    Value result;    /* or the exception, when FUTF... see `exception` */
    Value exception;
    Value cancel_msg;
    Value cancelled_exc; /* the CancelledError that ended a task */
    Value cb0;       /* the first done-callback (most futures have one) */
    List *callbacks; /* the others, or NULL */
    Code *ccode;     /* where it was made (code, pc): for reports */
    uint32_t cpc;
    /* the task part (FUTF_TASK) */
    Value coro;
    Value name;       /* a str, or NULL for the default Task-N */
    uint64_t id;      /* N of Task-N */
    Value waiter;     /* the future the task awaits, or NULL */
    Future *tprev, *tnext; /* the loop's list of pending tasks */
    /* the _GatheringFuture part (FUTF_GATHER) */
    Tuple *children;
    uint32_t nfinished;
    bool return_exceptions, cancel_requested;
};

#define FUTURE_SIZE offsetof(Future, coro)
#define TASK_SIZE offsetof(Future, children)
static inline size_t awfuture_size(const Obj *o)
{
    return (o->flags & FUTF_GATHER) ? sizeof(Future)
           : (o->flags & FUTF_TASK) ? TASK_SIZE
                                    : FUTURE_SIZE;
}

/* A scheduled callback (OBJ_HANDLE): asyncio's Handle and TimerHandle. */
struct Handle {
    Obj obj;
    Value callback;
    Tuple *args; /* or NULL */
    double when; /* timers only */
    bool cancelled;
    bool timer;
};

/* A coroutine implemented in C (OBJ_NCORO): asyncio.sleep. */
typedef struct NCoro {
    Obj obj;
    uint8_t state;
    uint8_t kind;     /* NC_SLEEP, NC_NOOP, or a queue operation */
    const char *name; /* for repr: "sleep" */
    double delay;
    Value result;     /* sleep's result; the item a queue put adds */
    Future *fut;      /* the future it waits on */
    Obj *target;      /* the queue of a queue operation */
} NCoro;

enum { NC_SLEEP, NC_NOOP, NC_QPUT, NC_QGET, NC_QJOIN };
enum { NC_CREATED, NC_WAITING, NC_YIELDED, NC_CLOSED };

/* asyncio.Queue (runtime/queue.c): items in a ring (FIFO), a list (LIFO)
 * or a heap (priority), and FIFO lists of waiter futures. */
typedef struct AQueue {
    Obj obj;
    uint8_t order;   /* AQ_FIFO, AQ_LIFO, AQ_PRIORITY */
    int64_t maxsize; /* <= 0: unbounded */
    Value *items;
    size_t head, len, cap;
    List *getters, *putters, *joiners;
    int64_t unfinished;
} AQueue;

enum { AQ_FIFO, AQ_LIFO, AQ_PRIORITY };

/* An entry of the ready queue: call fn(arg), or run Handle h. When fn is
 * a task, the entry is its next step, woken by future arg (NULL: first
 * step, or after a bare yield). */
typedef struct ReadyEntry {
    Obj *fn;
    Obj *arg; /* or NULL */
} ReadyEntry;

/* A timer: a Handle (call_later, call_at), or the Future of a pending
 * sleep, whose result it sets (no Handle: a sleeping task is lean). A
 * cancelled handle or a finished future is dropped when it comes up. */
typedef struct TimerEntry {
    double when;
    uint64_t seq;
    Obj *target;
} TimerEntry;

/* The loop object (OBJ_LOOP). */
struct Loop {
    Obj obj;
    ReadyEntry *ready; /* a ring buffer */
    size_t rhead, rlen, rcap;
    TimerEntry *timers; /* a binary min-heap on (when, seq) */
    size_t ntimers, tcap;
    uint64_t tseq;
    bool running, stopping, closed;
    Future *current; /* the task whose step is running */
    Future *tasks;   /* pending tasks: the loop keeps them alive */
    Value exc_handler;
};

#define IS_FUTURE(v) IS_KIND(v, OBJ_FUTURE)
#define AS_FUTURE(v) ((Future *)AS_OBJ(v))
#define IS_TASK(v) (IS_FUTURE(v) && (AS_OBJ(v)->flags & FUTF_TASK))

/* runtime/clock.c: seconds; the virtual clock when S->virtual_time. */
double awclock_monotonic(AwState *S);
double awclock_wall(AwState *S);
void awclock_init(AwState *S);
/* Virtual time: jump the clock forward to t (monotonic seconds). */
void awclock_advance(AwState *S, double t);

/* runtime/loop.c */
Loop *awloop_new(AwState *S);
/* A timer at when (FIFO among equal deadlines) that sets f's result to
 * None unless f is done by then. */
AW_NODISCARD bool awloop_timer_future(AwState *S, Loop *l, Future *f,
                                      double when);
AW_NODISCARD bool awloop_call_soon(AwState *S, Loop *l, Value fn, Value arg);
/* A Handle calling fn(*args) soon, or at when: AWTIMER_AT (call_at: ties
 * in heapq order, as CPython) or AWTIMER_FIFO (call_later, sleep: ties in
 * creation order). */
enum { AWTIMER_NONE, AWTIMER_AT, AWTIMER_FIFO };
Handle *awloop_call(AwState *S, Loop *l, Value fn, Tuple *args, int timer,
                    double when);
/* One round: timers due, then exactly the callbacks ready at its start.
 * With block, sleeps (or jumps the virtual clock) until the first timer
 * when nothing is ready. */
AW_NODISCARD bool awloop_run_once(AwState *S, Loop *l);
/* Runs rounds until fut is done. */
AW_NODISCARD bool awloop_run_until(AwState *S, Loop *l, Future *fut);
/* The running loop, or NULL (RuntimeError "no running event loop" when
 * raise is set). */
Loop *awloop_running(AwState *S, bool raise);
void awloop_trace(AwState *S, Loop *l);
void awloop_free(AwState *S, Loop *l);
void awhandle_trace(AwState *S, Handle *h);

/* runtime/future.c */
Future *awfuture_new(AwState *S, Loop *l);
/* A future of type t with the parts flags (FUTF_*) say. */
Future *awfuture_alloc(AwState *S, Type *t, Loop *l, uint16_t flags);
/* Removes every done-callback identical to fn; returns how many. */
size_t awfuture_remove_callback(Future *f, Value fn);
AW_NODISCARD bool awfuture_set_result(AwState *S, Future *f, Value v);
AW_NODISCARD bool awfuture_set_exception(AwState *S, Future *f, Value exc);
AW_NODISCARD bool awfuture_cancel(AwState *S, Future *f, Value msg,
                                  bool *done);
/* f.cancel(msg) as f's kind does it (CPython calls the method): a task
 * cancels what it awaits, a gathering future its children, a plain future
 * itself. *done is what cancel() returns. */
AW_NODISCARD bool awfuture_cancel_any(AwState *S, Future *f, Value msg,
                                      bool *done);
AW_NODISCARD bool awfuture_add_callback(AwState *S, Future *f, Value fn);
/* The result, or raise its exception (CancelledError when cancelled). */
AW_NODISCARD bool awfuture_result(AwState *S, Future *f, Value *out);
/* The CancelledError a cancelled future raises. */
AW_NODISCARD bool awfuture_cancelled_error(AwState *S, Future *f);
/* `await f` from SEND: 1 yields f (not done yet), 0 *out the result, -1
 * raised. */
int awfuture_await_step(AwState *S, Future *f, Value *out);
struct StrBuf;
AW_NODISCARD bool awfuture_state_repr(AwState *S, Future *f,
                                      struct StrBuf *b);
AW_NODISCARD bool awfuture_cb_repr(AwState *S, Future *f, struct StrBuf *b);
void awfuture_trace(AwState *S, Future *f);
/* "f(1, 'a') at x.aw:3": a callback as CPython's reports show it. */
AW_NODISCARD bool awhandle_format(AwState *S, struct StrBuf *b, Value fn,
                                  int argc, Value *argv);
AW_NODISCARD bool awfuture_init(AwState *S);

/* runtime/task.c */
Future *awtask_new(AwState *S, Loop *l, Value coro, Value name);
/* Runs one step of t, woken by future woke (or NULL). While S halts
 * (vm/limit.h) it fails with the stop, which t does not keep: t stays
 * pending, its step queued again when the stop came before it ran. */
AW_NODISCARD bool awtask_step(AwState *S, Future *t, Value woke);
/* The end of a loop a stop left: its pending tasks are dropped without
 * running (no cancellation can run), and without reports. */
void awtask_abandon_all(AwState *S, Loop *l);
AW_NODISCARD bool awtask_cancel(AwState *S, Future *t, Value msg,
                                bool *done);
AW_NODISCARD bool awtask_repr(AwState *S, Future *t, Value *out);
AW_NODISCARD bool awtask_init(AwState *S);

/* runtime/sleep.c */
NCoro *awsleep_new(AwState *S, double delay, Value result);
/* A coroutine that returns None at its first step (shutdown_asyncgens
 * while there are no async generators to close). */
NCoro *awncoro_noop(AwState *S, const char *name);
/* Steps c (throwing exc when not NULL): 1 yielded *out, 0 returned *out,
 * -1 raised. */
int awncoro_step(AwState *S, NCoro *c, Value exc, Value *out);
void awncoro_trace(AwState *S, NCoro *c);
AW_NODISCARD bool awsleep_init(AwState *S);

/* runtime/queue.c: a put/get/join step of q (c->kind) */
int awqueue_step(AwState *S, NCoro *c, Value exc, Value *out);
void awqueue_trace(AwState *S, AQueue *q);
void awqueue_free(AwState *S, AQueue *q);
AW_NODISCARD bool awqueue_init(AwState *S, Module *m);

/* stdlib/mod_asyncio.c: the loop type's methods */
AW_NODISCARD bool awloop_type_init(AwState *S);

/* runtime/report.c: what a watched object (vm/gc.h) reports when it
 * dies: "coroutine ... was never awaited", "Task exception was never
 * retrieved", "Task was destroyed but it is pending!". */
bool awruntime_wants_report(AwState *S, Obj *o);
/* Whether o may still have something to report some day: a watched
 * object for which this is false leaves the watch list. */
bool awruntime_may_report(AwState *S, Obj *o);
void awruntime_report(AwState *S, Obj *o);

AW_NODISCARD bool awruntime_init(AwState *S);

#endif
