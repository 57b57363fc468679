/* The event loop: a FIFO ready queue (a ring buffer of (fn, arg) pairs,
 * so that scheduling a task's step or a done-callback allocates nothing)
 * and a binary min-heap of timers ordered by (deadline, creation order).
 * One round follows CPython's _run_once (ASYNCIO.md 1.2). The poll step
 * is where network I/O will plug in: today it waits on the interpreter's
 * wake descriptor (aw_post) until the next timer, or jumps the virtual
 * clock there. */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <time.h>

#include "runtime/loop.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/limit.h"
#include "vm/str.h"

Loop *awloop_new(AwState *S)
{
    Loop *l = awgc_alloc(S, TYPE(S, LOOP), OBJ_LOOP, sizeof(Loop));
    if (l == NULL)
        return NULL;
    l->exc_handler = NULL_VAL;
    return l;
}

Loop *awloop_running(AwState *S, bool raise)
{
    if (S->loop == NULL && raise)
        awerr_format(S, EXC_RuntimeError, "no running event loop");
    return S->loop;
}

/* ------------------------------------------------------------------ */
/* The ready queue                                                     */

static bool ready_resize(AwState *S, Loop *l, size_t ncap)
{
    ReadyEntry *n = awmem_alloc(S, ncap * sizeof *n);
    if (n == NULL)
        return false;
    for (size_t i = 0; i < l->rlen; i++)
        n[i] = l->ready[(l->rhead + i) % l->rcap];
    awmem_free(S, l->ready, l->rcap * sizeof *l->ready);
    l->ready = n;
    l->rcap = ncap;
    l->rhead = 0;
    return true;
}

static bool ready_grow(AwState *S, Loop *l)
{
    return ready_resize(S, l, l->rcap ? l->rcap * 2 : 64);
}

/* A burst is draining (100,000 first steps): give the room back, so that
 * what the steps allocate can reuse it. */
static void ready_shrink(AwState *S, Loop *l)
{
    if (l->rcap > 1024 && l->rlen < l->rcap / 4)
        (void)ready_resize(S, l, l->rcap / 2);
}

bool awloop_call_soon(AwState *S, Loop *l, Value fn, Value arg)
{
    if (l->rlen == l->rcap && !ready_grow(S, l))
        return awerr_nomem(S);
    /* both are objects (callables, futures, exceptions): two pointers
     * per entry keep a queue of 100,000 ready tasks small */
    ReadyEntry *e = &l->ready[(l->rhead + l->rlen) % l->rcap];
    e->fn = AS_OBJ(fn);
    e->arg = IS_OBJ(arg) ? AS_OBJ(arg) : NULL;
    l->rlen++;
    return true;
}

static ReadyEntry ready_pop(Loop *l)
{
    ReadyEntry e = l->ready[l->rhead];
    l->rhead = (l->rhead + 1) % l->rcap;
    l->rlen--;
    return e;
}

/* ------------------------------------------------------------------ */
/* The timer heap                                                      */

/* CPython keeps timers in a heapq list compared on `when` alone, so
 * equal deadlines leave in heap order, not FIFO. The heap below is
 * heapq's algorithm, step for step, so call_at ties come out as in
 * CPython; timers from call_later and sleep carry a creation number that
 * breaks their ties FIFO, which is what CPython's ever-moving clock gives
 * them and what the virtual clock (which stands still) needs. call_at
 * timers carry 0. The number lives in the timer's object (a Handle or a
 * sleep), read only on a tie, so that an entry is 16 bytes; it is 32
 * bits, compared across wrap-around, which only timers made 2^31 apart
 * with the same deadline could notice. */
static uint32_t timer_seq(const Obj *t)
{
    return t->kind == OBJ_HANDLE ? ((const Handle *)t)->seq
                                 : ((const NCoro *)t)->seq;
}

static bool timer_less(const TimerEntry *a, const TimerEntry *b)
{
    if (a->when != b->when)
        return a->when < b->when;
    uint32_t sa = timer_seq(a->target), sb = timer_seq(b->target);
    if (sa == 0 || sb == 0)
        return sa < sb;
    return (int32_t)(sa - sb) < 0;
}

/* heapq._siftdown */
static void sift_down(TimerEntry *heap, size_t start, size_t pos)
{
    TimerEntry item = heap[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (!timer_less(&item, &heap[parent]))
            break;
        heap[pos] = heap[parent];
        pos = parent;
    }
    heap[pos] = item;
}

/* heapq._siftup */
static void sift_up(TimerEntry *heap, size_t n, size_t pos)
{
    size_t start = pos;
    TimerEntry item = heap[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n && !timer_less(&heap[child], &heap[right]))
            child = right;
        heap[pos] = heap[child];
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(heap, start, pos);
}

static bool heap_push(AwState *S, Loop *l, Obj *target, double when,
                      bool fifo)
{
    if (l->ntimers == l->tcap) {
        size_t ncap = l->tcap ? l->tcap * 2 : 64;
        TimerEntry *n = awmem_realloc(S, l->timers, l->tcap * sizeof *n,
                                      ncap * sizeof *n);
        if (n == NULL)
            return awerr_nomem(S);
        l->timers = n;
        l->tcap = ncap;
    }
    uint32_t seq = 0;
    if (fifo && (seq = ++l->tseq) == 0)
        seq = l->tseq = 1; /* 0 is call_at's */
    if (target->kind == OBJ_HANDLE)
        ((Handle *)target)->seq = seq;
    else
        ((NCoro *)target)->seq = seq;
    TimerEntry e = {when, target};
    l->timers[l->ntimers++] = e;
    sift_down(l->timers, 0, l->ntimers - 1);
    return true;
}

static Obj *heap_pop(Loop *l)
{
    TimerEntry last = l->timers[--l->ntimers];
    Obj *top = last.target;
    if (l->ntimers > 0) {
        top = l->timers[0].target;
        l->timers[0] = last;
        sift_up(l->timers, l->ntimers, 0);
    }
    return top;
}

/* A timer whose firing would do nothing. */
static bool timer_dead(Obj *t)
{
    if (t->kind == OBJ_HANDLE)
        return ((Handle *)t)->cancelled;
    return ((NCoro *)t)->state != NC_WAITING;
}

bool awloop_timer_sleep(AwState *S, Loop *l, NCoro *c, double when)
{
    return heap_push(S, l, &c->obj, when, true);
}

Handle *awloop_call(AwState *S, Loop *l, Value fn, Tuple *args, int timer,
                    double when)
{
    awgc_push(S, fn);
    Type *t = timer != AWTIMER_NONE ? TYPE(S, TIMER_HANDLE) : TYPE(S, HANDLE);
    Handle *h = awgc_alloc(S, t, OBJ_HANDLE, sizeof(Handle));
    awgc_pop(S, 1);
    if (h == NULL)
        return NULL;
    h->callback = fn;
    h->args = args;
    h->timer = timer != AWTIMER_NONE;
    h->when = when;
    if (h->timer ? !heap_push(S, l, &h->obj, when, timer == AWTIMER_FIFO)
              : !awloop_call_soon(S, l, OBJ_VAL(h), NULL_VAL))
        return NULL;
    return h;
}

/* ------------------------------------------------------------------ */
/* One round                                                           */

/* An exception escaping a callback is reported and the round goes on
 * (ASYNCIO.md 1.4); SystemExit, KeyboardInterrupt and a stop by a CPU
 * limit (vm/limit.h) leave the loop. */
static Value entry_val(Obj *o)
{
    return o ? OBJ_VAL(o) : NULL_VAL;
}

static bool set_key(AwState *S, Dict *d, const char *key, Value v)
{
    String *k = awstr_intern_cstr(S, key);
    return k != NULL && awdict_set_str(S, d, k, v);
}

/* The loop's exception handler (set_exception_handler) gets the error:
 * {'message': 'Exception in callback ...', 'exception': exc, 'handle':
 * h}. False when the handler raised SystemExit or KeyboardInterrupt. */
static bool to_handler(AwState *S, Loop *l, Value fn, Value exc,
                       const char *msg, size_t len)
{
    Dict *d = awdict_new(S);
    if (d == NULL)
        return false;
    awgc_push(S, OBJ_VAL(d));
    String *m = awstr_new(S, msg, len);
    if (m != NULL)
        awgc_push(S, OBJ_VAL(m));
    bool ok = m != NULL && set_key(S, d, "message", OBJ_VAL(m)) &&
              set_key(S, d, "exception", exc) &&
              (!IS_KIND(fn, OBJ_HANDLE) ||
               set_key(S, d, "handle", fn)) &&
              awloop_call_handler(S, l, OBJ_VAL(d));
    awgc_pop(S, m != NULL ? 2 : 1);
    if (!ok && !awerr_matches(S, EXC_TYPE(S, SystemExit)) &&
        !awerr_matches(S, EXC_TYPE(S, KeyboardInterrupt)) && !S->halting) {
        awerr_clear(S);
        ok = true;
    }
    return ok;
}

static bool report_callback_error(AwState *S, Loop *l, ReadyEntry re)
{
    Value fn = OBJ_VAL(re.fn), arg = entry_val(re.arg);
    if (S->halting) /* a CPU limit stopped the script: up to the host */
        return false;
    if (awerr_matches(S, EXC_TYPE(S, SystemExit)) ||
        awerr_matches(S, EXC_TYPE(S, KeyboardInterrupt)))
        return false;
    Value exc = awerr_fetch(S);
    awgc_push(S, exc);
    StrBuf b;
    awbuf_init(S, &b);
    bool ok;
    if (IS_KIND(fn, OBJ_HANDLE)) {
        Handle *h = (Handle *)AS_OBJ(fn);
        StrBuf cb;
        awbuf_init(S, &cb);
        ok = awhandle_format(S, &cb, h->callback, h->args ? (int)h->args->len : 0,
                             h->args ? h->args->items : NULL);
        if (ok)
            awbuf_printf(&b, "Exception in callback %.*s\nhandle: <Handle %.*s>\n",
                         (int)cb.len, cb.data, (int)cb.len, cb.data);
        awbuf_free(&cb);
    } else {
        awbuf_puts(&b, "Exception in callback ");
        ok = awhandle_format(S, &b, fn, 1, &arg);
        awbuf_puts(&b, "\n");
    }
    if (ok && !b.failed && !IS_NULL(l->exc_handler)) {
        const char *nl = memchr(b.data, '\n', b.len);
        size_t n = nl ? (size_t)(nl - b.data) : b.len;
        awerr_clear(S);
        ok = to_handler(S, l, fn, exc, b.data, n);
        awbuf_free(&b);
        awgc_pop(S, 1);
        return ok;
    }
    if (ok && !b.failed)
        S->write_err(S->write_ud, b.data, b.len);
    awbuf_free(&b);
    awerr_clear(S);
    awexc_print(S, exc);
    awgc_pop(S, 1);
    return true;
}

static bool run_entry(AwState *S, ReadyEntry re)
{
    Value fn = OBJ_VAL(re.fn), arg = entry_val(re.arg);
    if (IS_TASK(fn))
        return awtask_step(S, AS_FUTURE(fn), arg);
    if (IS_KIND(fn, OBJ_NCORO)) /* a sleep's timer */
        return awsleep_fire(S, (NCoro *)AS_OBJ(fn));
    if (IS_KIND(fn, OBJ_HANDLE)) {
        Handle *h = (Handle *)AS_OBJ(fn);
        if (h->cancelled)
            return true;
        Value out;
        Tuple *a = h->args;
        return awobj_call(S, h->callback, a ? (int)a->len : 0,
                          a ? a->items : NULL, NULL, &out);
    }
    Value out;
    return awobj_call(S, fn, 1, &arg, NULL, &out);
}

/* Waits until fd is readable, at most secs seconds (< 0: no limit):
 * true if it is. Without a descriptor, only sleeps (a post then waits
 * for the end of the sleep, at most 10 ms when there is no limit). */
static bool wait_readable(int fd, double secs)
{
    if (secs > 86400)
        secs = 86400;
    if (fd < 0) {
        secs = secs < 0 ? 0.01 : secs;
        struct timespec ts = {(time_t)secs,
                              (long)((secs - (double)(time_t)secs) * 1e9)};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
            ;
        return false;
    }
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
#if defined(__linux__)
    /* ppoll: the timer's own precision, not poll's whole milliseconds */
    struct timespec ts = {(time_t)secs,
                          (long)((secs - (double)(time_t)secs) * 1e9)};
    while ((r = ppoll(&p, 1, secs < 0 ? NULL : &ts, NULL)) < 0 &&
           errno == EINTR)
        ;
#else
    int ms = secs < 0 ? -1 : (int)ceil(secs * 1000);
    while ((r = poll(&p, 1, ms)) < 0 && errno == EINTR)
        ;
#endif
    return r > 0;
}

bool awloop_outside_work(AwState *S, Loop *l)
{
    return l->nhost > 0 || awhost_posted(S);
}

double awloop_timeout(AwState *S, Loop *l)
{
    while (l->ntimers > 0 && timer_dead(l->timers[0].target))
        (void)heap_pop(l);
    if (l->rlen > 0 || l->stopping)
        return 0;
    if (l->ntimers == 0)
        return -1;
    double t = l->timers[0].when - awclock_monotonic(S);
    return t > 0 ? t : 0;
}

/* The poll step, the one place a loop blocks: with nothing ready, wait
 * for the first timer or for another thread's post (aw_post writes to
 * the wake descriptor), at most limit seconds (< 0: no limit). Waiting
 * with no timer and no limit makes sense only while a host future is
 * pending: else nothing could ever end the wait (the deadlock rule,
 * docs/internals.md). Under virtual time the clock jumps to the timer
 * (or by limit) instead of sleeping; with no timer but host futures
 * pending, the wait is real, since only the host can end it. Network
 * I/O will plug in here. */
static void poll_step(AwState *S, Loop *l, double limit)
{
    if (awhost_posted(S))
        return;
    double wait = awloop_timeout(S, l);
    bool to_timer = wait > 0 && (limit < 0 || wait <= limit);
    if (!to_timer && wait != 0)
        wait = limit;
    if (wait == 0 || (wait < 0 && l->nhost == 0))
        return;
    if (S->virtual_time && (l->ntimers > 0 || l->nhost == 0)) {
        /* exactly the deadline: no rounding on the way */
        awclock_advance(S, to_timer ? l->timers[0].when
                                    : awclock_monotonic(S) + wait);
        return;
    }
    /* with an interrupt callback, waits in slices, so that the round
     * polls it (a script waiting for a far timer spends no budget) */
    if (S->interrupt != NULL && (wait < 0 || wait > AWLOOP_POLL_SLICE))
        wait = AWLOOP_POLL_SLICE;
    (void)wait_readable(awhost_wake_fd(S), wait);
}

bool awloop_round(AwState *S, Loop *l, double limit)
{
    awgc_run_finalizers(S, false); /* a safe point for the GC's reports */
    poll_step(S, l, limit);
    if (S->interrupt != NULL && !awlimit_step(S))
        return false; /* Interrupted: the host said stop */
    awhost_run_posts(S);
    double end = awclock_monotonic(S) + 1e-9;
    while (l->ntimers > 0 && l->timers[0].when < end) {
        Obj *t = heap_pop(l);
        if (!timer_dead(t) && !awloop_call_soon(S, l, OBJ_VAL(t), NULL_VAL))
            return false;
    }
    for (size_t n = l->rlen; n > 0 && l->rlen > 0; n--) {
        ReadyEntry e = ready_pop(l);
        ready_shrink(S, l);
        awgc_push(S, OBJ_VAL(e.fn));
        awgc_push(S, entry_val(e.arg));
        /* rooted through the report too: it allocates */
        bool ok = run_entry(S, e) || report_callback_error(S, l, e);
        awgc_pop(S, 2);
        if (!ok)
            return false;
    }
    return true;
}

bool awloop_run_once(AwState *S, Loop *l)
{
    return awloop_round(S, l, -1);
}

void awloop_trace(AwState *S, Loop *l)
{
    for (size_t i = 0; i < l->rlen; i++) {
        ReadyEntry *e = &l->ready[(l->rhead + i) % l->rcap];
        awgc_mark_obj(S, e->fn);
        awgc_mark_obj(S, e->arg);
    }
    for (size_t i = 0; i < l->ntimers; i++)
        awgc_mark_obj(S, l->timers[i].target);
    awgc_mark_obj(S, (Obj *)l->current);
    awgc_mark_obj(S, (Obj *)l->tasks);
    awgc_mark_value(S, l->exc_handler);
}

void awloop_free(AwState *S, Loop *l)
{
    awmem_free(S, l->ready, l->rcap * sizeof *l->ready);
    awmem_free(S, l->timers, l->tcap * sizeof *l->timers);
}

void awhandle_trace(AwState *S, Handle *h)
{
    awgc_mark_value(S, h->callback);
    awgc_mark_obj(S, (Obj *)h->args);
}

bool awruntime_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_LOOP, "_UnixSelectorEventLoop",
                                 TYPE(S, OBJECT), OBJ_LOOP, sizeof(Loop));
    return t != NULL && awfuture_init(S) && awtask_init(S) &&
           awsleep_init(S) && awloop_type_init(S);
}
