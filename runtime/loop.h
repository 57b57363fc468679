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
 * task is a design goal: docs/internals.md). A host future (FUTF_HOST:
 * aw_future, completed by the embedding host) is a plain future with a
 * cancel callback, kept where a task keeps its task part. */
enum {
    FUTF_TASK = 1 << 0,
    FUTF_GATHER = 1 << 1,
    FUTF_EXC = 1 << 2, /* `result` holds the exception */
    FUTF_CEXC = 1 << 3, /* `cancel` holds the CancelledError that ended a
                           task (raised once), not cancel()'s message */
    FUTF_HOST = 1 << 4
};

struct Future {
    Obj obj;
    Loop *loop;
    uint8_t state;
    bool blocking;   /* _asyncio_future_blocking: yielded to a task */
    bool log_exc;    /* an exception nobody retrieved yet */
    bool must_cancel;
    int32_t num_cancels; /* cancel() requests not yet uncancel()ed */
    Value result;    /* the result, or the exception (FUTF_EXC) */
    Value cancel;    /* cancel()'s message, or see FUTF_CEXC */
    Value cb0;       /* the first done-callback (most futures have one) */
    List *callbacks; /* the others, or NULL */
    Code *ccode;     /* where it was made (code, pc): for reports */
    uint32_t cpc;
    uint32_t id;     /* a task's N of Task-N (in what would be padding) */
    union {
        struct { /* the task part (FUTF_TASK) */
            Obj *coro;    /* the coroutine (or awaitable) it drives */
            String *name; /* or NULL for the default Task-N; made at
                             once past Task-4294967295 */
            Obj *waiter;  /* the future (or sleep) it awaits: awtask_waiter */
            Future *tprev, *tnext; /* the loop's list of pending tasks */
        };
        struct { /* the host part (FUTF_HOST): called once, if cancelled */
            AwCancelFn cancel_fn;
            void *cancel_ud;
        };
    };
    /* the _GatheringFuture part (FUTF_GATHER) */
    Tuple *children;
    uint32_t nfinished;
    bool return_exceptions, cancel_requested;
};

/* The exception of a finished future, or NULL_VAL. */
static inline Value awfuture_exc(const Future *f)
{
    return (f->obj.flags & FUTF_EXC) ? f->result : NULL_VAL;
}
/* cancel()'s message (NULL_VAL or None when none was given). */
static inline Value awfuture_cancel_msg(const Future *f)
{
    return (f->obj.flags & FUTF_CEXC) ? NULL_VAL : f->cancel;
}

/* What task t awaits, or NULL_VAL. */
static inline Value awtask_waiter(const Future *t)
{
    return t->waiter ? OBJ_VAL(t->waiter) : NULL_VAL;
}

#define FUTURE_SIZE offsetof(Future, coro)
#define TASK_SIZE offsetof(Future, children)
#define HOST_FUTURE_SIZE (offsetof(Future, cancel_ud) + sizeof(void *))
static inline size_t awfuture_size(const Obj *o)
{
    return (o->flags & FUTF_GATHER) ? sizeof(Future)
           : (o->flags & FUTF_TASK) ? TASK_SIZE
           : (o->flags & FUTF_HOST) ? HOST_FUTURE_SIZE
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
    uint32_t seq; /* a timer's creation number (runtime/loop.c) */
};

/* A coroutine implemented in C (OBJ_NCORO): asyncio.sleep and the queue
 * operations.
 *
 * A sleep with a delay needs no Future: it is its own timer (the timer
 * heap points at it) and yields itself to the task that awaits it, which
 * it wakes when the timer fires, as CPython's sleep future would (one
 * round later). The task's waiter is then the sleep, shown as the
 * future CPython would show. This halves what a sleeping task costs. */
typedef struct NCoro {
    Obj obj;
    uint8_t state;
    uint8_t kind;     /* NC_SLEEP, NC_NOOP, or a queue operation */
    uint32_t seq;     /* its timer's creation number (runtime/loop.c) */
    union {
        double delay;          /* NC_SLEEP */
        const char *noop_name; /* NC_NOOP: its repr's name */
        Future *fut;           /* a queue operation's waiter */
    };
    Value result;     /* sleep's result (its cancel message once
                         cancelled); the item a queue put adds */
    Obj *target;      /* the queue of a queue operation; the task a
                         waiting sleep wakes */
} NCoro;

/* The name its repr shows: "sleep", "Queue.get"... */
const char *awncoro_name(const NCoro *c);

enum { NC_SLEEP, NC_NOOP, NC_QPUT, NC_QGET, NC_QJOIN };
/* NC_WAITING -> NC_FIRED (its timer) or NC_CANCELLED (task.cancel()) */
enum { NC_CREATED, NC_WAITING, NC_YIELDED, NC_CLOSED, NC_FIRED,
       NC_CANCELLED };
#define IS_SLEEP_WAITER(v)                                                   \
    (IS_KIND(v, OBJ_NCORO) && ((NCoro *)AS_OBJ(v))->kind == NC_SLEEP)

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

/* A timer: a Handle (call_later, call_at), or a pending sleep (NCoro),
 * which wakes its task (no Handle, no Future: a sleeping task is lean).
 * A cancelled handle or a sleep no longer waiting is dropped when it
 * comes up. */
typedef struct TimerEntry {
    double when;
    Obj *target; /* its creation number (see timer_less) is its own */
} TimerEntry;

/* The loop object (OBJ_LOOP). */
struct Loop {
    Obj obj;
    ReadyEntry *ready; /* a ring buffer */
    size_t rhead, rlen, rcap;
    TimerEntry *timers; /* a binary min-heap on (when, seq) */
    size_t ntimers, tcap;
    uint32_t tseq;
    bool running, stopping, closed;
    size_t nhost;    /* pending host futures: outside work (runtime/host.c) */
    Future *current; /* the task whose step is running */
    Future *tasks;   /* pending tasks: the loop keeps them alive */
    Value exc_handler;
};

#define IS_FUTURE(v) IS_KIND(v, OBJ_FUTURE)
#define AS_FUTURE(v) ((Future *)AS_OBJ(v))
#define IS_TASK(v) (IS_FUTURE(v) && (AS_OBJ(v)->flags & FUTF_TASK))
/* a _GatheringFuture: only these have the children part */
#define IS_GATHER(v) (IS_FUTURE(v) && (AS_OBJ(v)->flags & FUTF_GATHER))

/* runtime/clock.c: seconds; the virtual clock when S->virtual_time. */
double awclock_monotonic(AwState *S);
double awclock_wall(AwState *S);
void awclock_init(AwState *S);
/* Virtual time: jump the clock forward to t (monotonic seconds). */
void awclock_advance(AwState *S, double t);

/* runtime/loop.c */
/* Seconds between polls of the host's interrupt while the loop waits. */
#define AWLOOP_POLL_SLICE 0.01
Loop *awloop_new(AwState *S);
/* A timer at when (FIFO among equal deadlines) that fires the sleep c. */
AW_NODISCARD bool awloop_timer_sleep(AwState *S, Loop *l, NCoro *c,
                                     double when);
AW_NODISCARD bool awloop_call_soon(AwState *S, Loop *l, Value fn, Value arg);
/* A Handle calling fn(*args) soon, or at when: AWTIMER_AT (call_at: ties
 * in heapq order, as CPython) or AWTIMER_FIFO (call_later, sleep: ties in
 * creation order). */
enum { AWTIMER_NONE, AWTIMER_AT, AWTIMER_FIFO };
Handle *awloop_call(AwState *S, Loop *l, Value fn, Tuple *args, int timer,
                    double when);
/* One round: the callbacks other threads posted (aw_post), timers due,
 * then exactly the callbacks ready at its start. When nothing is ready it
 * first waits for the first timer or a post, at most limit seconds (< 0:
 * no limit), or jumps the virtual clock (see poll_step in loop.c). */
AW_NODISCARD bool awloop_round(AwState *S, Loop *l, double limit);
/* A round of asyncio's own loop: awloop_round with no limit. */
AW_NODISCARD bool awloop_run_once(AwState *S, Loop *l);
/* Something outside the loop may still wake it: a host future of l is
 * pending or a posted callback waits. The deadlock report holds off
 * while this is true, and the loop waits on the wake descriptor. */
bool awloop_outside_work(AwState *S, Loop *l);
/* Seconds until l's first live timer, 0 when callbacks are ready (or
 * stop() was called), -1 when there is no timer. Drops dead timers. */
double awloop_timeout(AwState *S, Loop *l);
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
 * (vm/limit.h) it fails with the stop, which t does not keep: when the
 * stop came before the step, t stays pending and its step is queued
 * again; when it ended t's coroutine, t is cancelled. */
AW_NODISCARD bool awtask_step(AwState *S, Future *t, Value woke);
/* The end of a loop a stop left: its pending tasks are dropped without
 * running (no cancellation can run), and without reports. */
void awtask_abandon_all(AwState *S, Loop *l);
AW_NODISCARD bool awtask_cancel(AwState *S, Future *t, Value msg,
                                bool *done);
AW_NODISCARD bool awtask_repr(AwState *S, Future *t, Value *out);
/* The repr of what a task awaits (a sleep shows as CPython's future). */
AW_NODISCARD bool awtask_waiter_repr(AwState *S, Value w,
                                     struct StrBuf *b);
AW_NODISCARD bool awtask_init(AwState *S);

/* runtime/sleep.c */
NCoro *awsleep_new(AwState *S, double delay, Value result);
/* The timer of c fired: wake its task (a call_soon). */
AW_NODISCARD bool awsleep_fire(AwState *S, NCoro *c);
/* task.cancel() reaching the sleep c it awaits: *done as Future.cancel()
 * (false once the timer fired: the wakeup is on its way). */
AW_NODISCARD bool awsleep_cancel(AwState *S, NCoro *c, Value msg,
                                 bool *done);
/* A wakeup from sleep c: the CancelledError to throw in (in S->exc,
 * returning true) when it was cancelled. */
bool awsleep_cancelled_error(AwState *S, NCoro *c);
/* What CPython shows for the future a task sleeps on. */
void awsleep_waiter_repr(NCoro *c, struct StrBuf *b);
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

/* stdlib/mod_asyncio.c: loop.call_exception_handler(context) (a dict) */
AW_NODISCARD bool awloop_call_handler(AwState *S, Loop *l, Value context);
/* stdlib/mod_asyncio.c: the loop type's methods */
AW_NODISCARD bool awloop_type_init(AwState *S);
/* Makes l the running loop (RuntimeError if closed, running, or another
 * loop runs); awloop_leave undoes it. */
AW_NODISCARD bool awloop_enter(AwState *S, Loop *l);
void awloop_leave(AwState *S, Loop *l);
/* asyncio.iscoroutine(v): what a task may run. */
bool awasyncio_iscoroutine(AwState *S, Value v);
/* asyncio.run(coro): a new loop, coro's task run to its end, then
 * awloop_shutdown and the reports of what the run left behind. */
AW_NODISCARD bool awasyncio_run(AwState *S, Value coro, Value *out);
/* The end of asyncio.run on the running loop l: cancel every task and
 * run until they finish, close async generators, shut the executor. */
AW_NODISCARD bool awloop_shutdown(AwState *S, Loop *l);

/* runtime/host.c: the embedding API's futures, host loop and posts.
 * awhost_init and awhost_free bracket the interpreter's life (the post
 * queue, its lock and the wake descriptor). */
AW_NODISCARD bool awhost_init(AwState *S);
void awhost_free(AwState *S);
/* Host future f leaves the pending state (cancelled: call its cancel
 * callback). Called by future.c's completions. */
void awhost_settled(AwState *S, Future *f, bool cancelled);
/* Callbacks are posted and not yet run (any thread may add one). */
bool awhost_posted(AwState *S);
/* Runs the posted callbacks (those posted before it began) and drains the
 * wake descriptor; posts made meanwhile wait for the next round. */
void awhost_run_posts(AwState *S);
/* The descriptor a post makes readable (made at the first call), or -1. */
int awhost_wake_fd(AwState *S);

/* runtime/report.c: what a watched object (vm/gc.h) reports when it
 * dies: "coroutine ... was never awaited", "Task exception was never
 * retrieved", "Task was destroyed but it is pending!". */
bool awruntime_wants_report(AwState *S, Obj *o);
void awruntime_report(AwState *S, Obj *o);

AW_NODISCARD bool awruntime_init(AwState *S);

#endif
