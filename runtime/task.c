/* asyncio.Task: a Future that drives a coroutine, one step per round in
 * which it is ready. Follows CPython 3.11's Task.__step and __wakeup. A
 * pending task is linked into its loop's task list, so the loop keeps it
 * alive until it is done even when the program dropped every reference. */
#include <string.h>

#include "runtime/loop.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/agen.h"
#include "vm/gen.h"
#include "vm/interp.h"
#include "vm/limit.h"
#include "vm/str.h"

static void link_task(Loop *l, Future *t)
{
    t->tnext = l->tasks;
    t->tprev = NULL;
    if (l->tasks)
        l->tasks->tprev = t;
    l->tasks = t;
}

static void unlink_task(Loop *l, Future *t)
{
    if (t->tprev)
        t->tprev->tnext = t->tnext;
    else if (l->tasks == t)
        l->tasks = t->tnext;
    if (t->tnext)
        t->tnext->tprev = t->tprev;
    t->tprev = t->tnext = NULL;
}

Future *awtask_new(AwState *S, Loop *l, Value coro, Value name)
{
    awgc_push(S, coro);
    awgc_push(S, name);
    Future *t = awfuture_alloc(S, TYPE(S, TASK), l, FUTF_TASK);
    if (t != NULL) {
        t->coro = AS_OBJ(coro); /* always an object */
        t->name = IS_NULL(name) ? NULL : AS_STR(name);
        /* Task-N counts per interpreter, and only tasks made without a
         * name take a number (as loop.create_task in CPython) */
        awgc_push(S, OBJ_VAL(t));
        bool ok = true;
        if (IS_NULL(name) && ++S->ntasks_made > UINT32_MAX) {
            /* past what the id holds: the name, as text, at once */
            t->name = awstr_printf(S, "Task-%llu",
                                   (unsigned long long)S->ntasks_made);
            ok = t->name != NULL;
        } else if (IS_NULL(name)) {
            t->id = (uint32_t)S->ntasks_made;
        }
        if (ok && awloop_call_soon(S, l, OBJ_VAL(t), NULL_VAL))
            link_task(l, t);
        else
            t = NULL;
        awgc_pop(S, 1);
    }
    awgc_pop(S, 2);
    return t;
}

enum { END_RESULT, END_EXCEPTION, END_CANCELLED };

static bool t_get_name_impl(AwState *S, Future *t, Value *out);

/* The end of a task: out of the loop's list, then done. */
static bool finish(AwState *S, Future *t, int how, Value v)
{
    unlink_task(t->loop, t);
    if (how == END_CANCELLED) {
        bool done;
        return awfuture_cancel(S, t, v, &done);
    }
    if (how == END_RESULT)
        return awfuture_set_result(S, t, v);
    return awfuture_set_exception(S, t, v);
}

/* The exception escaped task t: remember where t was created. */
static void note_site(AwState *S, Future *t, Exception *e)
{
    Value name;
    if (!t_get_name_impl(S, t, &name)) {
        awerr_clear(S);
        return;
    }
    awgc_push(S, name);
    Tuple *site = awtuple_new(S, 2);
    Traceback *tb = NULL;
    if (site != NULL) {
        awgc_push(S, OBJ_VAL(site));
        tb = awgc_alloc(S, TYPE(S, TRACEBACK), OBJ_TRACEBACK,
                        sizeof(Traceback));
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    if (tb == NULL) {
        awerr_clear(S);
        return;
    }
    tb->code = t->ccode;
    tb->pc = t->cpc;
    site->items[0] = name;
    site->items[1] = OBJ_VAL(tb);
    e->task_site = OBJ_VAL(site);
}

/* Resumes the coroutine: 1 yielded *out, 0 returned *out, -1 raised. */
static int resume(AwState *S, Value coro, Value exc, Value *out)
{
    if (IS_GEN(coro)) {
        if (!IS_NULL(exc))
            S->exc = exc;
        return awgen_resume(S, AS_GEN(coro), NONE_VAL, !IS_NULL(exc), out);
    }
    if (IS_AGEN_AWAIT(S, coro)) /* a task of agen.aclose() */
        return awagen_step(S, coro, NONE_VAL, exc, out);
    if (!IS_NULL(exc)) {
        S->exc = exc;
        return awgen_send_other(S, coro, NONE_VAL, out) < 0 ? -1 : -1;
    }
    return awgen_send_other(S, coro, NONE_VAL, out);
}

static bool bad_yield(AwState *S, Future *t, Value y, const char *fmt)
{
    Value r;
    if (!awobj_repr(S, OBJ_VAL(t), &r))
        return false;
    awgc_push(S, r);
    Value yr;
    bool ok = awobj_repr(S, y, &yr);
    if (ok) {
        awerr_format(S, EXC_RuntimeError, fmt, AS_STR(r)->data,
                     AS_STR(yr)->data);
        Value e = awerr_fetch(S);
        ok = awloop_call_soon(S, t->loop, OBJ_VAL(t), e);
    }
    awgc_pop(S, 1);
    return ok;
}

/* What the step does with a value the coroutine yielded. */
static bool handle_yield(AwState *S, Future *t, Value y)
{
    if (IS_SLEEP_WAITER(y)) { /* stands for CPython's sleep future */
        NCoro *c = (NCoro *)AS_OBJ(y);
        c->target = &t->obj;
        t->waiter = AS_OBJ(y);
        if (t->must_cancel) {
            bool done;
            if (!awsleep_cancel(S, c, awfuture_cancel_msg(t), &done))
                return false;
            if (done)
                t->must_cancel = false;
        }
        return true;
    }
    if (IS_FUTURE(y)) {
        Future *f = AS_FUTURE(y);
        if (!f->blocking)
            return bad_yield(S, t, y,
                             "yield was used instead of yield from in task "
                             "%s with %s");
        if (f == t) {
            Value r;
            if (!awobj_repr(S, y, &r))
                return false;
            awerr_format(S, EXC_RuntimeError, "Task cannot await on itself: %s",
                         AS_STR(r)->data);
            Value e = awerr_fetch(S);
            return awloop_call_soon(S, t->loop, OBJ_VAL(t), e);
        }
        f->blocking = false;
        if (!awfuture_add_callback(S, f, OBJ_VAL(t)))
            return false;
        t->waiter = AS_OBJ(y);
        if (t->must_cancel) {
            bool done;
            if (!awfuture_cancel_any(S, f, awfuture_cancel_msg(t), &done))
                return false;
            if (done)
                t->must_cancel = false;
        }
        return true;
    }
    if (IS_NONE(y)) /* a bare yield: sleep(0) */
        return awloop_call_soon(S, t->loop, OBJ_VAL(t), NULL_VAL);
    if (IS_GEN(y))
        return bad_yield(S, t, y,
                         "yield was used instead of yield from for "
                         "generator in task %s with %s");
    return bad_yield(S, t, y, "Task got bad yield: %s%.0s");
}

/* The exception a wakeup passes in: the awaited future's, if any. */
static bool woke_exception(AwState *S, Value woke, Value *exc)
{
    *exc = NULL_VAL;
    if (IS_EXCEPTION(woke)) {
        *exc = woke;
    } else if (IS_SLEEP_WAITER(woke)) {
        if (awsleep_cancelled_error(S, (NCoro *)AS_OBJ(woke)))
            *exc = awerr_fetch(S);
    } else if (IS_FUTURE(woke)) {
        Future *f = AS_FUTURE(woke);
        if (f->state == FUT_CANCELLED) {
            if (!awfuture_cancelled_error(S, f))
                *exc = awerr_fetch(S);
        } else if (f->obj.flags & FUTF_EXC) {
            f->log_exc = false;
            *exc = f->result;
        }
    }
    return true;
}

bool awtask_step(AwState *S, Future *t, Value woke)
{
    if (t->state != FUT_PENDING)
        return true; /* a stale wakeup of a finished task */
    if (!awlimit_step(S)) {
        /* the stop comes before the step: t stays as it was; its
         * step goes back in the queue (which just gave up its place) */
        Value stop = awerr_fetch(S);
        awgc_push(S, stop);
        bool ok = awloop_call_soon(S, t->loop, OBJ_VAL(t), woke);
        awgc_pop(S, 1);
        if (ok)
            S->exc = stop;
        return false;
    }
    Value exc;
    if (!woke_exception(S, woke, &exc))
        return false;
    awgc_push(S, exc);
    if (t->must_cancel) {
        if (!awobj_isinstance(S, exc, EXC_TYPE(S, CancelledError))) {
            if (!awfuture_cancelled_error(S, t)) {
                awgc_pop(S, 1);
                exc = awerr_fetch(S);
                awgc_push(S, exc);
            }
        }
        t->must_cancel = false;
    }
    t->waiter = NULL;
    Loop *l = t->loop;
    Future *prev = l->current;
    l->current = t;
    Value out;
    int r = resume(S, OBJ_VAL(t->coro), exc, &out);
    l->current = prev;
    awgc_pop(S, 1);
    bool ok = true;
    if (r == 1) {
        awgc_push(S, out);
        ok = handle_yield(S, t, out);
        awgc_pop(S, 1);
    } else if (r == 0) {
        if (t->must_cancel) {
            t->must_cancel = false;
            ok = finish(S, t, END_CANCELLED, awfuture_cancel_msg(t));
        } else {
            ok = finish(S, t, END_RESULT, out);
        }
    } else if (S->halting) {
        /* the stop goes up to the host, not into t; t's coroutine has
         * ended, so t is over: cancelled, as far as its awaiters (which
         * run once the host lets code run again) can tell */
        Value stop = awerr_fetch(S);
        awgc_push(S, stop);
        if (!finish(S, t, END_CANCELLED, NONE_VAL))
            awerr_clear(S);
        S->exc = stop;
        awgc_pop(S, 1);
        ok = false;
    } else {
        Value e = awerr_fetch(S);
        awgc_push(S, e);
        if (awobj_isinstance(S, e, EXC_TYPE(S, CancelledError))) {
            ok = finish(S, t, END_CANCELLED, NONE_VAL);
            t->cancel = e; /* raised once by result() and await */
            t->obj.flags |= FUTF_CEXC;
        } else {
            if (IS_EXCEPTION(e) && IS_NULL(AS_EXCEPTION(e)->task_site) &&
                t->ccode != NULL)
                note_site(S, t, AS_EXCEPTION(e));
            ok = finish(S, t, END_EXCEPTION, e);
            if (ok && (awobj_isinstance(S, e, EXC_TYPE(S, SystemExit)) ||
                       awobj_isinstance(S, e, EXC_TYPE(S, KeyboardInterrupt)))) {
                t->log_exc = false;
                ok = awerr_raise(S, e);
            }
        }
        awgc_pop(S, 1);
    }
    return ok;
}

void awtask_abandon_all(AwState *S, Loop *l)
{
    while (l->tasks != NULL) {
        Future *t = l->tasks;
        unlink_task(l, t);
        t->state = FUT_CANCELLED;
        t->log_exc = false;
        Value coro = OBJ_VAL(t->coro);
        if (IS_GEN(coro) && AS_GEN(coro)->state == GEN_CREATED)
            AS_GEN(coro)->state = GEN_CLOSED; /* not "never awaited" */
    }
}

bool awtask_cancel(AwState *S, Future *t, Value msg, bool *done)
{
    *done = false;
    if (t->state != FUT_PENDING)
        return true;
    t->num_cancels++;
    if (t->waiter != NULL) {
        bool wdone;
        if (t->waiter->kind == OBJ_NCORO
                ? !awsleep_cancel(S, (NCoro *)t->waiter, msg, &wdone)
                : !awfuture_cancel_any(S, (Future *)t->waiter, msg, &wdone))
            return false;
        if (wdone) {
            /* the waiter's cancellation wakes the task with the error */
            *done = true;
            return true;
        }
    }
    t->must_cancel = true;
    t->cancel = msg;
    *done = true;
    return true;
}

/* ------------------------------------------------------------------ */
/* repr: <Task pending name='Task-1' coro=<main() running at x.aw:5>> */

static bool coro_repr(AwState *S, Future *t, StrBuf *b)
{
    /* as CPython's _format_coroutine */
    if (IS_AGEN_AWAIT(S, OBJ_VAL(t->coro))) {
        awbuf_printf(b, "<%s without __name__>()",
                     awobj_typename(S, OBJ_VAL(t->coro)));
        return true;
    }
    if (!IS_GEN(OBJ_VAL(t->coro)))
        return awbuf_repr(b, OBJ_VAL(t->coro));
    Generator *g = AS_GEN(OBJ_VAL(t->coro));
    Frame *f = GEN_FRAME(g);
    awbuf_printf(b, "%s()", g->qualname->data);
    if (g->state == GEN_CLOSED) {
        awbuf_printf(b, " done, defined at %s:%d", f->code->filename->data,
                     f->code->firstlineno);
    } else {
        Frame *in = g->innermost ? g->innermost : f;
        int line = in == f && g->state == GEN_CREATED
                       ? f->code->firstlineno
                       : awcode_line(f->code, awframe_pc(f));
        awbuf_printf(b, " running at %s:%d", f->code->filename->data, line);
    }
    return true;
}

bool awtask_waiter_repr(AwState *S, Value w, StrBuf *b)
{
    if (IS_SLEEP_WAITER(w)) {
        awsleep_waiter_repr((NCoro *)AS_OBJ(w), b);
        return true;
    }
    return awbuf_repr(b, w);
}

bool awtask_repr(AwState *S, Future *t, Value *out)
{
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "<Task ");
    bool ok = true;
    static const char *const states[] = {"pending", "cancelled", "finished"};
    awbuf_puts(&b, t->state == FUT_PENDING && t->num_cancels > 0 ? "cancelling"
                                                             : states[t->state]);
    if (ok) {
        if (t->name == NULL)
            awbuf_printf(&b, " name='Task-%llu'", (unsigned long long)t->id);
        else {
            awbuf_puts(&b, " name=");
            ok = awbuf_repr(&b, OBJ_VAL(t->name));
        }
    }
    if (ok) {
        awbuf_puts(&b, " coro=<");
        ok = coro_repr(S, t, &b);
        awbuf_puts(&b, ">");
    }
    if (ok && t->state == FUT_FINISHED) {
        bool exc = (t->obj.flags & FUTF_EXC) != 0;
        awbuf_puts(&b, exc ? " exception=" : " result=");
        ok = awbuf_repr(&b, t->result);
    }
    if (ok && t->waiter != NULL) {
        awbuf_puts(&b, " wait_for=");
        ok = awtask_waiter_repr(S, OBJ_VAL(t->waiter), &b);
    }
    ok = ok && awfuture_cb_repr(S, t, &b);
    awbuf_puts(&b, ">");
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    String *s = awbuf_finish(&b);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* ------------------------------------------------------------------ */
/* Task methods                                                        */

#define SELF AS_FUTURE(argv[0])

static bool t_get_name(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    return t_get_name_impl(S, SELF, out);
}

static bool t_get_name_impl(AwState *S, Future *t, Value *out)
{
    if (t->name == NULL) {
        String *s = awstr_printf(S, "Task-%llu", (unsigned long long)t->id);
        if (s == NULL)
            return false;
        t->name = s;
    }
    *out = OBJ_VAL(t->name);
    return true;
}

static bool t_set_name(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "set_name() takes exactly one argument");
    Value s;
    if (!awobj_str(S, argv[1], &s))
        return false;
    SELF->name = AS_STR(s);
    *out = NONE_VAL;
    return true;
}

static bool t_get_coro(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    *out = OBJ_VAL(SELF->coro);
    return true;
}

static bool t_cancelling(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    *out = INT_VAL(SELF->num_cancels);
    return true;
}

static bool t_uncancel(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    if (SELF->num_cancels > 0)
        SELF->num_cancels--;
    *out = INT_VAL(SELF->num_cancels);
    return true;
}

static const MethodDef task_methods[] = {
    {"get_name", t_get_name, MF_METHOD},
    {"set_name", t_set_name, MF_METHOD},
    {"get_coro", t_get_coro, MF_METHOD},
    {"cancelling", t_cancelling, MF_METHOD},
    {"uncancel", t_uncancel, MF_METHOD},
    {NULL, NULL, 0},
};

bool awtask_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_TASK, "Task", TYPE(S, FUTURE),
                                 OBJ_FUTURE, sizeof(Future));
    if (t == NULL)
        return false;
    t->new_ = NULL;
    return awtype_add_methods(S, t, task_methods);
}
