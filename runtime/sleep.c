/* asyncio.sleep as a native coroutine (OBJ_NCORO): a small state machine
 * in C instead of an aw frame, so that a sleeping task costs a timer and
 * this object (runtime/loop.h says how it stands in for CPython's sleep
 * future). It behaves as CPython's sleep coroutine: the timer starts when
 * it is first awaited, sleep(0) (or less) yields once with a bare yield,
 * and cancelling it cancels its timer. */
#include "runtime/loop.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"

NCoro *awsleep_new(AwState *S, double delay, Value result)
{
    NCoro *c = awgc_alloc(S, TYPE(S, NCORO), OBJ_NCORO, sizeof(NCoro));
    if (c == NULL)
        return NULL;
    c->delay = delay;
    c->result = result;
    c->kind = NC_SLEEP;
    return c;
}

const char *awncoro_name(const NCoro *c)
{
    switch (c->kind) {
    case NC_SLEEP: return "sleep";
    case NC_NOOP: return c->noop_name;
    case NC_QPUT: return "Queue.put";
    case NC_QGET: return "Queue.get";
    default: return "Queue.join";
    }
}

NCoro *awncoro_noop(AwState *S, const char *name)
{
    NCoro *c = awsleep_new(S, 0, NONE_VAL);
    if (c != NULL) {
        c->kind = NC_NOOP;
        c->noop_name = name;
    }
    return c;
}

/* An interrupted sleep lets go of its task; its timer, finding it no
 * longer waiting, does nothing. */
static void stop_timer(NCoro *c)
{
    c->target = NULL;
}

bool awsleep_fire(AwState *S, NCoro *c)
{
    if (c->state != NC_WAITING)
        return true;
    c->state = NC_FIRED;
    Obj *t = c->target;
    if (t == NULL) /* awaited outside a task: nobody to wake */
        return true;
    return awloop_call_soon(S, ((Future *)t)->loop, OBJ_VAL(t), OBJ_VAL(c));
}

bool awsleep_cancel(AwState *S, NCoro *c, Value msg, bool *done)
{
    *done = false;
    if (c->state != NC_WAITING)
        return true;
    c->state = NC_CANCELLED;
    c->result = IS_NULL(msg) ? NONE_VAL : msg;
    *done = true;
    Obj *t = c->target;
    if (t == NULL)
        return true;
    return awloop_call_soon(S, ((Future *)t)->loop, OBJ_VAL(t), OBJ_VAL(c));
}

bool awsleep_cancelled_error(AwState *S, NCoro *c)
{
    if (c->state != NC_CANCELLED)
        return false;
    if (IS_NONE(c->result))
        (void)awerr_noargs(S, EXC_CancelledError);
    else
        (void)awerr_value_arg(S, EXC_CancelledError, c->result);
    return true;
}

void awsleep_waiter_repr(NCoro *c, StrBuf *b)
{
    if (c->state == NC_CANCELLED)
        awbuf_puts(b, "<Future cancelled>");
    else if (c->state == NC_FIRED)
        awbuf_puts(b, "<Future finished result=None>");
    else
        awbuf_puts(b, "<Future pending cb=[Task.task_wakeup()]>");
}

int awncoro_step(AwState *S, NCoro *c, Value exc, Value *out)
{
    if (c->kind >= NC_QPUT && c->state != NC_CLOSED)
        return awqueue_step(S, c, exc, out);
    if (!IS_NULL(exc)) {
        S->exc = exc;
        stop_timer(c);
        c->state = NC_CLOSED;
        return -1;
    }
    switch (c->state) {
    case NC_CREATED: {
        if (c->kind == NC_NOOP) {
            c->state = NC_CLOSED;
            *out = NONE_VAL;
            return 0;
        }
        if (c->delay <= 0) {
            c->state = NC_YIELDED;
            *out = NONE_VAL;
            return 1;
        }
        Loop *l = awloop_running(S, true);
        if (l == NULL)
            return -1;
        double when = awclock_monotonic(S) + c->delay;
        if (!awloop_timer_sleep(S, l, c, when))
            return -1;
        c->state = NC_WAITING;
        *out = OBJ_VAL(c); /* to the task, which waits on it */
        return 1;
    }
    case NC_WAITING: /* woken early: wait on */
        *out = OBJ_VAL(c);
        return 1;
    case NC_FIRED:
        stop_timer(c);
        c->state = NC_CLOSED;
        *out = c->result;
        return 0;
    case NC_CANCELLED:
        stop_timer(c);
        c->state = NC_CLOSED;
        return awsleep_cancelled_error(S, c) ? -1 : -1;
    case NC_YIELDED:
        c->state = NC_CLOSED;
        *out = c->result;
        return 0;
    default:
        awerr_format(S, EXC_RuntimeError,
                     "cannot reuse already awaited coroutine");
        return -1;
    }
}

static int nc_next(AwState *S, Value self, Value *out)
{
    int r = awncoro_step(S, (NCoro *)AS_OBJ(self), NULL_VAL, out);
    if (r == 0 && !IS_NONE(*out)) {
        awerr_value_arg(S, EXC_StopIteration, *out);
        return -1;
    }
    return r;
}

static bool m_send(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    int r = awncoro_step(S, (NCoro *)AS_OBJ(argv[0]), NULL_VAL, out);
    if (r == 0)
        return IS_NONE(*out) ? awerr_noargs(S, EXC_StopIteration)
                             : awerr_value_arg(S, EXC_StopIteration, *out);
    return r > 0;
}

static bool m_throw(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "throw expected at least 1 argument, got 0");
    (void)awerr_raise(S, argv[1]);
    Value exc = awerr_fetch(S);
    awgc_push(S, exc);
    int r = awncoro_step(S, (NCoro *)AS_OBJ(argv[0]), exc, out);
    awgc_pop(S, 1);
    return r > 0;
}

static bool m_close(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    NCoro *c = (NCoro *)AS_OBJ(argv[0]);
    stop_timer(c);
    c->state = NC_CLOSED;
    *out = NONE_VAL;
    return true;
}

/* __await__(): an iterator over the coroutine (a coroutine itself is
 * not iterable), so that `yield from sleep(0).__await__()` works. */
static bool m_await(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Iterator *it = awgc_alloc(S, TYPE(S, NCORO_WRAPPER), OBJ_ITERATOR,
                              sizeof(Iterator));
    if (it == NULL)
        return false;
    it->src = argv[0];
    it->aux = NULL_VAL;
    *out = OBJ_VAL(it);
    return true;
}

/* The wrapper forwards next, send, throw and close to its coroutine. */
static int w_next(AwState *S, Value self, Value *out)
{
    return nc_next(S, ((Iterator *)AS_OBJ(self))->src, out);
}

#define UNWRAP(argv) (argv[0] = ((Iterator *)AS_OBJ(argv[0]))->src)

static bool w_send(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    UNWRAP(argv);
    return m_send(S, argc, argv, kw, out);
}

static bool w_throw(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    UNWRAP(argv);
    return m_throw(S, argc, argv, kw, out);
}

static bool w_close(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    UNWRAP(argv);
    return m_close(S, argc, argv, kw, out);
}

static const MethodDef wrapper_methods[] = {
    {"send", w_send, MF_METHOD},
    {"throw", w_throw, MF_METHOD},
    {"close", w_close, MF_METHOD},
    {NULL, NULL, 0},
};

static bool nc_repr(AwState *S, Value self, Value *out)
{
    NCoro *c = (NCoro *)AS_OBJ(self);
    String *s = awstr_printf(S, "<coroutine object %s at %p>", awncoro_name(c),
                             (void *)c);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static const MethodDef nc_methods[] = {
    {"send", m_send, MF_METHOD},
    {"throw", m_throw, MF_METHOD},
    {"close", m_close, MF_METHOD},
    {"__await__", m_await, MF_METHOD},
    {NULL, NULL, 0},
};

void awncoro_trace(AwState *S, NCoro *c)
{
    awgc_mark_value(S, c->result);
    if (c->kind >= NC_QPUT)
        awgc_mark_obj(S, (Obj *)c->fut);
    awgc_mark_obj(S, c->target);
}

bool awsleep_init(AwState *S)
{
    Type *t = awtype_new_builtin(S, TY_NCORO, "coroutine", TYPE(S, OBJECT),
                                 OBJ_NCORO, sizeof(NCoro));
    if (t == NULL)
        return false;
    t->repr = nc_repr;
    t->next = nc_next;
    t->new_ = NULL;
    Type *w = awtype_new_builtin(S, TY_NCORO_WRAPPER, "coroutine_wrapper",
                                 TYPE(S, OBJECT), OBJ_ITERATOR,
                                 sizeof(Iterator));
    if (w == NULL)
        return false;
    w->iter = awcont_iter_self;
    w->next = w_next;
    w->new_ = NULL;
    return awtype_add_methods(S, t, nc_methods) &&
           awtype_add_methods(S, w, wrapper_methods);
}
