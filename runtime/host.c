/* The embedding API's async half (include/aw.h): futures the host
 * completes, aw_run, and the host loop, which a host with its own event
 * loop drives one round at a time. aw_post and the wake descriptor are
 * in runtime/post.c. */
#include <math.h>
#include <string.h>

#include "runtime/loop.h"
#include "vm/api.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/str.h"

/* The host loop: made at its first use, dropped by aw_loop_close. NULL
 * with MemoryError pending when it cannot be made. */
static Loop *host_loop(AwState *S)
{
    if (S->host_loop == NULL)
        S->host_loop = awloop_new(S);
    return S->host_loop;
}

/* ------------------------------------------------------------------ */
/* Host futures                                                        */

AW_API AwValue aw_future(AwState *S)
{
    Loop *l = S->loop ? S->loop : host_loop(S);
    Future *f = l ? awfuture_alloc(S, TYPE(S, FUTURE), l, FUTF_HOST) : NULL;
    if (f == NULL)
        return awapi_fail(S);
    AwValue h = awapi_handle(S, OBJ_VAL(f));
    if (h != AW_NULL)
        l->nhost++; /* outside work until it settles (awhost_settled) */
    return h;
}

void awhost_settled(AwState *S, Future *f, bool cancelled)
{
    if (f->loop->nhost > 0)
        f->loop->nhost--;
    AwCancelFn fn = f->cancel_fn;
    f->cancel_fn = NULL;
    if (!cancelled || fn == NULL)
        return;
    /* the host's callback may use the whole API: an exception on its
     * way out of the caller must wait for it */
    Value exc = S->exc;
    S->exc = NULL_VAL;
    awgc_push(S, exc);
    AwValue h = awapi_handle(S, OBJ_VAL(f));
    fn(S, h, f->cancel_ud);
    aw_release(S, h);
    awgc_pop(S, 1);
    S->exc = exc;
}

/* The future of handle h, or NULL with TypeError recorded. */
static Future *future_of(AwState *S, AwValue h, const char *fname)
{
    Value v;
    if (!awapi_value(S, h, &v))
        return NULL;
    if (IS_FUTURE(v))
        return AS_FUTURE(v);
    awerr_format(S, EXC_TypeError, "%s: expected an asyncio.Future, got '%s'",
                 fname, awobj_typename(S, v));
    awapi_fail(S);
    return NULL;
}

/* A future the host may complete: not a task, not done unless cancelled.
 * 1: complete it; 0: cancelled, do nothing; AW_ERROR: recorded. */
static int completable(AwState *S, Future *f, const char *op)
{
    if (f->obj.flags & FUTF_TASK) {
        awerr_format(S, EXC_RuntimeError,
                     "Task does not support %s operation", op);
        return awapi_fail_int(S);
    }
    if (f->state == FUT_CANCELLED)
        return 0; /* the host's answer came too late: no error */
    if (f->state != FUT_PENDING) {
        awerr_format(S, EXC_InvalidStateError, "invalid state");
        return awapi_fail_int(S);
    }
    return 1;
}

AW_API int aw_future_on_cancel(AwState *S, AwValue fut, AwCancelFn fn,
                               void *ud)
{
    Future *f = future_of(S, fut, "aw_future_on_cancel");
    if (f == NULL)
        return AW_ERROR;
    if (!(f->obj.flags & FUTF_HOST)) {
        awerr_format(S, EXC_TypeError,
                     "aw_future_on_cancel: not a future made by aw_future");
        return awapi_fail_int(S);
    }
    if (f->state == FUT_PENDING) { /* done: it could never be called */
        f->cancel_fn = fn;
        f->cancel_ud = ud;
    }
    return AW_OK;
}

AW_API int aw_future_resolve(AwState *S, AwValue fut, AwValue value)
{
    Future *f = future_of(S, fut, "aw_future_resolve");
    Value v;
    if (f == NULL || !awapi_value(S, value, &v))
        return AW_ERROR;
    int c = completable(S, f, "set_result");
    if (c <= 0)
        return c;
    return awfuture_set_result(S, f, v) ? AW_OK : awapi_fail_int(S);
}

/* The exception class named name: a builtin ("ValueError") or a dotted
 * module attribute ("asyncio.TimeoutError"); SystemError if none. */
static Type *exc_class(AwState *S, const char *name)
{
    const char *dot = strrchr(name, '.');
    Value v = NULL_VAL;
    String *attr = awstr_intern_cstr(S, dot ? dot + 1 : name);
    if (attr == NULL)
        return NULL;
    if (dot == NULL) {
        v = awdict_get_str(S, S->builtins, attr);
    } else {
        awgc_push(S, OBJ_VAL(attr));
        String *mname = awstr_new(S, name, (size_t)(dot - name));
        Value m;
        bool ok = mname != NULL && awimport_module(S, mname, NULL, &m);
        if (ok && IS_KIND(m, OBJ_MODULE))
            v = awdict_get_str(S, ((Module *)AS_OBJ(m))->dict, attr);
        awgc_pop(S, 1);
        if (!ok && !awerr_matches(S, EXC_TYPE(S, ImportError)))
            return NULL;
        awerr_clear(S);
    }
    if (IS_TYPE(v) &&
        awtype_issubclass(AS_TYPE(v), EXC_TYPE(S, BaseException)))
        return AS_TYPE(v);
    awerr_format(S, EXC_SystemError, "unknown exception type '%s'", name);
    return NULL;
}

AW_API int aw_future_reject(AwState *S, AwValue fut, const char *type,
                            const char *msg)
{
    Future *f = future_of(S, fut, "aw_future_reject");
    if (f == NULL)
        return AW_ERROR;
    if (type == NULL) {
        awerr_format(S, EXC_TypeError, "aw_future_reject: type is NULL");
        return awapi_fail_int(S);
    }
    int c = completable(S, f, "set_exception");
    if (c <= 0)
        return c;
    Type *t = exc_class(S, type);
    if (t == NULL)
        return awapi_fail_int(S);
    Value arg = NULL_VAL, exc;
    String *m = msg ? awstr_new(S, msg, strlen(msg)) : NULL;
    if (msg != NULL && m == NULL)
        return awapi_fail_int(S);
    arg = m ? OBJ_VAL(m) : NULL_VAL;
    awgc_push(S, arg);
    bool ok = awexc_make(S, t, m ? 1 : 0, &arg, &exc);
    awgc_pop(S, 1);
    if (ok) {
        awgc_push(S, exc);
        ok = awfuture_set_exception(S, f, exc);
        awgc_pop(S, 1);
    }
    return ok ? AW_OK : awapi_fail_int(S);
}

AW_API int aw_future_reject_error(AwState *S, AwValue fut)
{
    Future *f = future_of(S, fut, "aw_future_reject_error");
    if (f == NULL)
        return AW_ERROR;
    if (IS_NULL(S->api_err)) {
        awerr_format(S, EXC_SystemError,
                     "aw_future_reject_error: no error is recorded");
        return awapi_fail_int(S);
    }
    int c = completable(S, f, "set_exception");
    if (c < 0)
        return c;
    /* the record moves into the future: it is forgotten */
    Value exc = S->api_err;
    S->api_err = NULL_VAL;
    S->api_err_cached = false;
    if (c == 0)
        return AW_OK;
    awgc_push(S, exc);
    bool ok = awfuture_set_exception(S, f, exc);
    awgc_pop(S, 1);
    return ok ? AW_OK : awapi_fail_int(S);
}

AW_API int aw_future_state(AwState *S, AwValue fut)
{
    Future *f = future_of(S, fut, "aw_future_state");
    if (f == NULL)
        return AW_ERROR;
    return f->state == FUT_PENDING     ? AW_PENDING
           : f->state == FUT_CANCELLED ? AW_CANCELLED
                                       : AW_DONE;
}

AW_API AwValue aw_future_result(AwState *S, AwValue fut)
{
    Future *f = future_of(S, fut, "aw_future_result");
    Value v;
    if (f == NULL)
        return AW_NULL;
    if (!awfuture_result(S, f, &v))
        return awapi_fail(S);
    return awapi_handle(S, v);
}

/* ------------------------------------------------------------------ */
/* aw_run                                                              */

/* A future or task: run its own loop until it is done, as
 * loop.run_until_complete(fut) (the loop stays open). */
static bool run_future(AwState *S, Future *f, Value *out)
{
    if (S->loop != NULL)
        return awerr_format(S, EXC_RuntimeError,
                            "aw_run() cannot be called from a running "
                            "event loop");
    awgc_push(S, OBJ_VAL(f));
    bool ok = true;
    if (f->state == FUT_PENDING) {
        ok = awloop_enter(S, f->loop);
        if (ok) {
            ok = awloop_run_until(S, f->loop, f);
            awloop_leave(S, f->loop);
        }
    }
    ok = ok && awfuture_result(S, f, out);
    awgc_pop(S, 1);
    return ok;
}

AW_API AwValue aw_run(AwState *S, AwValue awaitable)
{
    Value v, out;
    if (!awapi_value(S, awaitable, &v))
        return AW_NULL;
    bool ok = IS_FUTURE(v) ? run_future(S, AS_FUTURE(v), &out)
                           : awasyncio_run(S, v, &out);
    return ok ? awapi_handle(S, out) : awapi_fail(S);
}

/* ------------------------------------------------------------------ */
/* The host loop                                                       */

typedef struct DoneCb {
    AwDoneFn fn;
    void *ud;
} DoneCb;

static const NativeClass done_class = {"aw_start callback", NULL, NULL};

/* The task's done-callback, bound to a DoneCb: calls the host. */
static bool call_done(AwState *S, int argc, Value *argv, Tuple *kw,
                      Value *out)
{
    DoneCb *d = awnative_data(argv[0], &done_class);
    AwValue h = awapi_handle(S, argv[1]);
    if (h == AW_NULL) {
        (void)awapi_reraise(S);
        return false;
    }
    d->fn(S, h, d->ud);
    aw_release(S, h);
    *out = NONE_VAL;
    return true;
}

static bool add_done(AwState *S, Future *t, AwDoneFn fn, void *ud)
{
    awgc_push(S, OBJ_VAL(t));
    Native *n = awnative_new(S, TYPE(S, OBJECT), &done_class, sizeof(DoneCb));
    CFunction *cb = NULL;
    if (n != NULL) {
        *(DoneCb *)n->data = (DoneCb){fn, ud};
        awgc_push(S, OBJ_VAL(n));
        cb = awcfunc_new(S, "aw_start_done", call_done, MF_METHOD,
                         OBJ_VAL(n), NULL);
        awgc_pop(S, 1);
    }
    bool ok = cb != NULL && awfuture_add_callback(S, t, OBJ_VAL(cb));
    awgc_pop(S, 1);
    return ok;
}

AW_API AwValue aw_start(AwState *S, AwValue coro, AwDoneFn done, void *ud)
{
    Value c;
    if (!awapi_value(S, coro, &c))
        return AW_NULL;
    if (!awasyncio_iscoroutine(S, c)) {
        awerr_format(S, EXC_TypeError, "a coroutine was expected, got '%s'",
                     awobj_typename(S, c));
        return awapi_fail(S);
    }
    Loop *l = host_loop(S);
    if (l == NULL)
        return awapi_fail(S);
    Future *t = awtask_new(S, l, c, NULL_VAL);
    if (t == NULL || (done != NULL && !add_done(S, t, done, ud)))
        return awapi_fail(S);
    return awapi_handle(S, OBJ_VAL(t));
}

AW_API int aw_loop_run_once(AwState *S, double timeout)
{
    if (isnan(timeout)) {
        awerr_format(S, EXC_ValueError, "aw_loop_run_once: timeout is NaN");
        return awapi_fail_int(S);
    }
    Loop *l = host_loop(S);
    if (l == NULL || !awloop_enter(S, l))
        return awapi_fail_int(S);
    bool ok = awloop_round(S, l, timeout < 0 || isinf(timeout) ? -1 : timeout);
    awloop_leave(S, l);
    return ok ? AW_OK : awapi_fail_int(S);
}

AW_API double aw_loop_next_timeout(AwState *S)
{
    if (awhost_posted(S))
        return 0;
    return S->host_loop ? awloop_timeout(S, S->host_loop) : -1;
}

AW_API size_t aw_loop_tasks(AwState *S)
{
    size_t n = 0;
    for (Future *t = S->host_loop ? S->host_loop->tasks : NULL; t != NULL;
         t = t->tnext)
        n++;
    return n;
}

AW_API int aw_loop_close(AwState *S)
{
    Loop *l = S->host_loop;
    if (l == NULL)
        return AW_OK;
    if (l->running) {
        awerr_format(S, EXC_RuntimeError,
                     "Cannot close a running event loop");
        return awapi_fail_int(S);
    }
    if (!awloop_enter(S, l))
        return awapi_fail_int(S);
    bool ok = awloop_shutdown(S, l);
    awloop_leave(S, l);
    /* closed even when the shutdown failed, as asyncio.run's finally */
    l->closed = true;
    l->rlen = 0;
    l->ntimers = 0;
    S->host_loop = NULL;
    if (!ok)
        return awapi_fail_int(S);
    awgc_run_finalizers(S, false);
    return AW_OK;
}
