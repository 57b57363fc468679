/* Generators and coroutines: the objects, their methods, and the
 * bookkeeping of roots and delegation chains that vm/interp.c calls at
 * yield, return and unwind. See vm/gen.h for the model. */
#include <string.h>

#include "lang/opcodes.h"
#include "runtime/loop.h"
#include "vm/agen.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/str.h"

static bool is_coro(AwState *S, Generator *g)
{
    return g->obj.type == TYPE(S, COROUTINE);
}

static const char *kind_name(AwState *S, Generator *g)
{
    if (g->obj.type == TYPE(S, ASYNC_GENERATOR))
        return "async generator";
    return is_coro(S, g) ? "coroutine" : "generator";
}

Generator *awgen_new(AwState *S, Frame *f)
{
    Code *co = f->code;
    /* (the compiler gives generators room for the first value sent) */
    size_t fsize = awframe_size(co);
    size_t size = offsetof(Generator, framebuf) + fsize;
    Type *t = (co->flags & CO_COROUTINE)         ? TYPE(S, COROUTINE)
              : (co->flags & CO_ASYNC_GENERATOR) ? TYPE(S, ASYNC_GENERATOR)
                                                 : TYPE(S, GENERATOR);
    Generator *g = awgc_alloc(S, t, OBJ_GENERATOR, size);
    if (g == NULL)
        return NULL;
    g->name = f->func ? f->func->name : co->name;
    g->qualname = f->func ? f->func->qualname : co->qualname;
    g->delegate = NULL_VAL;
    g->exc_state = NULL;
    g->outer_exc = NULL;
    g->prev_root = NULL;
    g->chain = 1;
    g->state = GEN_CREATED;
    Frame *gf = GEN_FRAME(g);
    size_t live = (size_t)((unsigned char *)f->sp - (unsigned char *)f);
    memcpy(gf, f, live);
    gf->prev = NULL;
    gf->sp = gf->localsplus + (f->sp - f->localsplus);
    gf->flags = FRAME_HEAP;
    gf->size = (uint32_t)fsize;
    g->innermost = gf;
    Frame *caller = f->prev;
    g->ccode = caller ? caller->code : NULL;
    g->cpc = caller ? awframe_pc(caller) : 0;
    if (t != TYPE(S, GENERATOR)) /* never awaited; never finalised */
        awgc_track_coro(S, &g->obj);
    return g;
}

/* ------------------------------------------------------------------ */
/* Roots and chains (called by the dispatch loop)                      */

/* The resumer's handled exception is set aside while g runs, and g's own
 * (when it yielded inside an except block) comes back. */
static void swap_in_exc(AwState *S, Generator *g)
{
    g->outer_exc = awgen_exc_obj(S->exc_info);
    if (g->exc_state != NULL) {
        S->exc_info = OBJ_VAL(g->exc_state);
        g->exc_state = NULL;
    }
}

bool awgen_enter_root(AwState *S, Generator *g)
{
    if (S->depth + (int)g->chain > S->recursion_limit)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    g->prev_root = S->genroot;
    S->genroot = g;
    GEN_FRAME(g)->prev = S->frame;
    g->state = GEN_RUNNING;
    S->depth += (int)g->chain;
    swap_in_exc(S, g);
    S->frame = g->innermost;
    return true;
}

Generator *awgen_suspend_root(AwState *S, Frame *innermost)
{
    Generator *g = S->genroot;
    g->innermost = innermost;
    S->genroot = g->prev_root;
    g->prev_root = NULL;
    g->state = GEN_SUSPENDED;
    S->depth -= (int)g->chain;
    Obj *cur = awgen_exc_obj(S->exc_info);
    g->exc_state = cur == g->outer_exc ? NULL : cur;
    S->exc_info = awgen_exc_val(g->outer_exc);
    g->outer_exc = NULL;
    S->frame = GEN_FRAME(g)->prev;
    return g;
}

bool awgen_delegate(AwState *S, Generator *g, Frame *parent)
{
    Generator *root = S->genroot;
    if (S->depth + (int)g->chain > S->recursion_limit)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    FRAME_GEN(parent)->delegate = OBJ_VAL(g);
    GEN_FRAME(g)->prev = parent;
    g->state = GEN_RUNNING;
    root->chain += g->chain;
    S->depth += (int)g->chain;
    S->frame = g->innermost;
    return true;
}

void awgen_exit_frame(AwState *S, Frame *f)
{
    Generator *g = FRAME_GEN(f);
    g->state = GEN_CLOSED;
    g->delegate = NULL_VAL;
    f->sp = f->localsplus; /* drop the references of the finished frame */
    f->flags &= ~(uint32_t)FRAME_ENTRY;
    S->frame = f->prev;
    S->depth--;
    if (g == S->genroot) {
        S->genroot = g->prev_root;
        g->prev_root = NULL;
        S->exc_info = awgen_exc_val(g->outer_exc);
        g->outer_exc = NULL;
    } else {
        /* a delegate: its parent's frame is next in the chain */
        FRAME_GEN(f->prev)->delegate = NULL_VAL;
        S->genroot->chain--;
    }
    g->chain = 1;
}

/* An exception leaving a generator's frame: StopIteration becomes
 * RuntimeError (PEP 479), chained to it, and so does StopAsyncIteration
 * leaving an async generator. */
void awgen_fix_stop(AwState *S, Frame *f)
{
    Generator *g = FRAME_GEN(f);
    const char *what = "StopIteration";
    if (!awerr_matches(S, EXC_TYPE(S, StopIteration))) {
        if (g->obj.type != TYPE(S, ASYNC_GENERATOR) ||
            !awerr_matches(S, EXC_TYPE(S, StopAsyncIteration)))
            return;
        what = "StopAsyncIteration";
    }
    Value stop = awerr_fetch(S);
    awgc_push(S, stop);
    awerr_format(S, EXC_RuntimeError, "%s raised %s", kind_name(S, g),
                 what);
    Value exc = S->exc;
    if (IS_EXCEPTION(exc)) {
        Exception *e = (Exception *)AS_OBJ(exc);
        e->cause = stop;
        e->context = stop;
        e->obj.flags |= EXC_SUPPRESS_CONTEXT;
    }
    awgc_pop(S, 1);
}

bool awgen_check_send(AwState *S, Generator *g, Value sent)
{
    if (g->state == GEN_RUNNING) {
        if (is_coro(S, g))
            return awerr_format(S, EXC_RuntimeError,
                                "coroutine is being awaited already");
        return awerr_format(S, EXC_ValueError, "%s already executing",
                            kind_name(S, g));
    }
    if (g->state == GEN_CREATED && !IS_NONE(sent))
        return awerr_format(S, EXC_TypeError,
                            "can't send non-None value to a just-started %s",
                            kind_name(S, g));
    return true;
}

/* The value a StopIteration carries, taken as a return. */
static int take_stop(AwState *S, Value *out)
{
    if (!awerr_matches(S, EXC_TYPE(S, StopIteration)))
        return -1;
    Value e = awerr_fetch(S);
    Value v = awexc_attr(S, (Exception *)AS_OBJ(e), NAME(S, value));
    *out = IS_NULL(v) ? NONE_VAL : v;
    return 0;
}

int awgen_send_other(AwState *S, Value recv, Value sent, Value *out)
{
    if (IS_GEN(recv)) /* finished */
        return awgen_resume(S, AS_GEN(recv), sent, false, out);
    if (IS_AGEN_AWAIT(S, recv))
        return awagen_step(S, recv, sent, NULL_VAL, out);
    if (IS_FUTURE(recv))
        return awfuture_await_step(S, AS_FUTURE(recv), out);
    if (IS_KIND(recv, OBJ_NCORO))
        return awncoro_step(S, (NCoro *)AS_OBJ(recv), NULL_VAL, out);
    Type *t = awobj_type(S, recv);
    int r;
    if (IS_NONE(sent) && t->next != NULL) {
        r = t->next(S, recv, out);
        if (r == 0)
            *out = NONE_VAL;
    } else {
        String *name = awstr_intern_cstr(S, "send");
        Value m;
        if (name == NULL || !awobj_getattr(S, recv, name, &m))
            return -1;
        awgc_push(S, m);
        r = awobj_call(S, m, 1, &sent, NULL, out) ? 1 : -1;
        awgc_pop(S, 1);
    }
    if (r < 0)
        return take_stop(S, out);
    return r;
}

int awgen_throw_other(AwState *S, Value recv, Value *out)
{
    if (IS_KIND(recv, OBJ_NCORO)) {
        Value exc = awerr_fetch(S);
        return awncoro_step(S, (NCoro *)AS_OBJ(recv), exc, out);
    }
    if (IS_AGEN_AWAIT(S, recv)) {
        Value exc = awerr_fetch(S);
        awgc_push(S, exc);
        int r = awagen_step(S, recv, NONE_VAL, exc, out);
        awgc_pop(S, 1);
        return r;
    }
    if (IS_FUTURE(recv) || IS_GEN(recv))
        return -1;
    String *name = awstr_intern_cstr(S, "throw");
    if (name == NULL)
        return -1;
    Value exc = awerr_fetch(S), m;
    awgc_push(S, exc);
    int found = awobj_getattr_opt(S, recv, name, &m);
    int r = -1;
    if (found > 0) {
        awgc_push(S, m);
        r = awobj_call(S, m, 1, &exc, NULL, out) ? 1 : take_stop(S, out);
        awgc_pop(S, 1);
    } else if (found == 0) {
        S->exc = exc; /* no throw(): raise where the frame stands */
    }
    awgc_pop(S, 1);
    return r;
}

bool awgen_get_awaitable(AwState *S, Value o, uint32_t where, Value *out)
{
    if (IS_GEN(o) && is_coro(S, AS_GEN(o))) {
        if (AS_GEN(o)->state == GEN_RUNNING)
            return awerr_format(S, EXC_RuntimeError,
                                "coroutine is being awaited already");
        *out = o;
        return true;
    }
    if (IS_FUTURE(o) || IS_KIND(o, OBJ_NCORO) || IS_AGEN_AWAIT(S, o)) {
        *out = o;
        return true;
    }
    Type *t = awobj_type(S, o);
    String *name = awstr_intern_cstr(S, "__await__");
    Value m = name ? awtype_lookup(S, t, name) : NULL_VAL;
    if (name == NULL)
        return false;
    if (IS_NULL(m)) {
        if (where == 1)
            return awerr_format(S, EXC_TypeError,
                                "'async with' received an object from "
                                "__aenter__ that does not implement "
                                "__await__: %s", t->name->data);
        if (where == 2)
            return awerr_format(S, EXC_TypeError,
                                "'async with' received an object from "
                                "__aexit__ that does not implement "
                                "__await__: %s", t->name->data);
        return awerr_format(S, EXC_TypeError,
                            "object %s can't be used in 'await' expression",
                            t->name->data);
    }
    Value bound;
    if (!awobj_getattr(S, o, name, &bound))
        return false;
    awgc_push(S, bound);
    bool ok = awobj_call(S, bound, 0, NULL, NULL, out);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    if (IS_GEN(*out) && is_coro(S, AS_GEN(*out)))
        return awerr_format(S, EXC_TypeError, "__await__() returned a coroutine");
    if (awobj_type(S, *out)->next == NULL)
        return awerr_format(S, EXC_TypeError,
                            "__await__() returned non-iterator of type '%s'",
                            awobj_typename(S, *out));
    return true;
}

bool awgen_yield_from_iter(AwState *S, Value o, Code *code, Value *out)
{
    if (IS_GEN(o) && !IS_AGEN(S, o)) {
        if (is_coro(S, AS_GEN(o)) && !(code->flags & CO_COROUTINE))
            return awerr_format(S, EXC_TypeError,
                                "cannot 'yield from' a coroutine object in "
                                "a non-coroutine generator");
        *out = o;
        return true;
    }
    return awobj_iter(S, o, out);
}

/* ------------------------------------------------------------------ */
/* Resuming from C                                                     */

static bool check_resumable(AwState *S, Generator *g, Value sent,
                            bool throwing)
{
    if (g->state == GEN_RUNNING)
        return awerr_format(S, EXC_ValueError, "%s already executing",
                            kind_name(S, g));
    if (g->state == GEN_CREATED && !throwing && !IS_NONE(sent))
        return awerr_format(S, EXC_TypeError,
                            "can't send non-None value to a just-started %s",
                            kind_name(S, g));
    return true;
}

int awgen_resume(AwState *S, Generator *g, Value sent, bool throwing,
                 Value *out)
{
    if (g->state == GEN_CLOSED) {
        if (throwing)
            return -1; /* the thrown exception propagates as it is */
        if (is_coro(S, g)) {
            awerr_format(S, EXC_RuntimeError,
                         "cannot reuse already awaited coroutine");
            return -1;
        }
        *out = NONE_VAL;
        return 0;
    }
    if (!check_resumable(S, g, sent, throwing))
        return -1;
    if (!awstate_c_enter(S, ""))
        return -1;
    awgc_push(S, OBJ_VAL(g));
    int r = -1;
    if (awgen_enter_root(S, g)) {
        Frame *inner = g->innermost;
        GEN_FRAME(g)->flags |= FRAME_ENTRY;
        if (!throwing)
            *inner->sp++ = sent;
        S->gen_yielded = false;
        if (awvm_resume(S, inner, throwing, out))
            r = S->gen_yielded ? 1 : 0;
        S->gen_yielded = false;
    }
    awgc_pop(S, 1);
    AW_C_LEAVE(S);
    return r;
}

/* The value of a return, as the StopIteration a C caller expects. */
static bool raise_stop(AwState *S, Value v)
{
    if (IS_NONE(v))
        return awerr_noargs(S, EXC_StopIteration);
    return awerr_value_arg(S, EXC_StopIteration, v);
}

static bool send_impl(AwState *S, Generator *g, Value v, bool throwing,
                      Value *out)
{
    int r = awgen_resume(S, g, v, throwing, out);
    if (r < 0)
        return false;
    if (r == 0)
        return raise_stop(S, *out);
    return true;
}

static int gen_next(AwState *S, Value self, Value *out)
{
    Generator *g = AS_GEN(self);
    int r = awgen_resume(S, g, NONE_VAL, false, out);
    if (r == 0 && !IS_NONE(*out)) {
        raise_stop(S, *out);
        return -1;
    }
    return r;
}

bool awgen_make_thrown(AwState *S, int argc, Value *argv, Value *out)
{
    if (argc < 1 || argc > 3)
        return awerr_format(S, EXC_TypeError,
                            "throw expected at least 1 argument, got %d",
                            argc);
    Value typ = argv[0];
    if (IS_TYPE(typ) && (AS_TYPE(typ)->tflags & TF_EXCEPTION)) {
        Value val = argc > 1 ? argv[1] : NONE_VAL;
        if (IS_EXCEPTION(val) &&
            awobj_isinstance(S, val, AS_TYPE(typ)) == 1) {
            *out = val;
            return true;
        }
        if (IS_NONE(val))
            return awexc_make(S, AS_TYPE(typ), 0, NULL, out);
        if (IS_TUPLE(val))
            return awexc_make(S, AS_TYPE(typ), (int)AS_TUPLE(val)->len,
                              AS_TUPLE(val)->items, out);
        return awexc_make(S, AS_TYPE(typ), 1, &val, out);
    }
    if (IS_EXCEPTION(typ)) {
        if (argc > 1 && !IS_NONE(argv[1]))
            return awerr_format(S, EXC_TypeError,
                                "instance exception may not have a "
                                "separate value");
        *out = typ;
        return true;
    }
    return awerr_format(S, EXC_TypeError,
                        "exceptions must be classes or instances deriving "
                        "from BaseException, not %s",
                        awobj_typename(S, typ));
}

static bool throw_into(AwState *S, Generator *g, int argc, Value *argv,
                       Value *out)
{
    Value exc;
    if (!awgen_make_thrown(S, argc, argv, &exc))
        return false;
    (void)awerr_raise(S, exc); /* sets S->exc; always false */
    return send_impl(S, g, NONE_VAL, true, out);
}

bool awgen_close(AwState *S, Generator *g)
{
    if (g->state == GEN_CLOSED)
        return true;
    if (g->state == GEN_CREATED) {
        g->state = GEN_CLOSED;
        GEN_FRAME(g)->sp = GEN_FRAME(g)->localsplus;
        return true;
    }
    Value out;
    awerr_noargs(S, EXC_GeneratorExit);
    int r = awgen_resume(S, g, NONE_VAL, true, &out);
    if (r > 0)
        return awerr_format(S, EXC_RuntimeError, "%s ignored GeneratorExit",
                            kind_name(S, g));
    if (r == 0)
        return true;
    if (awerr_matches(S, EXC_TYPE(S, GeneratorExit)) ||
        awerr_matches(S, EXC_TYPE(S, StopIteration))) {
        awerr_clear(S);
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static bool m_send(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "%s.send() takes exactly one argument (%d given)",
                            kind_name(S, AS_GEN(argv[0])), argc - 1);
    return send_impl(S, AS_GEN(argv[0]), argv[1], false, out);
}

static bool m_throw(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    return throw_into(S, AS_GEN(argv[0]), argc - 1, argv + 1, out);
}

static bool m_close(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "close() takes no arguments (%d given)",
                            argc - 1);
    *out = NONE_VAL;
    return awgen_close(S, AS_GEN(argv[0]));
}

/* coroutine.__await__(): an iterator that drives the coroutine. */
static bool m_await(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    Iterator *it = awgc_alloc(S, TYPE(S, CORO_WRAPPER), OBJ_ITERATOR,
                              sizeof(Iterator));
    if (it == NULL)
        return false;
    it->src = argv[0];
    it->aux = NULL_VAL;
    *out = OBJ_VAL(it);
    return true;
}

static bool g_running(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL(AS_GEN(self)->state == GEN_RUNNING &&
                    S->genroot == AS_GEN(self));
    return true;
}

static bool g_suspended(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL(AS_GEN(self)->state == GEN_SUSPENDED);
    return true;
}

static bool g_code(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(GEN_FRAME(AS_GEN(self))->code);
    return true;
}

Value awgen_awaiting(Generator *g)
{
    if (!IS_NULL(g->delegate) || g->state == GEN_CREATED ||
        g->state == GEN_CLOSED)
        return g->delegate;
    /* suspended in SEND on what is not an aw generator: its receiver is
     * on the stack below the yielded value */
    Frame *f = GEN_FRAME(g);
    if (f->ip - 2 >= f->code->code && INSTR_OP(f->ip[-1]) == OP_YIELD_VALUE &&
        INSTR_OP(f->ip[-2]) == OP_SEND && f->sp > awframe_stack(f))
        return f->sp[-1];
    return NULL_VAL;
}

static bool g_yieldfrom(AwState *S, Value self, Value *out)
{
    Value d = awgen_awaiting(AS_GEN(self));
    if (IS_AGEN_AWAIT(S, d)) /* its async generator is shared now */
        AS_GEN(((Iterator *)AS_OBJ(d))->src)->agflags &= ~AG_FRESH;
    *out = IS_NULL(d) ? NONE_VAL : d;
    return true;
}

static bool g_name(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(AS_GEN(self)->name);
    return true;
}

static bool g_qualname(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(AS_GEN(self)->qualname);
    return true;
}

static bool g_frame(AwState *S, Value self, Value *out)
{
    /* aw has no frame objects; None once finished, as in CPython */
    *out = AS_GEN(self)->state == GEN_CLOSED ? NONE_VAL : TRUE_VAL;
    return true;
}

static bool gen_repr(AwState *S, Value self, Value *out)
{
    Generator *g = AS_GEN(self);
    String *s = awstr_printf(S, "<%s object %s at %p>", kind_name(S, g),
                             g->qualname->data, (void *)g);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool iter_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

static const MethodDef gen_methods[] = {
    {"send", m_send, MF_METHOD},
    {"throw", m_throw, MF_METHOD},
    {"close", m_close, MF_METHOD},
    {NULL, NULL, 0},
};

static const MethodDef coro_methods[] = {
    {"send", m_send, MF_METHOD},
    {"throw", m_throw, MF_METHOD},
    {"close", m_close, MF_METHOD},
    {"__await__", m_await, MF_METHOD},
    {NULL, NULL, 0},
};

static const GetSetDef gen_getset[] = {
    {"gi_running", g_running, NULL},
    {"gi_suspended", g_suspended, NULL},
    {"gi_code", g_code, NULL},
    {"gi_frame", g_frame, NULL},
    {"gi_yieldfrom", g_yieldfrom, NULL},
    {"__name__", g_name, NULL},
    {"__qualname__", g_qualname, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef coro_getset[] = {
    {"cr_running", g_running, NULL},
    {"cr_suspended", g_suspended, NULL},
    {"cr_code", g_code, NULL},
    {"cr_frame", g_frame, NULL},
    {"cr_await", g_yieldfrom, NULL},
    {"__name__", g_name, NULL},
    {"__qualname__", g_qualname, NULL},
    {NULL, NULL, NULL},
};

/* coroutine_wrapper: what coroutine.__await__() returns */
static int wrapper_next(AwState *S, Value self, Value *out)
{
    Value coro = ((Iterator *)AS_OBJ(self))->src;
    return gen_next(S, coro, out);
}

static bool w_send(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    argv[0] = ((Iterator *)AS_OBJ(argv[0]))->src;
    return m_send(S, argc, argv, kw, out);
}

static bool w_throw(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    argv[0] = ((Iterator *)AS_OBJ(argv[0]))->src;
    return m_throw(S, argc, argv, kw, out);
}

static bool w_close(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    argv[0] = ((Iterator *)AS_OBJ(argv[0]))->src;
    return m_close(S, argc, argv, kw, out);
}

static const MethodDef wrapper_methods[] = {
    {"send", w_send, MF_METHOD},
    {"throw", w_throw, MF_METHOD},
    {"close", w_close, MF_METHOD},
    {NULL, NULL, 0},
};

bool awgen_init(AwState *S)
{
    Type *g = awtype_new_builtin(S, TY_GENERATOR, "generator",
                                 TYPE(S, OBJECT), OBJ_GENERATOR,
                                 sizeof(Generator));
    Type *c = awtype_new_builtin(S, TY_COROUTINE, "coroutine",
                                 TYPE(S, OBJECT), OBJ_GENERATOR,
                                 sizeof(Generator));
    Type *w = awtype_new_builtin(S, TY_CORO_WRAPPER, "coroutine_wrapper",
                                 TYPE(S, OBJECT), OBJ_ITERATOR,
                                 sizeof(Iterator));
    if (!g || !c || !w)
        return false;
    g->repr = c->repr = gen_repr;
    g->iter = iter_self;
    g->next = gen_next;
    g->getset = gen_getset;
    c->getset = coro_getset;
    g->new_ = c->new_ = w->new_ = NULL;
    w->iter = iter_self;
    w->next = wrapper_next;
    return awtype_add_methods(S, g, gen_methods) &&
           awtype_add_methods(S, c, coro_methods) &&
           awtype_add_methods(S, w, wrapper_methods) && awagen_init(S);
}
