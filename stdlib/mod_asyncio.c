/* The asyncio module: run, sleep, tasks, gather and the loop object, over
 * the native loop of runtime/. */
#include <math.h>
#include <string.h>

#include "lang/compile.h"
#include "runtime/loop.h"
#include "stdlib/builtins.h"
#include "stdlib/modules.h"
#include "vm/agen.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/num.h"
#include "vm/str.h"

bool awasyncio_iscoroutine(AwState *S, Value v)
{
    /* an async generator's asend/athrow is a Coroutine to asyncio */
    return (IS_GEN(v) && AS_OBJ(v)->type == TYPE(S, COROUTINE)) ||
           IS_KIND(v, OBJ_NCORO) || IS_AGEN_AWAIT(S, v);
}

static bool want_coroutine(AwState *S, Value v)
{
    if (awasyncio_iscoroutine(S, v))
        return true;
    Value r;
    if (!awobj_repr(S, v, &r))
        return false;
    return awerr_format(S, EXC_TypeError, "a coroutine was expected, got %s",
                        AS_STR(r)->data);
}

static bool as_seconds(AwState *S, Value v, double *out)
{
    if (IS_INT(v)) {
        *out = (double)AS_INT(v);
        return true;
    }
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    if (IS_BOOL(v)) {
        *out = AS_BOOL(v);
        return true;
    }
    if (IS_BIGINT(v))
        return awint_to_double(S, v, out);
    return awerr_format(S, EXC_TypeError,
                        "'%s' object cannot be interpreted as a number",
                        awobj_typename(S, v));
}

/* The loop of the current thread: the running one, else the one set. */
static Loop *current_loop(AwState *S)
{
    if (S->loop)
        return S->loop;
    if (S->event_loop == NULL)
        S->event_loop = awloop_new(S);
    return S->event_loop;
}

/* ------------------------------------------------------------------ */
/* Running a loop                                                      */

static void where(AwState *S, StrBuf *b, Value coro);

/* Nothing is ready, no timer is pending, no host future is pending and
 * no callback was posted (awloop_outside_work), and fut still waits:
 * nothing can ever wake it. CPython hangs here; aw raises in the main
 * task a RuntimeError that says what it awaits and where that was
 * made. */
static bool deadlock(AwState *S, Loop *l, Future *fut)
{
    if (!IS_TASK(OBJ_VAL(fut)))
        return awerr_format(S, EXC_RuntimeError,
                            "Event loop stopped before Future completed.");
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "deadlock: the main task ");
    where(S, &b, OBJ_VAL(fut->coro));
    bool ok = true;
    Value wv = awtask_waiter(fut);
    if (IS_FUTURE(wv)) { /* a sleep has a timer: no deadlock */
        Future *w = AS_FUTURE(wv);
        awbuf_puts(&b, " awaits ");
        if (IS_TASK(wv)) {
            ok = awbuf_repr(&b, wv);
        } else {
            awbuf_puts(&b, w->obj.type->name->data);
            awbuf_puts(&b, w->state == FUT_PENDING ? " (pending)" : "");
        }
        if (ok && w->ccode != NULL)
            awbuf_printf(&b, " created at %s:%d", w->ccode->filename->data,
                         awcode_line(w->ccode, w->cpc));
    }
    awbuf_puts(&b, ", and no task, callback, timer or I/O is left that "
                   "could complete it");
    String *msg = ok ? awbuf_finish(&b) : (awbuf_free(&b), NULL);
    if (msg == NULL)
        return false;
    awgc_push(S, OBJ_VAL(msg));
    awerr_str(S, EXC_RuntimeError, msg);
    Value e = awerr_fetch(S);
    awgc_pop(S, 1);
    awgc_push(S, e);
    ok = awloop_call_soon(S, l, OBJ_VAL(fut), e);
    if (ok && IS_FUTURE(awtask_waiter(fut))) {
        /* stop waiting on it: the wakeup carries the error */
        (void)awfuture_remove_callback((Future *)fut->waiter, OBJ_VAL(fut));
        fut->waiter = NULL;
    }
    awgc_pop(S, 1);
    return ok;
}

/* run_until_complete's done-callback: stop the loop after this round. */
static bool stop_cb(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    ((Loop *)AS_OBJ(argv[0]))->stopping = true;
    *out = NONE_VAL;
    return true;
}

/* As CPython's run_until_complete: a done-callback stops the loop, so the
 * round after fut ends still runs everything queued. */
bool awloop_run_until(AwState *S, Loop *l, Future *fut)
{
    CFunction *cb = awcfunc_new(S, "_run_until_complete_cb", stop_cb,
                                MF_METHOD, OBJ_VAL(l), NULL);
    if (cb == NULL)
        return false;
    awgc_push(S, OBJ_VAL(fut));
    awgc_push(S, OBJ_VAL(cb));
    bool ok = awfuture_add_callback(S, fut, OBJ_VAL(cb));
    /* run_forever's loop: a stop() that came first still runs one round */
    while (ok) {
        bool idle = l->rlen == 0 && l->ntimers == 0;
        if (idle && l->stopping)
            break;
        if (idle && !awloop_outside_work(S, l))
            ok = deadlock(S, l, fut);
        ok = ok && awloop_run_once(S, l);
        if (l->stopping)
            break;
    }
    l->stopping = false;
    (void)awfuture_remove_callback(fut, OBJ_VAL(cb));
    awgc_pop(S, 2);
    if (ok && fut->state == FUT_PENDING)
        ok = awerr_format(S, EXC_RuntimeError,
                          "Event loop stopped before Future completed.");
    return ok;
}

/* CPython's _check_closed and _check_running, before anything is made */
static bool can_run(AwState *S, Loop *l)
{
    if (l->closed)
        return awerr_format(S, EXC_RuntimeError, "Event loop is closed");
    if (l->running)
        return awerr_format(S, EXC_RuntimeError,
                            "This event loop is already running");
    if (S->loop != NULL)
        return awerr_format(S, EXC_RuntimeError,
                            "Cannot run the event loop while another loop "
                            "is running");
    return true;
}

bool awloop_enter(AwState *S, Loop *l)
{
    if (!can_run(S, l))
        return false;
    l->running = true;
    S->loop = l;
    return true;
}

void awloop_leave(AwState *S, Loop *l)
{
    l->running = false;
    S->loop = NULL;
}

static Future *gather_of(AwState *S, Loop *l, Tuple *aws, bool return_exc);

/* asyncio.run's end, as CPython's _cancel_all_tasks: cancel every task
 * left (in creation order), gather them, report errors other than
 * cancellation. */
static bool cancel_all(AwState *S, Loop *l)
{
    size_t n = 0;
    for (Future *t = l->tasks; t != NULL; t = t->tnext)
        n++;
    if (n == 0)
        return true;
    Tuple *all = awtuple_new(S, n);
    if (all == NULL)
        return false;
    awgc_push(S, OBJ_VAL(all));
    size_t i = n;
    for (Future *t = l->tasks; t != NULL; t = t->tnext)
        all->items[--i] = OBJ_VAL(t);
    bool ok = true;
    for (i = 0; ok && i < n; i++) {
        bool done;
        ok = awtask_cancel(S, AS_FUTURE(all->items[i]), NONE_VAL, &done);
    }
    Future *g = ok ? gather_of(S, l, all, true) : NULL;
    ok = g != NULL && awloop_run_until(S, l, g);
    for (i = 0; ok && i < n; i++) {
        Future *t = AS_FUTURE(all->items[i]);
        if (t->state == FUT_FINISHED && (t->obj.flags & FUTF_EXC)) {
            static const char msg[] =
                "unhandled exception during asyncio.run() shutdown\n";
            S->write_err(S->write_ud, msg, sizeof msg - 1);
            t->log_exc = false;
            awexc_print(S, t->result);
        }
    }
    awgc_pop(S, 1);
    return ok;
}

/* run_until_complete(coro) for a shutdown step: one task, its rounds. */
static bool shutdown_step(AwState *S, Loop *l, const char *name)
{
    NCoro *c = awncoro_noop(S, name);
    if (c == NULL)
        return false;
    Future *t = awtask_new(S, l, OBJ_VAL(c), NULL_VAL);
    return t != NULL && awloop_run_until(S, l, t);
}

/* What gather returned for one async generator's aclose(), reported as
 * the loop's default exception handler does. */
static void report_aclose(AwState *S, Value agen, Value res)
{
    if (!IS_EXCEPTION(res) ||
        !awobj_isinstance(S, res, EXC_TYPE(S, Exception)))
        return;
    Value r;
    if (!awobj_repr(S, agen, &r)) {
        awerr_clear(S);
        return;
    }
    awgc_push(S, r);
    String *m = awstr_printf(S, "an error occurred during closing of "
                                "asynchronous generator %s\nasyncgen: %s\n",
                             AS_STR(r)->data, AS_STR(r)->data);
    awgc_pop(S, 1);
    if (m == NULL) {
        awerr_clear(S);
        return;
    }
    S->write_err(S->write_ud, m->data, m->len);
    /* the handler's report, not a task's: no "created at" part */
    ((Exception *)AS_OBJ(res))->task_site = NULL_VAL;
    awexc_print(S, res);
}

/* shutdown_asyncgens(): aclose() on every async generator of l still
 * alive, through stdlib/asyncio.aw's _shutdown_asyncgens. */
static bool shutdown_asyncgens(AwState *S, Loop *l, Dict *mod)
{
    List *agens = awagen_alive(S, l);
    if (agens == NULL)
        return false;
    if (agens->len > 0 && mod == NULL) {
        /* a host's aw_run: the script never imported asyncio */
        Value m;
        String *mname = awstr_intern_cstr(S, "asyncio");
        awgc_push(S, OBJ_VAL(agens));
        bool ok = mname != NULL && awimport_module(S, mname, NULL, &m);
        awgc_pop(S, 1);
        if (!ok)
            return false;
        mod = ((Module *)AS_OBJ(m))->dict;
    }
    String *name = awstr_intern_cstr(S, "_shutdown_asyncgens");
    Value fn = name && mod ? awdict_get_str(S, mod, name) : NULL_VAL;
    if (agens->len == 0 || IS_NULL(fn))
        return shutdown_step(S, l, "shutdown_asyncgens");
    awgc_push(S, OBJ_VAL(agens));
    Value coro, arg = OBJ_VAL(agens);
    Future *t = NULL;
    bool ok = awobj_call(S, fn, 1, &arg, NULL, &coro) &&
              (t = awtask_new(S, l, coro, NULL_VAL)) != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(t));
        ok = awloop_run_until(S, l, t);
        Value res;
        ok = ok && awfuture_result(S, t, &res);
        if (ok && IS_LIST(res)) {
            awgc_push(S, res);
            for (size_t i = 0; i < AS_LIST(res)->len && i < agens->len; i++)
                report_aclose(S, agens->items[i], AS_LIST(res)->items[i]);
            awgc_pop(S, 1);
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* The asyncio module's dict (sys.modules['asyncio']), or NULL. */
static Dict *asyncio_dict(AwState *S)
{
    String *name = awstr_intern_cstr(S, "asyncio");
    Value m = name && S->modules ? awdict_get_str(S, S->modules, name)
                                 : NULL_VAL;
    if (name == NULL)
        awerr_clear(S);
    return IS_KIND(m, OBJ_MODULE) ? ((Module *)AS_OBJ(m))->dict : NULL;
}

bool awloop_shutdown(AwState *S, Loop *l)
{
    return cancel_all(S, l) && shutdown_asyncgens(S, l, asyncio_dict(S)) &&
           shutdown_step(S, l, "shutdown_default_executor");
}

static bool run_coro(AwState *S, Loop *l, Value coro, Value *out)
{
    Future *main = awtask_new(S, l, coro, NULL_VAL);
    if (main == NULL)
        return false;
    awgc_push(S, OBJ_VAL(main));
    bool ok = awloop_run_until(S, l, main);
    if (!ok && S->halting) {
        /* a CPU limit stopped the script: no shutdown step can run */
        awtask_abandon_all(S, l);
        awgc_pop(S, 1);
        return false;
    }
    Value err = NULL_VAL;
    if (!ok) /* out of the loop itself: SystemExit, KeyboardInterrupt */
        err = awerr_fetch(S);
    awgc_push(S, err);
    ok = awloop_shutdown(S, l);
    if (ok && !IS_NULL(err))
        ok = awerr_raise(S, err);
    else if (ok)
        ok = awfuture_result(S, main, out);
    awgc_pop(S, 2);
    return ok;
}

/* asyncio.run's C half, shared with the embedding API's aw_run. */
bool awasyncio_run(AwState *S, Value coro, Value *out)
{
    if (S->loop != NULL)
        return awerr_format(S, EXC_RuntimeError,
                            "asyncio.run() cannot be called from a running "
                            "event loop");
    if (!awasyncio_iscoroutine(S, coro)) {
        Value r;
        if (!awobj_repr(S, coro, &r))
            return false;
        return awerr_format(S, EXC_ValueError,
                            "a coroutine was expected, got %s",
                            AS_STR(r)->data);
    }
    Loop *l = awloop_new(S);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    bool ok = awloop_enter(S, l);
    if (ok) {
        Loop *saved = S->event_loop;
        S->event_loop = l;
        ok = run_coro(S, l, coro, out);
        awloop_leave(S, l);
        l->closed = true;
        S->event_loop = saved;
        /* what the run left behind reports now, as CPython's refcounting
         * would have made it */
        awgc_push(S, ok ? *out : NULL_VAL);
        awgc_collect(S);
        awgc_pop(S, 1);
        awgc_run_finalizers(S, false);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool a_run(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    static const char *const kwlist[] = {NULL, "debug", NULL};
    Value a[2];
    return awarg_unpack(S, "run", argc, argv, kw, 1, 2, kwlist, a) &&
           awasyncio_run(S, a[0], out);
}

/* ------------------------------------------------------------------ */
/* Coroutines and tasks                                                */

static bool a_sleep(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    static const char *const kwlist[] = {"delay", "result", NULL};
    Value a[2];
    double d;
    if (!awarg_unpack(S, "sleep", argc, argv, kw, 1, 2, kwlist, a) ||
        !as_seconds(S, a[0], &d))
        return false;
    if (isnan(d))
        return awerr_format(S, EXC_ValueError, "Invalid delay: NaN (not a number)");
    NCoro *c = awsleep_new(S, d, IS_NULL(a[1]) ? NONE_VAL : a[1]);
    if (c == NULL)
        return false;
    *out = OBJ_VAL(c);
    return true;
}

static bool make_task(AwState *S, Loop *l, Value coro, Value name,
                      Value *out)
{
    if (!want_coroutine(S, coro))
        return false;
    if (!IS_NULL(name) && !IS_NONE(name) && !IS_STR(name)) {
        if (!awobj_str(S, name, &name))
            return false;
    }
    Future *t = awtask_new(S, l, coro, IS_NONE(name) ? NULL_VAL : name);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

static bool a_create_task(AwState *S, int argc, Value *argv, Tuple *kw,
                          Value *out)
{
    static const char *const kwlist[] = {NULL, "name", "context", NULL};
    Value a[3];
    if (!awarg_unpack(S, "create_task", argc, argv, kw, 1, 3, kwlist, a))
        return false;
    Loop *l = awloop_running(S, true);
    if (l == NULL)
        return false;
    /* CPython's asyncio.create_task makes the task with a default name,
     * then renames it: a name given here still uses up a Task-N number */
    if (!IS_NULL(a[1]) && !IS_NONE(a[1]))
        S->ntasks_made++;
    return make_task(S, l, a[0], a[1], out);
}

/* CPython's inspect.isawaitable for what is not a future or coroutine */
static bool has_await(AwState *S, Value v, bool *yes)
{
    String *name = awstr_intern_cstr(S, "__await__");
    if (name == NULL)
        return false;
    *yes = !IS_NULL(awtype_lookup(S, awobj_type(S, v), name));
    return true;
}

/* A task running asyncio._wrap_awaitable(v) (stdlib/asyncio.aw). */
static bool wrap_awaitable(AwState *S, Value v, Value *out)
{
    String *mname = awstr_intern_cstr(S, "asyncio");
    Value mod, fn, coro;
    if (mname == NULL || !awimport_module(S, mname, NULL, &mod))
        return false;
    awgc_push(S, mod);
    String *fname = awstr_intern_cstr(S, "_wrap_awaitable");
    bool ok = fname != NULL && awobj_getattr(S, mod, fname, &fn);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, fn);
    ok = awobj_call(S, fn, 1, &v, NULL, &coro);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, coro);
    ok = make_task(S, current_loop(S), coro, NULL_VAL, out);
    awgc_pop(S, 1);
    return ok;
}

static bool ensure_future(AwState *S, Value v, Value *out)
{
    if (IS_FUTURE(v)) {
        *out = v;
        return true;
    }
    if (awasyncio_iscoroutine(S, v))
        return make_task(S, current_loop(S), v, NULL_VAL, out);
    bool awaitable;
    if (!has_await(S, v, &awaitable))
        return false;
    if (awaitable)
        return wrap_awaitable(S, v, out);
    return awerr_format(S, EXC_TypeError,
                        "An asyncio.Future, a coroutine or an awaitable is "
                        "required");
}

static bool a_ensure_future(AwState *S, int argc, Value *argv, Tuple *kw,
                            Value *out)
{
    static const char *const kwlist[] = {NULL, "loop", NULL};
    Value a[2];
    return awarg_unpack(S, "ensure_future", argc, argv, kw, 1, 2, kwlist,
                        a) &&
           ensure_future(S, a[0], out);
}

static bool a_current_task(AwState *S, int argc, Value *argv, Tuple *kw,
                           Value *out)
{
    Loop *l = argc > 0 && IS_KIND(argv[0], OBJ_LOOP) ? (Loop *)AS_OBJ(argv[0])
                                                     : awloop_running(S, true);
    if (l == NULL)
        return false;
    *out = l->current ? OBJ_VAL(l->current) : NONE_VAL;
    return true;
}

static bool a_all_tasks(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    Loop *l = argc > 0 && IS_KIND(argv[0], OBJ_LOOP) ? (Loop *)AS_OBJ(argv[0])
                                                     : awloop_running(S, true);
    if (l == NULL)
        return false;
    Set *s = awset_new(S, false);
    if (s == NULL)
        return false;
    awgc_push(S, OBJ_VAL(s));
    bool ok = true;
    for (Future *t = l->tasks; ok && t != NULL; t = t->tnext)
        ok = awset_add(S, s, OBJ_VAL(t));
    awgc_pop(S, 1);
    *out = OBJ_VAL(s);
    return ok;
}

/* ------------------------------------------------------------------ */
/* gather                                                              */

static bool gather_collect(AwState *S, Future *outer)
{
    Tuple *ch = outer->children;
    List *res = awlist_new(S, ch->len);
    if (res == NULL)
        return false;
    awgc_push(S, OBJ_VAL(res));
    bool ok = true;
    for (size_t i = 0; ok && i < ch->len; i++) {
        Future *f = AS_FUTURE(ch->items[i]);
        Value v;
        if (f->state == FUT_CANCELLED) {
            Value msg = awfuture_cancel_msg(f);
            if (IS_NULL(msg) || IS_NONE(msg))
                msg = OBJ_VAL(NAME(S, empty));
            ok = awexc_make(S, EXC_TYPE(S, CancelledError), 1, &msg, &v);
        } else if (f->obj.flags & FUTF_EXC) {
            f->log_exc = false;
            v = f->result;
        } else {
            v = f->result;
        }
        ok = ok && awlist_append(S, res, v);
    }
    if (ok) {
        if (outer->cancel_requested) {
            Future *last = AS_FUTURE(ch->items[ch->len - 1]);
            ok = awfuture_cancelled_error(S, last) ||
                 awfuture_set_exception(S, outer, awerr_fetch(S));
        } else {
            ok = awfuture_set_result(S, outer, OBJ_VAL(res));
        }
    }
    awgc_pop(S, 1);
    return ok;
}

/* The done-callback of every child, bound to the outer future. */
static bool gather_done(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    Future *outer = AS_FUTURE(argv[0]);
    Future *f = AS_FUTURE(argv[1]);
    *out = NONE_VAL;
    outer->nfinished++;
    if (outer->state != FUT_PENDING) {
        f->log_exc = false;
        return true;
    }
    if (!outer->return_exceptions) {
        if (f->state == FUT_CANCELLED) {
            if (awfuture_cancelled_error(S, f))
                return true;
            return awfuture_set_exception(S, outer, awerr_fetch(S));
        }
        if (f->obj.flags & FUTF_EXC) {
            f->log_exc = false;
            return awfuture_set_exception(S, outer, f->result);
        }
    }
    if (outer->nfinished == outer->children->len &&
        !gather_collect(S, outer)) {
        /* out of memory: the gather fails with it, rather than wait
         * for ever */
        Value e = awerr_fetch(S);
        awgc_push(S, e);
        bool ok = outer->state != FUT_PENDING ||
                  awfuture_set_exception(S, outer, e);
        awgc_pop(S, 1);
        return ok;
    }
    return true;
}

static bool gather_into(AwState *S, Loop *l, int argc, Value *argv,
                        bool return_exc, Value *out);

static Future *gather_of(AwState *S, Loop *l, Tuple *aws, bool return_exc)
{
    Value out;
    if (!gather_into(S, l, (int)aws->len, aws->items, return_exc, &out))
        return NULL;
    return AS_FUTURE(out);
}

static bool a_gather(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    bool return_exc = false;
    if (kw != NULL) {
        for (size_t i = 0; i < kw->len; i++) {
            String *k = AS_STR(kw->items[i]);
            if (strcmp(k->data, "return_exceptions") != 0)
                return awerr_format(S, EXC_TypeError,
                                    "gather() got an unexpected keyword "
                                    "argument '%s'", k->data);
            return_exc = awobj_truthy(S, argv[argc + (int)i]) > 0;
        }
    }
    Loop *l = current_loop(S);
    if (l == NULL)
        return false;
    return gather_into(S, l, argc, argv, return_exc, out);
}

static bool has_callback(Future *f, Value cb)
{
    if (aw_value_is(f->cb0, cb))
        return true;
    for (size_t i = 0; f->callbacks && i < f->callbacks->len; i++)
        if (aw_value_is(f->callbacks->items[i], cb))
            return true;
    return false;
}

/* marks a coroutine argument while gather_into wraps its arguments */
#define GEN_IN_GATHER (1u << 15)

static bool gather_into(AwState *S, Loop *l, int argc, Value *argv,
                        bool return_exc, Value *out)
{
    Future *outer = awfuture_alloc(S, TYPE(S, GATHER_FUTURE), l, FUTF_GATHER);
    if (outer == NULL)
        return false;
    awgc_push(S, OBJ_VAL(outer));
    outer->return_exceptions = return_exc;
    Tuple *ch = awtuple_new(S, (size_t)argc);
    bool ok = ch != NULL;
    if (ok) {
        outer->children = ch;
        for (int i = 0; i < argc; i++)
            ch->items[i] = NONE_VAL;
    }
    CFunction *cb = ok ? awcfunc_new(S, "_done_callback", gather_done,
                                     MF_METHOD, OBJ_VAL(outer), NULL)
                       : NULL;
    ok = cb != NULL;
    if (ok)
        awgc_push(S, OBJ_VAL(cb));
    /* The same awaitable twice makes one child, as CPython's arg_to_fut.
     * No map: a coroutine already wrapped carries a mark, and a future
     * already seen has this gather's callback. */
    size_t nuniq = 0;
    for (int i = 0; ok && i < argc; i++) {
        Value a = argv[i], f = NULL_VAL;
        bool dup = IS_GEN(a) ? (AS_OBJ(a)->flags & GEN_IN_GATHER) != 0
                   : IS_FUTURE(a) && has_callback(AS_FUTURE(a), OBJ_VAL(cb));
        if (dup) {
            for (int j = 0; j < i; j++)
                if (aw_value_is(argv[j], a))
                    ch->items[i] = ch->items[j];
            continue;
        }
        ok = ensure_future(S, a, &f);
        if (ok) {
            ch->items[i] = f;
            nuniq++;
            if (IS_GEN(a))
                AS_OBJ(a)->flags |= GEN_IN_GATHER;
            ok = awfuture_add_callback(S, AS_FUTURE(f), OBJ_VAL(cb));
        }
    }
    for (int i = 0; i < argc; i++)
        if (IS_GEN(argv[i]))
            AS_OBJ(argv[i])->flags &= (uint16_t)~GEN_IN_GATHER;
    if (ok) {
        /* duplicates count once, as CPython's nfuts */
        outer->nfinished = (uint32_t)(argc - (int)nuniq);
        if (argc == 0)
            ok = awfuture_set_result(S, outer, OBJ_VAL(awlist_new(S, 0)));
    }
    if (cb)
        awgc_pop(S, 1);
    awgc_pop(S, 1);
    *out = OBJ_VAL(outer);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Predicates and loops                                                */

static bool a_iscoroutine(AwState *S, int argc, Value *argv, Tuple *kw,
                          Value *out)
{
    *out = BOOL_VAL(argc == 1 && awasyncio_iscoroutine(S, argv[0]));
    return true;
}

static bool a_iscoroutinefunction(AwState *S, int argc, Value *argv,
                                  Tuple *kw, Value *out)
{
    Value f = argc == 1 ? argv[0] : NONE_VAL;
    if (IS_KIND(f, OBJ_BOUND_METHOD))
        f = ((BoundMethod *)AS_OBJ(f))->func;
    *out = BOOL_VAL(IS_FUNCTION(f) &&
                    (AS_FUNCTION(f)->code->flags & CO_COROUTINE));
    return true;
}

static bool a_isfuture(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    *out = BOOL_VAL(argc == 1 && IS_FUTURE(argv[0]));
    return true;
}

static bool a_get_running_loop(AwState *S, int argc, Value *argv, Tuple *kw,
                               Value *out)
{
    Loop *l = awloop_running(S, true);
    if (l == NULL)
        return false;
    *out = OBJ_VAL(l);
    return true;
}

static bool a_get_event_loop(AwState *S, int argc, Value *argv, Tuple *kw,
                             Value *out)
{
    Loop *l = current_loop(S);
    if (l == NULL)
        return false;
    *out = OBJ_VAL(l);
    return true;
}

static bool a_new_event_loop(AwState *S, int argc, Value *argv, Tuple *kw,
                             Value *out)
{
    Loop *l = awloop_new(S);
    if (l == NULL)
        return false;
    *out = OBJ_VAL(l);
    return true;
}

static bool a_set_event_loop(AwState *S, int argc, Value *argv, Tuple *kw,
                             Value *out)
{
    if (argc != 1 || !(IS_NONE(argv[0]) || IS_KIND(argv[0], OBJ_LOOP)))
        return awerr_format(S, EXC_TypeError,
                            "loop must be an instance of AbstractEventLoop "
                            "or None");
    S->event_loop = IS_NONE(argv[0]) ? NULL : (Loop *)AS_OBJ(argv[0]);
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* dump_tasks: who waits on whom                                       */

/* Writes what b holds where print() would: sys.stdout, or the host's
 * output when sys.stdout is the original stream. */
static void dump_put(AwState *S, StrBuf *b)
{
    Value file;
    if (b->failed || !awsys_stdout(S, &file)) {
        awerr_clear(S);
    } else if (IS_NULL(file)) {
        S->write_out(S->write_ud, b->data, b->len);
    } else {
        awgc_push(S, file);
        String *text = awstr_new(S, b->data, b->len);
        String *name = text ? awstr_intern_cstr(S, "write") : NULL;
        Value meth, res;
        if (text)
            awgc_push(S, OBJ_VAL(text));
        if (!name || !awobj_getattr(S, file, name, &meth) ||
            !awobj_call(S, meth, 1, (Value[]){OBJ_VAL(text)}, NULL, &res))
            awerr_clear(S);
        awgc_pop(S, text ? 2 : 1);
    }
    b->len = 0;
}

/* "main() at x.aw:9" (the innermost frame of its await chain) */
static void where(AwState *S, StrBuf *b, Value coro)
{
    if (!IS_GEN(coro)) {
        if (!awbuf_repr(b, coro))
            awerr_clear(S);
        return;
    }
    Generator *g = AS_GEN(coro);
    awbuf_printf(b, "%s()", g->qualname->data);
    if (g->state == GEN_CLOSED || g->state == GEN_CREATED) {
        awbuf_puts(b, g->state == GEN_CLOSED ? " done" : " not started");
        return;
    }
    Frame *f = g->innermost ? g->innermost : GEN_FRAME(g);
    awbuf_printf(b, " suspended in %s() at %s:%d", f->code->qualname->data,
                 f->code->filename->data, awcode_line(f->code, awframe_pc(f)));
}

static void dump_task(AwState *S, StrBuf *b, Future *t, int depth);

/* What t awaits: tasks become subtrees, anything else one line. */
static void dump_waiter(AwState *S, StrBuf *b, Value w, int depth)
{
    if (IS_TASK(w)) {
        dump_task(S, b, AS_FUTURE(w), depth);
        return;
    }
    for (int i = 0; i < depth; i++)
        awbuf_puts(b, "    ");
    awbuf_puts(b, "awaits ");
    if (!awtask_waiter_repr(S, w, b))
        awerr_clear(S);
    awbuf_puts(b, "\n");
    dump_put(S, b);
    if (IS_GATHER(w)) {
        Tuple *ch = AS_FUTURE(w)->children;
        for (size_t i = 0; i < ch->len; i++)
            if (IS_TASK(ch->items[i]))
                dump_task(S, b, AS_FUTURE(ch->items[i]), depth + 1);
    }
}

static void dump_task(AwState *S, StrBuf *b, Future *t, int depth)
{
    if (depth > 32)
        return;
    for (int i = 0; i < depth; i++)
        awbuf_puts(b, "    ");
    Value name;
    if (t->name == NULL)
        awbuf_printf(b, "Task-%llu", (unsigned long long)t->id);
    else if (awobj_str(S, OBJ_VAL(t->name), &name))
        awbuf_puts(b, AS_STR(name)->data);
    static const char *const states[] = {"pending", "cancelled", "finished"};
    awbuf_printf(b, " (%s%s): ", states[t->state],
                 t->loop && t->loop->current == t ? ", running" : "");
    where(S, b, OBJ_VAL(t->coro));
    awbuf_puts(b, "\n");
    dump_put(S, b);
    if (t->waiter != NULL)
        dump_waiter(S, b, OBJ_VAL(t->waiter), depth + 1);
}

/* Is t awaited by another pending task (so printed under it)? */
static bool awaited(Loop *l, Future *t)
{
    for (Future *o = l->tasks; o != NULL; o = o->tnext) {
        if (o->waiter == &t->obj)
            return true;
        if (IS_GATHER(awtask_waiter(o))) {
            Tuple *ch = ((Future *)o->waiter)->children;
            for (size_t i = 0; i < ch->len; i++)
                if (aw_value_is(ch->items[i], OBJ_VAL(t)))
                    return true;
        }
    }
    return false;
}

static bool a_dump_tasks(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    Loop *l = awloop_running(S, true);
    if (l == NULL)
        return false;
    size_t n = 0;
    for (Future *t = l->tasks; t != NULL; t = t->tnext)
        n++;
    Tuple *all = awtuple_new(S, n);
    if (all == NULL)
        return false;
    awgc_push(S, OBJ_VAL(all));
    size_t i = n;
    for (Future *t = l->tasks; t != NULL; t = t->tnext)
        all->items[--i] = OBJ_VAL(t); /* creation order */
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "%zu pending task%s\n", n, n == 1 ? "" : "s");
    dump_put(S, &b);
    for (i = 0; i < n; i++)
        if (!awaited(l, AS_FUTURE(all->items[i])))
            dump_task(S, &b, AS_FUTURE(all->items[i]), 0);
    awbuf_free(&b);
    awgc_pop(S, 1);
    *out = NONE_VAL;
    return true;
}

static bool a_print_exception(AwState *S, int argc, Value *argv, Tuple *kw,
                              Value *out);

static const MethodDef asyncio_funcs[] = {
    {"dump_tasks", a_dump_tasks, MF_STATIC},
    {"_print_exception", a_print_exception, MF_STATIC},
    {"run", a_run, MF_STATIC},
    {"sleep", a_sleep, MF_STATIC},
    {"create_task", a_create_task, MF_STATIC},
    {"ensure_future", a_ensure_future, MF_STATIC},
    {"gather", a_gather, MF_STATIC},
    {"current_task", a_current_task, MF_STATIC},
    {"all_tasks", a_all_tasks, MF_STATIC},
    {"iscoroutine", a_iscoroutine, MF_STATIC},
    {"iscoroutinefunction", a_iscoroutinefunction, MF_STATIC},
    {"isfuture", a_isfuture, MF_STATIC},
    {"get_running_loop", a_get_running_loop, MF_STATIC},
    {"get_event_loop", a_get_event_loop, MF_STATIC},
    {"new_event_loop", a_new_event_loop, MF_STATIC},
    {"set_event_loop", a_set_event_loop, MF_STATIC},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* The loop object                                                     */

#define LOOP ((Loop *)AS_OBJ(argv[0]))

static bool l_time(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = FLOAT_VAL(awclock_monotonic(S));
    return true;
}

/* call_soon(callback, *args, context=None) and its kin: only context
 * may be passed by keyword; a closed loop takes nothing. */
static bool check_schedule(AwState *S, Loop *l, Tuple *kw, const char *name)
{
    for (size_t i = 0; kw != NULL && i < kw->len; i++) {
        const char *k = AS_STR(kw->items[i])->data;
        if (strcmp(k, "context") != 0)
            return awerr_format(S, EXC_TypeError,
                                "BaseEventLoop.%s() got an unexpected "
                                "keyword argument '%s'", name, k);
    }
    if (l->closed)
        return awerr_format(S, EXC_RuntimeError, "Event loop is closed");
    return true;
}

static bool schedule(AwState *S, int argc, Value *argv, int timer,
                     double when, const char *name, Value *out)
{
    if (argc < 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() missing required argument 'callback'",
                            name);
    if (!awbuiltins_callable(S, argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "a callable object was expected by %s(), got %s",
                            name, awobj_typename(S, argv[0]));
    Tuple *args = NULL;
    if (argc > 1) {
        args = awtuple_new(S, (size_t)argc - 1);
        if (args == NULL)
            return false;
        memcpy(args->items, argv + 1, (size_t)(argc - 1) * sizeof(Value));
    }
    awgc_push(S, OBJ_VAL(args));
    Handle *h = awloop_call(S, (Loop *)AS_OBJ(argv[-1]), argv[0], args, timer,
                            when);
    awgc_pop(S, 1);
    if (h == NULL)
        return false;
    *out = OBJ_VAL(h);
    return true;
}

static bool l_call_soon(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    if (!check_schedule(S, LOOP, kw, "call_soon"))
        return false;
    return schedule(S, argc - 1, argv + 1, AWTIMER_NONE, 0, "call_soon", out);
}

static bool l_call_later(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    double d;
    if (!check_schedule(S, LOOP, kw, "call_later"))
        return false;
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "call_later() missing required argument 'delay'");
    if (!as_seconds(S, argv[1], &d))
        return false;
    argv[1] = argv[0]; /* loop just before the callback */
    return schedule(S, argc - 2, argv + 2, AWTIMER_FIFO, awclock_monotonic(S) + d,
                    "call_later", out);
}

static bool l_call_at(AwState *S, int argc, Value *argv, Tuple *kw,
                      Value *out)
{
    double when;
    if (!check_schedule(S, LOOP, kw, "call_at"))
        return false;
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "call_at() missing required argument 'when'");
    if (!as_seconds(S, argv[1], &when))
        return false;
    argv[1] = argv[0];
    return schedule(S, argc - 2, argv + 2, AWTIMER_AT, when, "call_at", out);
}

static bool l_create_task(AwState *S, int argc, Value *argv, Tuple *kw,
                          Value *out)
{
    static const char *const kwlist[] = {NULL, "name", "context", NULL};
    Value a[3];
    if (!awarg_unpack(S, "create_task", argc - 1, argv + 1, kw, 1, 3, kwlist,
                      a))
        return false;
    if (LOOP->closed)
        return awerr_format(S, EXC_RuntimeError, "Event loop is closed");
    return make_task(S, LOOP, a[0], a[1], out);
}

static bool l_create_future(AwState *S, int argc, Value *argv, Tuple *kw,
                            Value *out)
{
    Future *f = awfuture_new(S, LOOP);
    if (f == NULL)
        return false;
    *out = OBJ_VAL(f);
    return true;
}

static bool l_run_until_complete(AwState *S, int argc, Value *argv,
                                 Tuple *kw, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "run_until_complete() takes exactly one argument");
    Loop *l = LOOP;
    if (!can_run(S, l))
        return false;
    Value f;
    if (IS_FUTURE(argv[1]))
        f = argv[1];
    else if (awasyncio_iscoroutine(S, argv[1])) {
        if (!make_task(S, l, argv[1], NULL_VAL, &f))
            return false;
    } else {
        return awerr_format(S, EXC_TypeError,
                            "An asyncio.Future, a coroutine or an awaitable "
                            "is required");
    }
    awgc_push(S, f);
    bool ok = awloop_enter(S, l);
    if (ok) {
        ok = awloop_run_until(S, l, AS_FUTURE(f));
        awloop_leave(S, l);
        if (ok && AS_FUTURE(f)->state == FUT_PENDING)
            ok = awerr_format(S, EXC_RuntimeError,
                              "Event loop stopped before Future completed.");
        ok = ok && awfuture_result(S, AS_FUTURE(f), out);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool l_run_forever(AwState *S, int argc, Value *argv, Tuple *kw,
                          Value *out)
{
    Loop *l = LOOP;
    if (!awloop_enter(S, l))
        return false;
    bool ok = true;
    /* as CPython's: one round, then stop if stop() was called (even
     * before run_forever) */
    while (ok) {
        bool idle = l->rlen == 0 && l->ntimers == 0;
        if (idle && l->stopping)
            break;
        if (idle && !awloop_outside_work(S, l)) {
            ok = awerr_format(S, EXC_RuntimeError,
                              "deadlock: run_forever() has no task, callback "
                              "or timer left to run and nothing can call "
                              "stop()");
            break;
        }
        ok = awloop_run_once(S, l);
        if (l->stopping)
            break;
    }
    l->stopping = false;
    awloop_leave(S, l);
    *out = NONE_VAL;
    return ok;
}

static bool l_stop(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    LOOP->stopping = true;
    *out = NONE_VAL;
    return true;
}

static bool l_close(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Loop *l = LOOP;
    if (l->running)
        return awerr_format(S, EXC_RuntimeError,
                            "Cannot close a running event loop");
    l->closed = true;
    l->rlen = 0;
    l->ntimers = 0;
    *out = NONE_VAL;
    return true;
}

static bool l_is_running(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    *out = BOOL_VAL(LOOP->running);
    return true;
}

static bool l_is_closed(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    *out = BOOL_VAL(LOOP->closed);
    return true;
}

static bool l_get_debug(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    *out = FALSE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* Exception handlers: the C methods hand the work to asyncio.aw's
 * _call_exception_handler and _default_exception_handler, which follow
 * base_events.py (logging's output, without a logger). */

/* asyncio.<name>(args...) of stdlib/asyncio.aw. */
static bool call_asyncio(AwState *S, const char *name, int argc, Value *argv,
                         Value *out)
{
    String *mname = awstr_intern_cstr(S, "asyncio");
    Value mod, fn;
    if (mname == NULL || !awimport_module(S, mname, NULL, &mod))
        return false;
    awgc_push(S, mod);
    String *fname = awstr_intern_cstr(S, name);
    bool ok = fname != NULL && awobj_getattr(S, mod, fname, &fn);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, fn);
    ok = awobj_call(S, fn, argc, argv, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

/* A loop method of one argument, param (argc counts self), with
 * CPython's messages for the Python methods of BaseEventLoop. */
static bool one_arg(AwState *S, const char *name, const char *param,
                    int argc)
{
    if (argc == 2)
        return true;
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "BaseEventLoop.%s() missing 1 required "
                            "positional argument: '%s'",
                            name, param);
    return awerr_format(S, EXC_TypeError,
                        "BaseEventLoop.%s() takes 2 positional arguments "
                        "but %d were given",
                        name, argc);
}

static bool l_set_exception_handler(AwState *S, int argc, Value *argv,
                                    Tuple *kw, Value *out)
{
    if (!one_arg(S, "set_exception_handler", "handler", argc))
        return false;
    Value h = argv[1];
    if (!IS_NONE(h) && !awbuiltins_callable(S, h)) {
        Value r;
        if (!awobj_repr(S, h, &r))
            return false;
        return awerr_format(S, EXC_TypeError,
                            "A callable object or None is expected, got %s",
                            AS_STR(r)->data);
    }
    ((Loop *)AS_OBJ(argv[0]))->exc_handler = IS_NONE(h) ? NULL_VAL : h;
    *out = NONE_VAL;
    return true;
}

static bool l_get_exception_handler(AwState *S, int argc, Value *argv,
                                    Tuple *kw, Value *out)
{
    Value h = ((Loop *)AS_OBJ(argv[0]))->exc_handler;
    *out = IS_NULL(h) ? NONE_VAL : h;
    return true;
}

static bool l_call_exception_handler(AwState *S, int argc, Value *argv,
                                     Tuple *kw, Value *out)
{
    if (!one_arg(S, "call_exception_handler", "context", argc))
        return false;
    return call_asyncio(S, "_call_exception_handler", 2, argv, out);
}

static bool l_default_exception_handler(AwState *S, int argc, Value *argv,
                                        Tuple *kw, Value *out)
{
    if (!one_arg(S, "default_exception_handler", "context", argc))
        return false;
    return call_asyncio(S, "_default_exception_handler", 1, argv + 1, out);
}

bool awloop_call_handler(AwState *S, Loop *l, Value context)
{
    Value argv[2] = {OBJ_VAL(l), context}, out;
    return call_asyncio(S, "_call_exception_handler", 2, argv, &out);
}

/* asyncio._print_exception(exc): the traceback an uncaught exception
 * shows, on stderr (for the default handler). */
static bool a_print_exception(AwState *S, int argc, Value *argv, Tuple *kw,
                              Value *out)
{
    if (argc != 1 || !IS_EXCEPTION(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "_print_exception() takes one exception");
    awexc_print(S, argv[0]);
    *out = NONE_VAL;
    return true;
}

static const MethodDef loop_methods[] = {
    {"set_exception_handler", l_set_exception_handler, MF_METHOD},
    {"get_exception_handler", l_get_exception_handler, MF_METHOD},
    {"call_exception_handler", l_call_exception_handler, MF_METHOD},
    {"default_exception_handler", l_default_exception_handler, MF_METHOD},
    {"time", l_time, MF_METHOD},
    {"call_soon", l_call_soon, MF_METHOD},
    {"call_later", l_call_later, MF_METHOD},
    {"call_at", l_call_at, MF_METHOD},
    {"create_task", l_create_task, MF_METHOD},
    {"create_future", l_create_future, MF_METHOD},
    {"run_until_complete", l_run_until_complete, MF_METHOD},
    {"run_forever", l_run_forever, MF_METHOD},
    {"stop", l_stop, MF_METHOD},
    {"close", l_close, MF_METHOD},
    {"is_running", l_is_running, MF_METHOD},
    {"is_closed", l_is_closed, MF_METHOD},
    {"get_debug", l_get_debug, MF_METHOD},
    {NULL, NULL, 0},
};

static bool loop_repr(AwState *S, Value self, Value *out)
{
    Loop *l = (Loop *)AS_OBJ(self);
    String *s = awstr_printf(S,
                             "<_UnixSelectorEventLoop running=%s closed=%s "
                             "debug=False>",
                             l->running ? "True" : "False",
                             l->closed ? "True" : "False");
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

/* asyncio.Future(): a future of the current loop. */
static bool future_new(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kw, Value *out)
{
    Future *f = awfuture_alloc(S, t, current_loop(S), 0);
    if (f == NULL)
        return false;
    *out = OBJ_VAL(f);
    return true;
}

static bool gather_cancel(AwState *S, int argc, Value *argv, Tuple *kw,
                          Value *out)
{
    Future *outer = AS_FUTURE(argv[0]);
    Value msg = argc > 1 ? argv[1] : NONE_VAL;
    if (kw != NULL && kw->len == 1)
        msg = argv[argc];
    bool any;
    if (!awfuture_cancel_any(S, outer, msg, &any))
        return false;
    *out = BOOL_VAL(any);
    return true;
}

static const MethodDef gather_methods[] = {
    {"cancel", gather_cancel, MF_METHOD},
    {NULL, NULL, 0},
};

bool awloop_type_init(AwState *S)
{
    Type *l = TYPE(S, LOOP);
    l->repr = loop_repr;
    l->new_ = NULL;
    TYPE(S, FUTURE)->new_ = future_new;
    Type *g = awtype_new_builtin(S, TY_GATHER_FUTURE, "_GatheringFuture",
                                 TYPE(S, FUTURE), OBJ_FUTURE, sizeof(Future));
    if (g == NULL)
        return false;
    g->new_ = NULL;
    return awtype_add_methods(S, l, loop_methods) &&
           awtype_add_methods(S, g, gather_methods);
}

extern const char awasyncio_source[];

/* Runs stdlib/asyncio.aw in the module: wait_for, wait, shield,
 * as_completed... as CPython writes them, over the C core above. */
static bool exec_prelude(AwState *S, Module *m)
{
    Code *code = awcomp_compile(S, awasyncio_source, strlen(awasyncio_source),
                                "<asyncio>", PARSE_FILE);
    if (code == NULL)
        return false;
    awgc_push(S, OBJ_VAL(code));
    Value r;
    bool ok = awvm_run(S, code, m->dict, &r);
    awgc_pop(S, 1);
    return ok;
}

bool awmod_asyncio_init(AwState *S, Module *m)
{
    if (!awmodule_add_funcs(S, m, asyncio_funcs))
        return false;
    String *mod = awstr_intern_cstr(S, "asyncio.exceptions");
    if (mod == NULL)
        return false;
    EXC_TYPE(S, CancelledError)->module = mod;
    EXC_TYPE(S, InvalidStateError)->module = mod;
    String *fmod = awstr_intern_cstr(S, "_asyncio");
    if (fmod == NULL)
        return false;
    TYPE(S, FUTURE)->module = fmod;
    TYPE(S, TASK)->module = fmod;
    String *emod = awstr_intern_cstr(S, "asyncio.events");
    if (emod == NULL)
        return false;
    TYPE(S, HANDLE)->module = emod;
    TYPE(S, TIMER_HANDLE)->module = emod;
    return awmodule_set(S, m, "Future", OBJ_VAL(TYPE(S, FUTURE))) &&
           awmodule_set(S, m, "Task", OBJ_VAL(TYPE(S, TASK))) &&
           awmodule_set(S, m, "Handle", OBJ_VAL(TYPE(S, HANDLE))) &&
           awmodule_set(S, m, "TimerHandle",
                        OBJ_VAL(TYPE(S, TIMER_HANDLE))) &&
           awmodule_set(S, m, "AbstractEventLoop", OBJ_VAL(TYPE(S, LOOP))) &&
           awmodule_set(S, m, "CancelledError",
                        OBJ_VAL(EXC_TYPE(S, CancelledError))) &&
           awmodule_set(S, m, "InvalidStateError",
                        OBJ_VAL(EXC_TYPE(S, InvalidStateError))) &&
           awmodule_set(S, m, "TimeoutError",
                        OBJ_VAL(EXC_TYPE(S, TimeoutError))) &&
           awqueue_init(S, m) && exec_prelude(S, m);
}
