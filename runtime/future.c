/* asyncio.Future and the loop's Handle objects. A done-callback is a
 * callable called with the future, or a task, whose next step is then
 * scheduled (the task's wakeup, without a bound method per await). */
#include <string.h>

#include "runtime/loop.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

Future *awfuture_alloc(AwState *S, Type *t, Loop *l, uint16_t flags)
{
    Obj probe = {.flags = flags};
    Future *f = awgc_alloc(S, t, OBJ_FUTURE, awfuture_size(&probe));
    if (f == NULL)
        return NULL;
    f->obj.flags = flags; /* every Value field starts NULL_VAL (zero) */
    f->loop = l;
    if (S->frame != NULL) {
        f->ccode = S->frame->code;
        f->cpc = awframe_pc(S->frame);
    }
    return f;
}

Future *awfuture_new(AwState *S, Loop *l)
{
    return awfuture_alloc(S, TYPE(S, FUTURE), l, 0);
}

static bool invalid_state(AwState *S, const char *msg)
{
    return awerr_format(S, EXC_InvalidStateError, "%s", msg);
}

/* Completing a future schedules its callbacks, in the order added. */
static bool schedule_callbacks(AwState *S, Future *f)
{
    if (IS_NULL(f->cb0))
        return true;
    Value cb0 = f->cb0;
    List *cbs = f->callbacks;
    f->cb0 = NULL_VAL;
    f->callbacks = NULL;
    if (!awloop_call_soon(S, f->loop, cb0, OBJ_VAL(f)))
        return false;
    if (cbs == NULL)
        return true;
    awgc_push(S, OBJ_VAL(cbs));
    bool ok = true;
    for (size_t i = 0; ok && i < cbs->len; i++)
        ok = awloop_call_soon(S, f->loop, cbs->items[i], OBJ_VAL(f));
    awgc_pop(S, 1);
    return ok;
}

size_t awfuture_remove_callback(Future *f, Value fn)
{
    size_t removed = 0, j = 0;
    List *cbs = f->callbacks;
    if (cbs != NULL) {
        for (size_t i = 0; i < cbs->len; i++) {
            if (aw_value_is(cbs->items[i], fn))
                removed++;
            else
                cbs->items[j++] = cbs->items[i];
        }
        cbs->len = j;
    }
    if (!IS_NULL(f->cb0) && aw_value_is(f->cb0, fn)) {
        removed++;
        f->cb0 = NULL_VAL;
        if (cbs != NULL && cbs->len > 0) { /* the next one moves up */
            f->cb0 = cbs->items[0];
            memmove(cbs->items, cbs->items + 1,
                    (cbs->len - 1) * sizeof(Value));
            cbs->len--;
        }
    }
    return removed;
}

bool awfuture_set_result(AwState *S, Future *f, Value v)
{
    if (f->state != FUT_PENDING)
        return invalid_state(S, "invalid state");
    f->result = v;
    f->state = FUT_FINISHED;
    if (f->obj.flags & FUTF_HOST)
        awhost_settled(S, f, false);
    return schedule_callbacks(S, f);
}

bool awfuture_set_exception(AwState *S, Future *f, Value exc)
{
    if (f->state != FUT_PENDING)
        return invalid_state(S, "invalid state");
    if (IS_TYPE(exc)) {
        if (!awexc_make(S, AS_TYPE(exc), 0, NULL, &exc))
            return false;
    }
    if (!IS_EXCEPTION(exc))
        return awerr_format(S, EXC_TypeError,
                            "invalid exception object");
    if (awobj_isinstance(S, exc, EXC_TYPE(S, StopIteration)))
        return awerr_format(S, EXC_TypeError,
                            "StopIteration interacts badly with generators "
                            "and cannot be raised into a Future");
    f->result = exc;
    f->obj.flags |= FUTF_EXC;
    f->state = FUT_FINISHED;
    if (f->obj.flags & FUTF_HOST)
        awhost_settled(S, f, false);
    f->log_exc = true;
    awgc_watch(S, &f->obj); /* "exception was never retrieved" */
    return schedule_callbacks(S, f);
}

bool awfuture_cancel(AwState *S, Future *f, Value msg, bool *done)
{
    *done = false;
    if (f->state != FUT_PENDING)
        return true;
    f->state = FUT_CANCELLED;
    f->cancel = msg;
    *done = true;
    bool ok = schedule_callbacks(S, f);
    /* the host hears of it once its awaiters are scheduled */
    if (f->obj.flags & FUTF_HOST)
        awhost_settled(S, f, true);
    return ok;
}

/* _GatheringFuture.cancel(): cancels every child; true if any was. */
static bool gather_cancel(AwState *S, Future *g, Value msg, bool *done)
{
    *done = false;
    if (g->state != FUT_PENDING)
        return true;
    Tuple *ch = g->children;
    for (size_t i = 0; i < ch->len; i++) {
        bool cdone;
        if (!awfuture_cancel_any(S, AS_FUTURE(ch->items[i]), msg, &cdone))
            return false;
        *done = *done || cdone;
    }
    if (*done)
        g->cancel_requested = true;
    return true;
}

bool awfuture_cancel_any(AwState *S, Future *f, Value msg, bool *done)
{
    if (f->obj.flags & FUTF_TASK)
        return awtask_cancel(S, f, msg, done);
    if (f->obj.flags & FUTF_GATHER)
        return gather_cancel(S, f, msg, done);
    return awfuture_cancel(S, f, msg, done);
}

bool awfuture_add_callback(AwState *S, Future *f, Value fn)
{
    if (f->state != FUT_PENDING)
        return awloop_call_soon(S, f->loop, fn, OBJ_VAL(f));
    if (IS_NULL(f->cb0)) {
        f->cb0 = fn;
        return true;
    }
    awgc_push(S, fn);
    bool ok = f->callbacks != NULL || (f->callbacks = awlist_new(S, 1));
    ok = ok && awlist_append(S, f->callbacks, fn);
    awgc_pop(S, 1);
    return ok;
}

bool awfuture_cancelled_error(AwState *S, Future *f)
{
    if (f->obj.flags & FUTF_CEXC) {
        /* the task's own CancelledError, once; a bare one afterwards */
        Value e = f->cancel;
        f->obj.flags &= (uint16_t)~FUTF_CEXC;
        f->cancel = NONE_VAL;
        return awerr_raise(S, e);
    }
    if (IS_NULL(f->cancel) || IS_NONE(f->cancel))
        return awerr_noargs(S, EXC_CancelledError);
    return awerr_value_arg(S, EXC_CancelledError, f->cancel);
}

bool awfuture_result(AwState *S, Future *f, Value *out)
{
    if (f->state == FUT_CANCELLED)
        return awfuture_cancelled_error(S, f);
    if (f->state != FUT_FINISHED)
        return invalid_state(S, "Result is not set.");
    f->log_exc = false;
    if (f->obj.flags & FUTF_EXC)
        return awerr_raise(S, f->result);
    *out = f->result;
    return true;
}

int awfuture_await_step(AwState *S, Future *f, Value *out)
{
    if (f->state == FUT_PENDING) {
        f->blocking = true;
        *out = OBJ_VAL(f);
        return 1;
    }
    return awfuture_result(S, f, out) ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

#define SELF AS_FUTURE(argv[0])

static bool noargs(AwState *S, const char *name, int argc, Tuple *kw)
{
    if (argc != 1 || kw != NULL)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes no arguments (%d given)", name,
                            argc - 1);
    return true;
}

static bool m_result(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return noargs(S, "result", argc, kw) && awfuture_result(S, SELF, out);
}

static bool m_exception(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    if (!noargs(S, "exception", argc, kw))
        return false;
    Future *f = SELF;
    if (f->state == FUT_CANCELLED)
        return awfuture_cancelled_error(S, f);
    if (f->state != FUT_FINISHED)
        return invalid_state(S, "Exception is not set.");
    f->log_exc = false;
    *out = (f->obj.flags & FUTF_EXC) ? f->result : NONE_VAL;
    return true;
}

static bool m_done(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = BOOL_VAL(SELF->state != FUT_PENDING);
    return noargs(S, "done", argc, kw);
}

static bool m_cancelled(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    *out = BOOL_VAL(SELF->state == FUT_CANCELLED);
    return noargs(S, "cancelled", argc, kw);
}

static bool m_cancel(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    static const char *const kwlist[] = {"msg", NULL};
    Value a[1];
    if (!awarg_unpack(S, "cancel", argc - 1, argv + 1, kw, 0, 1, kwlist, a))
        return false;
    Value msg = IS_NULL(a[0]) ? NONE_VAL : a[0];
    bool done;
    Future *f = SELF;
    bool ok = awfuture_cancel_any(S, f, msg, &done);
    *out = BOOL_VAL(done);
    return ok;
}

static bool m_set_result(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "set_result() takes exactly one argument");
    if (IS_TASK(argv[0]))
        return awerr_format(S, EXC_RuntimeError,
                            "Task does not support set_result operation");
    *out = NONE_VAL;
    return awfuture_set_result(S, SELF, argv[1]);
}

static bool m_set_exception(AwState *S, int argc, Value *argv, Tuple *kw,
                            Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "set_exception() takes exactly one argument");
    if (IS_TASK(argv[0]))
        return awerr_format(S, EXC_RuntimeError,
                            "Task does not support set_exception operation");
    *out = NONE_VAL;
    return awfuture_set_exception(S, SELF, argv[1]);
}

static bool m_add_done_callback(AwState *S, int argc, Value *argv, Tuple *kw,
                                Value *out)
{
    static const char *const kwlist[] = {NULL, "context", NULL};
    Value a[2];
    if (!awarg_unpack(S, "add_done_callback", argc - 1, argv + 1, kw, 1, 2,
                      kwlist, a))
        return false;
    *out = NONE_VAL;
    return awfuture_add_callback(S, SELF, a[0]);
}

static bool m_remove_done_callback(AwState *S, int argc, Value *argv,
                                   Tuple *kw, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "remove_done_callback() takes exactly one "
                            "argument");
    /* CPython compares with ==: a bound method equals a fresh binding */
    Future *f = SELF;
    int64_t removed = 0;
    for (;;) {
        Value found = NULL_VAL;
        size_t n = f->callbacks ? f->callbacks->len : 0;
        for (size_t i = 0; i <= n && IS_NULL(found); i++) {
            Value cb = i == 0 ? f->cb0 : f->callbacks->items[i - 1];
            if (IS_NULL(cb))
                continue;
            int eq = awobj_eq(S, cb, argv[1]);
            if (eq < 0)
                return false;
            if (eq)
                found = cb;
        }
        if (IS_NULL(found))
            break;
        removed += (int64_t)awfuture_remove_callback(f, found);
    }
    *out = INT_VAL(removed);
    return true;
}

static bool m_get_loop(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    *out = OBJ_VAL(SELF->loop);
    return noargs(S, "get_loop", argc, kw);
}

static bool m_await(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = argv[0];
    return true;
}

/* Used as an iterator (what __await__ returned), a future yields itself
 * until done, then stops with its result. */
static int fut_next(AwState *S, Value self, Value *out)
{
    int r = awfuture_await_step(S, AS_FUTURE(self), out);
    if (r != 0)
        return r;
    if (IS_NONE(*out))
        return 0;
    awerr_value_arg(S, EXC_StopIteration, *out);
    return -1;
}

static bool g_blocking(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL(AS_FUTURE(self)->blocking);
    return true;
}

static bool s_blocking(AwState *S, Value self, Value v)
{
    if (!IS_BOOL(v))
        return awerr_format(S, EXC_ValueError,
                            "_asyncio_future_blocking can only be set to "
                            "False");
    AS_FUTURE(self)->blocking = AS_BOOL(v);
    return true;
}

static bool g_loop(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(AS_FUTURE(self)->loop);
    return true;
}

static const GetSetDef future_getset[] = {
    {"_asyncio_future_blocking", g_blocking, s_blocking},
    {"_loop", g_loop, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef future_methods[] = {
    {"result", m_result, MF_METHOD},
    {"exception", m_exception, MF_METHOD},
    {"done", m_done, MF_METHOD},
    {"cancelled", m_cancelled, MF_METHOD},
    {"cancel", m_cancel, MF_METHOD},
    {"set_result", m_set_result, MF_METHOD},
    {"set_exception", m_set_exception, MF_METHOD},
    {"add_done_callback", m_add_done_callback, MF_METHOD},
    {"remove_done_callback", m_remove_done_callback, MF_METHOD},
    {"get_loop", m_get_loop, MF_METHOD},
    {"__await__", m_await, MF_METHOD},
    {"__iter__", m_await, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* repr                                                                */

/* "pending", "cancelled", "finished result=5", "finished exception=..." */
bool awfuture_state_repr(AwState *S, Future *f, StrBuf *b)
{
    static const char *const names[] = {"pending", "cancelled", "finished"};
    awbuf_puts(b, names[f->state]);
    if (f->state == FUT_FINISHED) {
        if (f->obj.flags & FUTF_EXC) {
            awbuf_puts(b, " exception=");
            return awbuf_repr(b, f->result);
        }
        if (!(f->obj.flags & FUTF_TASK)) {
            awbuf_puts(b, " result=");
            return awbuf_repr(b, f->result);
        }
    }
    return true;
}

/* " cb=[...]" when callbacks are waiting */
static bool cb_repr(StrBuf *b, Value cb, bool first)
{
    if (!first)
        awbuf_puts(b, ", ");
    if (IS_TASK(cb)) {
        awbuf_puts(b, "Task.task_wakeup()");
        return true;
    }
    return awbuf_repr(b, cb);
}

bool awfuture_cb_repr(AwState *S, Future *f, StrBuf *b)
{
    if (IS_NULL(f->cb0))
        return true;
    awbuf_puts(b, " cb=[");
    if (!cb_repr(b, f->cb0, true))
        return false;
    for (size_t i = 0; f->callbacks && i < f->callbacks->len; i++)
        if (!cb_repr(b, f->callbacks->items[i], false))
            return false;
    awbuf_puts(b, "]");
    return true;
}

static bool finish(StrBuf *b, bool ok, Value *out)
{
    if (!ok) {
        awbuf_free(b);
        return false;
    }
    String *s = awbuf_finish(b);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool future_repr(AwState *S, Value self, Value *out)
{
    Future *f = AS_FUTURE(self);
    if (f->obj.flags & FUTF_TASK)
        return awtask_repr(S, f, out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "<%s ", f->obj.type->name->data); /* __class__ */
    bool ok = awfuture_state_repr(S, f, &b) && awfuture_cb_repr(S, f, &b);
    awbuf_puts(&b, ">");
    return finish(&b, ok, out);
}

/* ------------------------------------------------------------------ */
/* Handle                                                              */

static bool h_cancel(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Handle *h = (Handle *)AS_OBJ(argv[0]);
    h->cancelled = true;
    *out = NONE_VAL;
    return true;
}

static bool h_cancelled(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    *out = BOOL_VAL(((Handle *)AS_OBJ(argv[0]))->cancelled);
    return true;
}

static bool h_when(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = FLOAT_VAL(((Handle *)AS_OBJ(argv[0]))->when);
    return true;
}

static const MethodDef handle_methods[] = {
    {"cancel", h_cancel, MF_METHOD},
    {"cancelled", h_cancelled, MF_METHOD},
    {NULL, NULL, 0},
};

static const MethodDef timer_handle_methods[] = {
    {"when", h_when, MF_METHOD},
    {NULL, NULL, 0},
};

/* CPython's format_helpers._format_callback_source: "f(1, 'a') at
 * x.aw:3" for aw functions, "print('x')" for builtins. */
bool awhandle_format(AwState *S, StrBuf *b, Value fn, int argc, Value *argv)
{
    Value f = fn;
    if (IS_KIND(f, OBJ_BOUND_METHOD))
        f = ((BoundMethod *)AS_OBJ(f))->func;
    if (IS_FUNCTION(f)) {
        awbuf_puts(b, AS_FUNCTION(f)->qualname->data);
    } else if (IS_CFUNCTION(f)) {
        CFunction *c = AS_CFUNCTION(f);
        if (c->owner)
            awbuf_printf(b, "%s.", c->owner->name->data);
        awbuf_puts(b, c->name);
    } else if (!awbuf_repr(b, f)) {
        return false;
    }
    awbuf_puts(b, "(");
    for (int i = 0; i < argc; i++) {
        if (i > 0)
            awbuf_puts(b, ", ");
        if (!awbuf_repr(b, argv[i]))
            return false;
    }
    awbuf_puts(b, ")");
    if (IS_FUNCTION(f)) {
        Code *co = AS_FUNCTION(f)->code;
        awbuf_printf(b, " at %s:%d", co->filename->data, co->firstlineno);
    }
    return true;
}

static bool handle_repr(AwState *S, Value self, Value *out)
{
    Handle *h = (Handle *)AS_OBJ(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, h->timer ? "<TimerHandle" : "<Handle");
    if (h->cancelled)
        awbuf_puts(&b, " cancelled");
    if (h->timer)
        awbuf_printf(&b, " when=%.17g", h->when);
    awbuf_puts(&b, " ");
    bool ok = awhandle_format(S, &b, h->callback,
                              h->args ? (int)h->args->len : 0,
                              h->args ? h->args->items : NULL);
    awbuf_puts(&b, ">");
    return finish(&b, ok, out);
}

void awfuture_trace(AwState *S, Future *f)
{
    awgc_mark_obj(S, (Obj *)f->loop);
    awgc_mark_value(S, f->result);
    awgc_mark_value(S, f->cancel);
    awgc_mark_value(S, f->cb0);
    awgc_mark_obj(S, (Obj *)f->callbacks);
    awgc_mark_obj(S, (Obj *)f->ccode);
    if (f->obj.flags & FUTF_TASK) {
        awgc_mark_value(S, f->coro);
        awgc_mark_obj(S, (Obj *)f->name);
        awgc_mark_obj(S, f->waiter);
        awgc_mark_obj(S, (Obj *)f->tnext);
    }
    if (f->obj.flags & FUTF_GATHER)
        awgc_mark_obj(S, (Obj *)f->children);
}

bool awfuture_init(AwState *S)
{
    Type *f = awtype_new_builtin(S, TY_FUTURE, "Future", TYPE(S, OBJECT),
                                 OBJ_FUTURE, sizeof(Future));
    Type *h = awtype_new_builtin(S, TY_HANDLE, "Handle", TYPE(S, OBJECT),
                                 OBJ_HANDLE, sizeof(Handle));
    if (f == NULL || h == NULL)
        return false;
    f->repr = future_repr;
    f->next = fut_next;
    f->getset = future_getset;
    f->new_ = NULL;
    h->repr = handle_repr;
    h->new_ = NULL;
    /* call_later and call_at return a TimerHandle, as in CPython */
    Type *th = awtype_new_builtin(S, TY_TIMER_HANDLE, "TimerHandle", h,
                                  OBJ_HANDLE, sizeof(Handle));
    if (th == NULL)
        return false;
    th->repr = handle_repr;
    th->new_ = NULL;
    return awtype_add_methods(S, f, future_methods) &&
           awtype_add_methods(S, h, handle_methods) &&
           awtype_add_methods(S, th, timer_handle_methods);
}
