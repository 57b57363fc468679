/* The event loop: a FIFO ready queue (a ring buffer of (fn, arg) pairs,
 * so that scheduling a task's step or a done-callback allocates nothing)
 * and a binary min-heap of timers ordered by (deadline, creation order).
 * One round follows CPython's _run_once (ASYNCIO.md 1.2). The poll step
 * is where network I/O will plug in: today it only sleeps until the next
 * timer, or jumps the virtual clock there. */
#include <math.h>
#include <string.h>
#include <time.h>

#include "runtime/loop.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
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

static bool ready_grow(AwState *S, Loop *l)
{
    size_t ncap = l->rcap ? l->rcap * 2 : 64;
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

bool awloop_call_soon(AwState *S, Loop *l, Value fn, Value arg)
{
    if (l->rlen == l->rcap && !ready_grow(S, l))
        return awerr_nomem(S);
    ReadyEntry *e = &l->ready[(l->rhead + l->rlen) % l->rcap];
    e->fn = fn;
    e->arg = arg;
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

static bool timer_less(const TimerEntry *a, const TimerEntry *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static bool heap_push(AwState *S, Loop *l, Handle *h)
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
    TimerEntry e = {h->when, l->tseq++, h};
    size_t i = l->ntimers++;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!timer_less(&e, &l->timers[p]))
            break;
        l->timers[i] = l->timers[p];
        i = p;
    }
    l->timers[i] = e;
    h->scheduled = true;
    return true;
}

static Handle *heap_pop(Loop *l)
{
    Handle *top = l->timers[0].h;
    TimerEntry last = l->timers[--l->ntimers];
    size_t i = 0, n = l->ntimers;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && timer_less(&l->timers[c + 1], &l->timers[c]))
            c++;
        if (!timer_less(&l->timers[c], &last))
            break;
        l->timers[i] = l->timers[c];
        i = c;
    }
    if (n > 0)
        l->timers[i] = last;
    top->scheduled = false;
    return top;
}

Handle *awloop_call(AwState *S, Loop *l, Value fn, Tuple *args, bool timer,
                    double when)
{
    awgc_push(S, fn);
    Handle *h = awgc_alloc(S, TYPE(S, HANDLE), OBJ_HANDLE, sizeof(Handle));
    awgc_pop(S, 1);
    if (h == NULL)
        return NULL;
    h->callback = fn;
    h->args = args;
    h->arg = NULL_VAL;
    h->timer = timer;
    h->when = when;
    if (timer ? !heap_push(S, l, h)
              : !awloop_call_soon(S, l, OBJ_VAL(h), NULL_VAL))
        return NULL;
    return h;
}

/* ------------------------------------------------------------------ */
/* One round                                                           */

/* An exception escaping a callback is reported and the round goes on
 * (ASYNCIO.md 1.4); SystemExit and KeyboardInterrupt leave the loop. */
static bool report_callback_error(AwState *S)
{
    if (awerr_matches(S, EXC_TYPE(S, SystemExit)) ||
        awerr_matches(S, EXC_TYPE(S, KeyboardInterrupt)))
        return false;
    Value exc = awerr_fetch(S);
    awgc_push(S, exc);
    static const char head[] = "Exception in callback\n";
    S->write_err(S->write_ud, head, sizeof head - 1);
    awexc_print(S, exc);
    awgc_pop(S, 1);
    return true;
}

static bool run_entry(AwState *S, ReadyEntry e)
{
    if (IS_TASK(e.fn))
        return awtask_step(S, AS_FUTURE(e.fn), e.arg);
    if (IS_KIND(e.fn, OBJ_HANDLE)) {
        Handle *h = (Handle *)AS_OBJ(e.fn);
        if (h->cancelled)
            return true;
        if (IS_FUTURE(h->callback)) { /* a sleep's timer */
            Future *f = AS_FUTURE(h->callback);
            return f->state != FUT_PENDING ||
                   awfuture_set_result(S, f, h->arg);
        }
        Value out;
        Tuple *a = h->args;
        return awobj_call(S, h->callback, a ? (int)a->len : 0,
                          a ? a->items : NULL, NULL, &out);
    }
    Value out;
    return awobj_call(S, e.fn, 1, &e.arg, NULL, &out);
}

static void sleep_for(double secs)
{
    if (secs <= 0)
        return;
    if (secs > 86400)
        secs = 86400;
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0)
        ;
}

bool awloop_run_once(AwState *S, Loop *l)
{
    while (l->ntimers > 0 && l->timers[0].h->cancelled)
        (void)heap_pop(l);
    /* the poll step: with nothing ready, wait for the first timer */
    if (l->rlen == 0 && !l->stopping && l->ntimers > 0) {
        double when = l->timers[0].when;
        if (S->virtual_time)
            awclock_advance(S, when);
        else
            sleep_for(when - awclock_monotonic(S));
    }
    double end = awclock_monotonic(S) + 1e-9;
    while (l->ntimers > 0 && l->timers[0].when < end) {
        Handle *h = heap_pop(l);
        if (!h->cancelled && !awloop_call_soon(S, l, OBJ_VAL(h), NULL_VAL))
            return false;
    }
    for (size_t n = l->rlen; n > 0 && l->rlen > 0; n--) {
        ReadyEntry e = ready_pop(l);
        awgc_push(S, e.fn);
        awgc_push(S, e.arg);
        bool ok = run_entry(S, e);
        awgc_pop(S, 2);
        if (!ok && !report_callback_error(S))
            return false;
        if (l->stopping)
            break;
    }
    return true;
}

void awloop_trace(AwState *S, Loop *l)
{
    for (size_t i = 0; i < l->rlen; i++) {
        ReadyEntry *e = &l->ready[(l->rhead + i) % l->rcap];
        awgc_mark_value(S, e->fn);
        awgc_mark_value(S, e->arg);
    }
    for (size_t i = 0; i < l->ntimers; i++)
        awgc_mark_obj(S, (Obj *)l->timers[i].h);
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
    awgc_mark_value(S, h->arg);
}

bool awruntime_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_LOOP, "_UnixSelectorEventLoop",
                                 TYPE(S, OBJECT), OBJ_LOOP, sizeof(Loop));
    return t != NULL && awfuture_init(S) && awtask_init(S) &&
           awsleep_init(S) && awloop_type_init(S);
}
