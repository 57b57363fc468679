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

#include "vm/object.h"
#include "vm/state.h"

typedef struct Future Future;
typedef struct Handle Handle;
typedef struct Loop Loop;

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

/* A Future, or a Task when coro is set (OBJ_FUTURE). */
struct Future {
    Obj obj;
    Loop *loop;
    uint8_t state;
    bool blocking;   /* _asyncio_future_blocking: yielded to a task */
    bool log_exc;    /* an exception nobody retrieved yet */
    bool must_cancel;
    int32_t num_cancels; /* cancel() requests not yet uncancel()ed */
    Value result;
    Value exception;
    Value cancel_msg;
    List *callbacks; /* done-callbacks, or NULL */
    /* the task part */
    Value coro;
    Value name;       /* a str, or NULL for the default Task-N */
    uint64_t id;      /* N of Task-N */
    Value waiter;     /* the future the task awaits, or NULL */
    Future *tprev, *tnext; /* the loop's list of pending tasks */
    Traceback *created; /* where create_task was called, for reports */
    /* the _GatheringFuture part */
    Tuple *children;
    uint32_t nfinished;
    bool return_exceptions, cancel_requested;
};

/* A scheduled callback (OBJ_HANDLE): asyncio's Handle and TimerHandle. */
struct Handle {
    Obj obj;
    Value callback; /* or a Future: set its result to arg unless cancelled */
    Tuple *args;    /* or NULL */
    Value arg;
    double when; /* timers only */
    bool cancelled;
    bool timer;
    bool scheduled; /* still in the heap */
};

/* A coroutine implemented in C (OBJ_NCORO): asyncio.sleep. */
typedef struct NCoro {
    Obj obj;
    uint8_t state;
    double delay;
    Value result;
    Future *fut;
    Handle *timer;
} NCoro;

/* An entry of the ready queue: call fn(arg), or run Handle h. When fn is
 * a task, the entry is its next step, woken by future arg (NULL: first
 * step, or after a bare yield). */
typedef struct ReadyEntry {
    Value fn;
    Value arg;
} ReadyEntry;

typedef struct TimerEntry {
    double when;
    uint64_t seq;
    Handle *h;
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
    uint64_t ntasks_made;
    Value exc_handler;
};

#define IS_FUTURE(v) IS_KIND(v, OBJ_FUTURE)
#define AS_FUTURE(v) ((Future *)AS_OBJ(v))
#define IS_TASK(v) (IS_FUTURE(v) && !IS_NULL(AS_FUTURE(v)->coro))

/* runtime/clock.c: seconds; the virtual clock when S->virtual_time. */
double awclock_monotonic(AwState *S);
double awclock_wall(AwState *S);
void awclock_init(AwState *S);
/* Virtual time: jump the clock forward to t (monotonic seconds). */
void awclock_advance(AwState *S, double t);

/* runtime/loop.c */
Loop *awloop_new(AwState *S);
AW_NODISCARD bool awloop_call_soon(AwState *S, Loop *l, Value fn, Value arg);
/* A Handle calling fn(*args) after delay seconds (timer) or soon. */
Handle *awloop_call(AwState *S, Loop *l, Value fn, Tuple *args, bool timer,
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
AW_NODISCARD bool awfuture_set_result(AwState *S, Future *f, Value v);
AW_NODISCARD bool awfuture_set_exception(AwState *S, Future *f, Value exc);
AW_NODISCARD bool awfuture_cancel(AwState *S, Future *f, Value msg,
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
AW_NODISCARD bool awfuture_init(AwState *S);

/* runtime/task.c */
Future *awtask_new(AwState *S, Loop *l, Value coro, Value name);
/* Runs one step of t, woken by future woke (or NULL). */
AW_NODISCARD bool awtask_step(AwState *S, Future *t, Value woke);
AW_NODISCARD bool awtask_cancel(AwState *S, Future *t, Value msg,
                                bool *done);
AW_NODISCARD bool awtask_repr(AwState *S, Future *t, Value *out);
AW_NODISCARD bool awtask_init(AwState *S);

/* runtime/sleep.c */
NCoro *awsleep_new(AwState *S, double delay, Value result);
/* Steps c (throwing exc when not NULL): 1 yielded *out, 0 returned *out,
 * -1 raised. */
int awncoro_step(AwState *S, NCoro *c, Value exc, Value *out);
void awncoro_trace(AwState *S, NCoro *c);
AW_NODISCARD bool awsleep_init(AwState *S);

/* stdlib/mod_asyncio.c: the loop type's methods */
AW_NODISCARD bool awloop_type_init(AwState *S);

AW_NODISCARD bool awruntime_init(AwState *S);

#endif
