/* asyncio.Queue, LifoQueue and PriorityQueue in C. put(), get() and
 * join() return native coroutines (NCoro) whose steps follow CPython
 * 3.11's Queue: while full (empty), append a fresh waiter future at the
 * tail and wait; a woken waiter that finds the queue full (empty) again
 * waits again at the tail; put_nowait/get_nowait wake the first waiter
 * of the other side not yet woken (ASYNCIO.md 9.1). */
#include <string.h>

#include "runtime/loop.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"

#define AS_QUEUE(v) ((AQueue *)AS_OBJ(v))

static bool full(AQueue *q)
{
    return q->maxsize > 0 && (int64_t)q->len >= q->maxsize;
}

/* ------------------------------------------------------------------ */
/* Items: a ring buffer; LIFO pops the tail; PRIORITY keeps a heap in
 * items[0..len) with heapq's algorithm (head stays 0).                */

static bool grow(AwState *S, AQueue *q)
{
    size_t ncap = q->cap ? q->cap * 2 : 8;
    Value *n = awmem_alloc(S, ncap * sizeof *n);
    if (n == NULL)
        return awerr_nomem(S);
    for (size_t i = 0; i < q->len; i++)
        n[i] = q->items[(q->head + i) % q->cap];
    awmem_free(S, q->items, q->cap * sizeof *q->items);
    q->items = n;
    q->cap = ncap;
    q->head = 0;
    return true;
}

/* heapq's comparisons call __lt__: they may raise (-1) */
static int lt(AwState *S, Value a, Value b)
{
    Value r;
    if (!awobj_richcmp(S, a, b, CMP_LT, &r))
        return -1;
    return awobj_truthy(S, r);
}

static bool heap_push(AwState *S, AQueue *q, Value item)
{
    size_t pos = q->len++;
    q->items[pos] = item;
    while (pos > 0) {
        size_t parent = (pos - 1) >> 1;
        int r = lt(S, item, q->items[parent]);
        if (r < 0)
            return false;
        if (!r)
            break;
        q->items[pos] = q->items[parent];
        pos = parent;
    }
    q->items[pos] = item;
    return true;
}

static bool heap_pop(AwState *S, AQueue *q, Value *out)
{
    Value last = q->items[--q->len];
    if (q->len == 0) {
        *out = last;
        return true;
    }
    *out = q->items[0];
    size_t n = q->len, pos = 0, child = 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n) {
            int r = lt(S, q->items[child], q->items[right]);
            if (r < 0)
                return false;
            if (!r)
                child = right;
        }
        q->items[pos] = q->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    q->items[pos] = last;
    while (pos > 0) {
        size_t parent = (pos - 1) >> 1;
        int r = lt(S, last, q->items[parent]);
        if (r < 0)
            return false;
        if (!r)
            break;
        q->items[pos] = q->items[parent];
        pos = parent;
    }
    q->items[pos] = last;
    return true;
}

static bool add_item(AwState *S, AQueue *q, Value item)
{
    if (q->len == q->cap && !grow(S, q))
        return false;
    if (q->order == AQ_PRIORITY)
        return heap_push(S, q, item);
    q->items[(q->head + q->len) % q->cap] = item;
    q->len++;
    return true;
}

static bool take_item(AwState *S, AQueue *q, Value *out)
{
    if (q->order == AQ_PRIORITY)
        return heap_pop(S, q, out);
    if (q->order == AQ_LIFO) {
        *out = q->items[(q->head + --q->len) % q->cap];
        return true;
    }
    *out = q->items[q->head];
    q->head = (q->head + 1) % q->cap;
    q->len--;
    return true;
}

/* ------------------------------------------------------------------ */
/* Waiters                                                             */

static bool wake_first(AwState *S, List *w)
{
    while (w != NULL && w->len > 0) {
        Value f = w->items[0];
        memmove(w->items, w->items + 1, (w->len - 1) * sizeof(Value));
        w->len--;
        if (AS_FUTURE(f)->state == FUT_PENDING)
            return awfuture_set_result(S, AS_FUTURE(f), NONE_VAL);
    }
    return true;
}

static void remove_waiter(List *w, Future *f)
{
    for (size_t i = 0; w && i < w->len; i++)
        if (AS_OBJ(w->items[i]) == &f->obj) {
            memmove(w->items + i, w->items + i + 1,
                    (w->len - i - 1) * sizeof(Value));
            w->len--;
            return;
        }
}

static bool qerror(AwState *S, int id)
{
    return awerr_noargs(S, id);
}

static bool put_nowait(AwState *S, AQueue *q, Value item)
{
    if (full(q))
        return qerror(S, EXC_QueueFull);
    if (!add_item(S, q, item))
        return false;
    q->unfinished++;
    return wake_first(S, q->getters);
}

static bool get_nowait(AwState *S, AQueue *q, Value *out)
{
    if (q->len == 0)
        return qerror(S, EXC_QueueEmpty);
    if (!take_item(S, q, out))
        return false;
    awgc_push(S, *out);
    bool ok = wake_first(S, q->putters);
    awgc_pop(S, 1);
    return ok;
}

/* Appends a fresh waiter future to *list and yields it. */
static int wait_on(AwState *S, NCoro *c, List **list, Value *out)
{
    if (*list == NULL && (*list = awlist_new(S, 1)) == NULL)
        return -1;
    Loop *l = awloop_running(S, true);
    Future *f = l ? awfuture_new(S, l) : NULL;
    if (f == NULL || !awlist_append(S, *list, OBJ_VAL(f)))
        return -1;
    c->fut = f;
    c->state = NC_WAITING;
    f->blocking = true;
    *out = OBJ_VAL(f);
    return 1;
}

int awqueue_step(AwState *S, NCoro *c, Value exc, Value *out)
{
    AQueue *q = (AQueue *)c->target;
    if (!IS_NULL(exc)) {
        /* interrupted while waiting: leave the line, pass a wake-up on */
        Future *f = c->fut;
        c->state = NC_CLOSED;
        awgc_push(S, exc);
        bool ok = true;
        if (f != NULL) {
            bool done;
            ok = awfuture_cancel(S, f, NONE_VAL, &done);
            List *w = c->kind == NC_QPUT ? q->putters
                      : c->kind == NC_QGET ? q->getters : q->joiners;
            remove_waiter(w, f);
            if (ok && c->kind == NC_QPUT && !full(q) &&
                f->state != FUT_CANCELLED)
                ok = wake_first(S, q->putters);
            if (ok && c->kind == NC_QGET && q->len > 0 &&
                f->state != FUT_CANCELLED)
                ok = wake_first(S, q->getters);
        }
        awgc_pop(S, 1);
        if (ok)
            S->exc = exc;
        return -1;
    }
    if (c->state == NC_WAITING && c->fut->state == FUT_PENDING) {
        c->fut->blocking = true; /* resumed early: wait on */
        *out = OBJ_VAL(c->fut);
        return 1;
    }
    if (c->kind == NC_QJOIN) {
        if (c->state == NC_WAITING) {
            remove_waiter(q->joiners, c->fut);
        } else if (q->unfinished > 0) {
            return wait_on(S, c, &q->joiners, out);
        }
        c->state = NC_CLOSED;
        *out = NONE_VAL;
        return 0;
    }
    c->fut = NULL;
    if (c->kind == NC_QPUT) {
        if (full(q))
            return wait_on(S, c, &q->putters, out);
        c->state = NC_CLOSED;
        *out = NONE_VAL;
        return put_nowait(S, q, c->result) ? 0 : -1;
    }
    if (q->len == 0)
        return wait_on(S, c, &q->getters, out);
    c->state = NC_CLOSED;
    return get_nowait(S, q, out) ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

#define SELF AS_QUEUE(argv[0])

static bool q_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kw,
                  Value *out)
{
    static const char *const kwlist[] = {"maxsize", NULL};
    Value a[1];
    if (!awarg_unpack(S, "Queue", argc, argv, kw, 0, 1, kwlist, a))
        return false;
    int64_t maxsize = 0;
    if (!IS_NULL(a[0]) && !awobj_as_i64(S, a[0], &maxsize))
        return false;
    AQueue *q = awgc_alloc(S, t, OBJ_QUEUE, sizeof(AQueue));
    if (q == NULL)
        return false;
    q->maxsize = maxsize;
    Type *b = t;
    while (b && b != TYPE(S, PRIORITY_QUEUE) && b != TYPE(S, LIFO_QUEUE))
        b = b->base;
    q->order = b == TYPE(S, PRIORITY_QUEUE) ? AQ_PRIORITY
               : b == TYPE(S, LIFO_QUEUE)   ? AQ_LIFO
                                            : AQ_FIFO;
    *out = OBJ_VAL(q);
    return true;
}

static bool make_op(AwState *S, AQueue *q, int kind, Value item, Value *out)
{
    NCoro *c = awsleep_new(S, 0, item);
    if (c == NULL)
        return false;
    c->kind = (uint8_t)kind;
    c->fut = NULL;
    c->target = &q->obj;
    *out = OBJ_VAL(c);
    return true;
}

static bool q_put(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "Queue.put() takes exactly one argument");
    return make_op(S, SELF, NC_QPUT, argv[1], out);
}

static bool q_get(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return make_op(S, SELF, NC_QGET, NONE_VAL, out);
}

static bool q_join(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return make_op(S, SELF, NC_QJOIN, NONE_VAL, out);
}

static bool q_put_nowait(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "Queue.put_nowait() takes exactly one argument");
    *out = NONE_VAL;
    return put_nowait(S, SELF, argv[1]);
}

static bool q_get_nowait(AwState *S, int argc, Value *argv, Tuple *kw,
                         Value *out)
{
    return get_nowait(S, SELF, out);
}

static bool q_task_done(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    AQueue *q = SELF;
    if (q->unfinished <= 0)
        return awerr_format(S, EXC_ValueError,
                            "task_done() called too many times");
    *out = NONE_VAL;
    if (--q->unfinished == 0 && q->joiners) {
        /* Event.set: every joiner, in order */
        for (size_t i = 0; i < q->joiners->len; i++) {
            Future *f = AS_FUTURE(q->joiners->items[i]);
            if (f->state == FUT_PENDING &&
                !awfuture_set_result(S, f, TRUE_VAL))
                return false;
        }
    }
    return true;
}

static bool q_qsize(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = INT_VAL((int64_t)SELF->len);
    return true;
}

static bool q_empty(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = BOOL_VAL(SELF->len == 0);
    return true;
}

static bool q_full(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = BOOL_VAL(full(SELF));
    return true;
}

static bool g_maxsize(AwState *S, Value self, Value *out)
{
    *out = INT_VAL(AS_QUEUE(self)->maxsize);
    return true;
}

/* "maxsize=0 _queue=[1, 2] _getters[1] tasks=2" */
static bool format(AwState *S, AQueue *q, StrBuf *b)
{
    awbuf_printf(b, "maxsize=%lld", (long long)q->maxsize);
    if (q->len > 0) {
        awbuf_puts(b, " _queue=[");
        for (size_t i = 0; i < q->len; i++) {
            if (i > 0)
                awbuf_puts(b, ", ");
            size_t k = q->order == AQ_FIFO ? (q->head + i) % q->cap : i;
            if (!awbuf_repr(b, q->items[k]))
                return false;
        }
        awbuf_puts(b, "]");
    }
    if (q->getters && q->getters->len)
        awbuf_printf(b, " _getters[%zu]", q->getters->len);
    if (q->putters && q->putters->len)
        awbuf_printf(b, " _putters[%zu]", q->putters->len);
    if (q->unfinished)
        awbuf_printf(b, " tasks=%lld", (long long)q->unfinished);
    return true;
}

static bool q_show(AwState *S, Value self, bool repr, Value *out)
{
    AQueue *q = AS_QUEUE(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "<%s ", awobj_typename(S, self));
    if (repr)
        awbuf_printf(&b, "at %p ", (void *)q);
    bool ok = format(S, q, &b);
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

static bool q_repr(AwState *S, Value self, Value *out)
{
    return q_show(S, self, true, out);
}

static bool q_str(AwState *S, Value self, Value *out)
{
    return q_show(S, self, false, out);
}

static const MethodDef queue_methods[] = {
    {"put", q_put, MF_METHOD},
    {"get", q_get, MF_METHOD},
    {"join", q_join, MF_METHOD},
    {"put_nowait", q_put_nowait, MF_METHOD},
    {"get_nowait", q_get_nowait, MF_METHOD},
    {"task_done", q_task_done, MF_METHOD},
    {"qsize", q_qsize, MF_METHOD},
    {"empty", q_empty, MF_METHOD},
    {"full", q_full, MF_METHOD},
    {NULL, NULL, 0},
};

static const GetSetDef queue_getset[] = {
    {"maxsize", g_maxsize, NULL},
    {NULL, NULL, NULL},
};

void awqueue_trace(AwState *S, AQueue *q)
{
    for (size_t i = 0; i < q->len; i++) {
        size_t k = q->order == AQ_FIFO ? (q->head + i) % q->cap : i;
        awgc_mark_value(S, q->items[k]);
    }
    awgc_mark_obj(S, (Obj *)q->getters);
    awgc_mark_obj(S, (Obj *)q->putters);
    awgc_mark_obj(S, (Obj *)q->joiners);
}

void awqueue_free(AwState *S, AQueue *q)
{
    awmem_free(S, q->items, q->cap * sizeof *q->items);
}

bool awqueue_init(AwState *S, Module *m)
{
    String *mod = awstr_intern_cstr(S, "asyncio.queues");
    if (mod == NULL)
        return false;
    EXC_TYPE(S, QueueEmpty)->module = mod; /* reachable from here on */
    EXC_TYPE(S, QueueFull)->module = mod;
    Type *q = awtype_new_builtin(S, TY_QUEUE, "Queue", TYPE(S, OBJECT),
                                 OBJ_QUEUE, sizeof(AQueue));
    Type *p = q ? awtype_new_builtin(S, TY_PRIORITY_QUEUE, "PriorityQueue",
                                     q, OBJ_QUEUE, sizeof(AQueue))
                : NULL;
    Type *l = p ? awtype_new_builtin(S, TY_LIFO_QUEUE, "LifoQueue", q,
                                     OBJ_QUEUE, sizeof(AQueue))
                : NULL;
    if (l == NULL)
        return false;
    q->new_ = p->new_ = l->new_ = q_new;
    q->repr = p->repr = l->repr = q_repr;
    q->str = p->str = l->str = q_str;
    q->getset = p->getset = l->getset = queue_getset;
    q->module = p->module = l->module = mod;
    return awtype_add_methods(S, q, queue_methods) &&
           awmodule_set(S, m, "Queue", OBJ_VAL(q)) &&
           awmodule_set(S, m, "PriorityQueue", OBJ_VAL(p)) &&
           awmodule_set(S, m, "LifoQueue", OBJ_VAL(l)) &&
           awmodule_set(S, m, "QueueEmpty",
                        OBJ_VAL(EXC_TYPE(S, QueueEmpty))) &&
           awmodule_set(S, m, "QueueFull", OBJ_VAL(EXC_TYPE(S, QueueFull)));
}
