/* Async generators: the async_generator type, its awaitables, how the
 * dispatch loop links them into await chains, async for's opcodes, and
 * their finalization by the event loop. See vm/agen.h for the model. */
#include <string.h>

#include "lang/opcodes.h"
#include "runtime/loop.h"
#include "vm/agen.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"

#define AS_ITER(v) ((Iterator *)AS_OBJ(v))
#define AGEN_OF(a) AS_GEN((a)->src)

static const char ignored_exit[] = "async generator ignored GeneratorExit";

/* The loop's finalizer takes it: aclose() in a task. */
static bool loop_finalizes(Generator *g)
{
    return g->agloop != NULL && !(g->agflags & (AG_CLOSED | AG_FINALIZED));
}

/* ------------------------------------------------------------------ */
/* The awaitables' protocol (CPython's async_gen_asend_send,          */
/* async_gen_athrow_send and async_gen_unwrap_value)                   */

/* A new awaitable of g in mode m; aux: the value to send or the
 * athrow() arguments. */
static bool new_await(AwState *S, Generator *g, int m, Value aux, Value *out)
{
    awgc_push(S, aux);
    Type *t = m == AG_ASEND ? TYPE(S, AGEN_ASEND) : TYPE(S, AGEN_ATHROW);
    Iterator *a = awgc_alloc(S, t, OBJ_ITERATOR, sizeof(Iterator));
    awgc_pop(S, 1);
    if (a == NULL)
        return false;
    a->src = OBJ_VAL(g);
    a->aux = aux;
    a->index = AW_INIT;
    a->end = m;
    *out = OBJ_VAL(a);
    return true;
}

/* The exception athrow(typ[, val[, tb]]) throws. */
static bool athrow_exc(AwState *S, Value args, Value *out)
{
    Tuple *t = AS_TUPLE(args);
    return awgen_make_thrown(S, (int)t->len, t->items, out);
}

/* An exception was set: the -1 of a tri-state result. */
static int raised(bool set)
{
    (void)set;
    return -1;
}

static int start_asend(AwState *S, Iterator *a, Value *sent, bool throwing)
{
    Generator *g = AGEN_OF(a);
    if (a->index == AW_INIT && !throwing) {
        if (g->agflags & AG_RUNNING_ASYNC)
            return raised(awerr_format(S, EXC_RuntimeError,
                                       "anext(): asynchronous generator is "
                                       "already running"));
        if (IS_NONE(*sent))
            *sent = a->aux;
    }
    a->index = AW_ITER;
    if (!throwing)
        g->agflags |= AG_RUNNING_ASYNC;
    return 1;
}

/* The first send of an athrow()/aclose(): what it throws in. */
static int start_athrow(AwState *S, Iterator *a, Value sent, Value *exc)
{
    Generator *g = AGEN_OF(a);
    if (g->agflags & AG_RUNNING_ASYNC) {
        a->index = AW_CLOSED;
        return raised(awerr_format(
            S, EXC_RuntimeError,
            "%s(): asynchronous generator is already running",
            a->end == AG_ACLOSE ? "aclose" : "athrow"));
    }
    if (g->agflags & AG_CLOSED) {
        a->index = AW_CLOSED;
        return raised(awerr_noargs(S, EXC_StopAsyncIteration));
    }
    if (!IS_NONE(sent))
        return raised(awerr_format(S, EXC_RuntimeError,
                                   "can't send non-None value to a "
                                   "just-started coroutine"));
    if (a->end == AG_ACLOSE) {
        g->agflags |= AG_CLOSED;
        if (!awexc_make(S, EXC_TYPE(S, GeneratorExit), 0, NULL, exc))
            return -1;
    } else if (!athrow_exc(S, a->aux, exc)) {
        return -1;
    }
    a->index = AW_ITER;
    g->agflags |= AG_RUNNING_ASYNC;
    return 1;
}

/* The prologue of a send or throw into awaitable a (*exc: what to throw,
 * or NULL_VAL), CPython's async_gen_asend_send/async_gen_athrow_send. 1:
 * go on, with *sent and *exc updated; 0: the await is over with *out;
 * -1: raised. */
static int start(AwState *S, Iterator *a, Value *sent, Value *exc, Value *out)
{
    bool throwing = !IS_NULL(*exc);
    if (a->index == AW_CLOSED)
        return raised(awerr_format(S, EXC_RuntimeError,
                                   a->end == AG_ASEND
                                       ? "cannot reuse already awaited "
                                         "__anext__()/asend()"
                                       : "cannot reuse already awaited "
                                         "aclose()/athrow()"));
    if (a->end == AG_ASEND)
        return start_asend(S, a, sent, throwing);
    if (!throwing && AGEN_OF(a)->state == GEN_CLOSED) {
        a->index = AW_CLOSED;
        *out = NONE_VAL;
        return 0;
    }
    if (a->index == AW_ITER || throwing)
        return 1;
    return start_athrow(S, a, *sent, exc);
}

/* The generator left its frame by a return (threw: false) or with the
 * exception pending: how the await ends. */
static bool finish(AwState *S, Iterator *a, bool threw, Value *out)
{
    Generator *g = AGEN_OF(a);
    bool aclose = a->end == AG_ACLOSE;
    a->index = AW_CLOSED;
    g->agflags &= ~AG_RUNNING_ASYNC;
    if (!threw) {
        g->agflags |= AG_CLOSED;
        *out = NONE_VAL;
        return aclose || awerr_noargs(S, EXC_StopAsyncIteration);
    }
    if (awerr_matches(S, EXC_TYPE(S, StopAsyncIteration)) ||
        awerr_matches(S, EXC_TYPE(S, GeneratorExit))) {
        g->agflags |= AG_CLOSED;
        if (aclose) {
            awerr_clear(S);
            *out = NONE_VAL;
            return true;
        }
    }
    return false;
}

/* The generator's own yield of v ended the await. */
static bool yielded(AwState *S, Iterator *a, Value v, Value *out)
{
    a->index = AW_CLOSED;
    AGEN_OF(a)->agflags &= ~AG_RUNNING_ASYNC;
    if (a->end == AG_ACLOSE)
        return awerr_format(S, EXC_RuntimeError, ignored_exit);
    *out = v;
    return true;
}

/* Is g suspended at its own yield (not inside an await)? */
static bool at_own_yield(Generator *g)
{
    Frame *f = GEN_FRAME(g);
    if (g->state != GEN_SUSPENDED || g->innermost != f)
        return false;
    uint32_t w = f->ip[-1];
    return INSTR_OP(w) == OP_YIELD_VALUE && INSTR_ARG(w) == 1;
}

int awagen_step(AwState *S, Value av, Value sent, Value exc, Value *out)
{
    Iterator *a = AS_ITER(av);
    Generator *g = AGEN_OF(a);
    awgc_push(S, av);
    awgc_push(S, exc);
    /* athrow().throw() leaves the awaitable as it was, so that a
     * Task cancelled before its first step throws GeneratorExit at the
     * next send all the same (CPython's athrow_throw) */
    bool keep = !IS_NULL(exc) && a->end != AG_ASEND;
    int64_t state = a->index;
    int r = start(S, a, &sent, &exc, out);
    if (r > 0) {
        bool throwing = !IS_NULL(exc);
        if (throwing)
            (void)awerr_raise(S, exc);
        r = awgen_resume(S, g, sent, throwing, out);
        bool own = r > 0 && at_own_yield(g);
        if (own)
            r = yielded(S, a, *out, out) ? 0 : -1;
        else if (r <= 0)
            r = finish(S, a, r < 0, out) ? 0 : -1;
        if (keep && !(own && a->end == AG_ACLOSE))
            a->index = state;
    }
    awgc_pop(S, 2);
    return r;
}

/* ------------------------------------------------------------------ */
/* Linking into an await chain (the dispatch loop's SEND and YIELD)    */

int awagen_link(AwState *S, Value av, Value sent, Frame *p, Value *out)
{
    Iterator *a = AS_ITER(av);
    Generator *g = AGEN_OF(a);
    Value exc = NULL_VAL;
    int r = start(S, a, &sent, &exc, out);
    if (r <= 0)
        return r < 0 ? AGEN_ERROR : AGEN_DONE;
    bool throwing = !IS_NULL(exc);
    if (g->state == GEN_CLOSED) {
        if (throwing)
            (void)awerr_raise(S, exc);
        return finish(S, a, throwing, out) ? AGEN_DONE : AGEN_ERROR;
    }
    awgc_push(S, exc);
    bool ok = awgen_check_send(S, g, throwing ? NONE_VAL : sent) &&
              awgen_delegate(S, g, p);
    if (!ok) {
        awgc_pop(S, 1);
        return finish(S, a, true, out) ? AGEN_DONE : AGEN_ERROR;
    }
    /* its handled exception is its own, as when it runs as a root */
    g->outer_exc = awgen_exc_obj(S->exc_info);
    if (g->exc_state != NULL) {
        S->exc_info = OBJ_VAL(g->exc_state);
        g->exc_state = NULL;
    }
    FRAME_GEN(p)->delegate = av; /* cr_await, and what keeps a alive */
    *out = sent;
    if (throwing)
        (void)awerr_raise(S, exc);
    awgc_pop(S, 1);
    return throwing ? AGEN_THROW : AGEN_LINKED;
}

bool awagen_yield(AwState *S, Frame *f, Value v, Value *out)
{
    Generator *g = FRAME_GEN(f);
    Frame *p = f->prev;
    Generator *pg = FRAME_GEN(p);
    Iterator *a = AS_ITER(pg->delegate);
    pg->delegate = NULL_VAL;
    g->state = GEN_SUSPENDED;
    g->innermost = f;
    g->chain = 1;
    f->prev = NULL;
    S->genroot->chain--;
    S->depth--;
    Obj *cur = awgen_exc_obj(S->exc_info);
    g->exc_state = cur == g->outer_exc ? NULL : cur;
    S->exc_info = awgen_exc_val(g->outer_exc);
    g->outer_exc = NULL;
    S->frame = p;
    return yielded(S, a, v, out);
}

bool awagen_leave(AwState *S, Value av, bool threw, Value *out)
{
    Iterator *a = AS_ITER(av);
    Generator *g = AGEN_OF(a);
    S->exc_info = awgen_exc_val(g->outer_exc);
    g->outer_exc = NULL;
    awgc_push(S, av);
    bool ok = finish(S, a, threw, out);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* async for: GET_AITER, GET_ANEXT, POP_AITER                          */

bool awagen_get_aiter(AwState *S, Value o, Value *out)
{
    if (IS_AGEN(S, o)) {
        *out = o;
        return true;
    }
    Type *t = awobj_type(S, o);
    Value m = awtype_lookup(S, t, NAME(S, aiter));
    if (IS_NULL(m))
        return awerr_format(S, EXC_TypeError,
                            "'async for' requires an object with __aiter__ "
                            "method, got %s", t->name->data);
    Value f;
    if (!awobj_getattr(S, o, NAME(S, aiter), &f))
        return false;
    awgc_push(S, f);
    bool ok = awobj_call(S, f, 0, NULL, NULL, out);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    Type *it = awobj_type(S, *out);
    if (IS_NULL(awtype_lookup(S, it, NAME(S, anext))))
        return awerr_format(S, EXC_TypeError,
                            "'async for' received an object from __aiter__ "
                            "that does not implement __anext__: %s",
                            it->name->data);
    return true;
}

/* The first __anext__/asend/athrow/aclose takes the running loop as the
 * finalizer (CPython's async_gen_init_hooks with asyncio's hooks). The
 * loop's weak set of them for shutdown_asyncgens is a walk of the heap
 * (awagen_alive). */
static void init_hooks(AwState *S, Generator *g)
{
    if (g->agflags & AG_HOOKS)
        return;
    g->agflags |= AG_HOOKS;
    g->agloop = S->loop;
}

static bool anext_of(AwState *S, Generator *g, Value *out)
{
    init_hooks(S, g);
    return new_await(S, g, AG_ASEND, NONE_VAL, out);
}

/* The awaitable of x, or CPython's "'async for' received an invalid
 * object from __anext__" chained to the reason. */
static bool anext_awaitable(AwState *S, Value x, Value *out)
{
    if (awgen_get_awaitable(S, x, 0, out))
        return true;
    Value cause = awerr_fetch(S);
    awgc_push(S, cause);
    awerr_format(S, EXC_TypeError,
                 "'async for' received an invalid object from __anext__: %s",
                 awobj_typename(S, x));
    Value e = S->exc;
    if (IS_EXCEPTION(e)) {
        Exception *ex = (Exception *)AS_OBJ(e);
        ex->cause = cause;
        ex->context = cause;
        ex->obj.flags |= EXC_SUPPRESS_CONTEXT;
    }
    awgc_pop(S, 1);
    return false;
}

bool awagen_get_anext(AwState *S, Value aiter, Value *out)
{
    if (IS_AGEN(S, aiter))
        return anext_of(S, AS_GEN(aiter), out);
    Type *t = awobj_type(S, aiter);
    if (IS_NULL(awtype_lookup(S, t, NAME(S, anext))))
        return awerr_format(S, EXC_TypeError,
                            "'async for' requires an iterator with __anext__ "
                            "method, got %s", t->name->data);
    Value f, x;
    if (!awobj_getattr(S, aiter, NAME(S, anext), &f))
        return false;
    awgc_push(S, f);
    bool ok = awobj_call(S, f, 0, NULL, NULL, &x);
    awgc_pop(S, 1);
    if (!ok)
        return false;
    awgc_push(S, x);
    ok = anext_awaitable(S, x, out);
    awgc_pop(S, 1);
    return ok;
}

/* "Exception ignored in: <obj>" and the traceback, as CPython's
 * unraisable hook prints them. */
static void unraisable(AwState *S, Value obj)
{
    Value exc = awerr_fetch(S), r;
    awgc_push(S, exc);
    static const char head[] = "Exception ignored in: ";
    S->write_err(S->write_ud, head, sizeof head - 1);
    if (awobj_repr(S, obj, &r))
        S->write_err(S->write_ud, AS_STR(r)->data, AS_STR(r)->len);
    else
        awerr_clear(S);
    S->write_err(S->write_ud, "\n", 1);
    awexc_print(S, exc);
    awgc_pop(S, 1);
}

void awagen_dropped(AwState *S, Value v)
{
    if (!IS_AGEN(S, v))
        return;
    Generator *g = AS_GEN(v);
    if (!(g->agflags & AG_FRESH))
        return;
    g->agflags &= ~AG_FRESH;
    if (g->state == GEN_SUSPENDED || loop_finalizes(g))
        awagen_finalize(S, g);
}

/* ------------------------------------------------------------------ */
/* Finalization by the loop                                            */

bool awagen_scan_frame(AwState *S, Frame *f)
{
    for (uint32_t i = 0; i < f->code->nlocals; i++) {
        Value v = f->localsplus[i];
        if (!IS_AGEN(S, v))
            continue;
        Generator *g = AS_GEN(v);
        if (g->ccode == f->code && !(g->agflags & AG_FINALIZED) &&
            (g->state == GEN_SUSPENDED || loop_finalizes(g)))
            return true;
    }
    return false;
}

/* A full collection costs the live heap (about next_gc / 2): it runs
 * when an eighth of that was allocated since the last one, so that a hot
 * coroutine holding generators pays a bounded multiple of what the GC's
 * own pacing costs; the stress mode collects anyway. */
void awagen_collect(AwState *S, Value keep)
{
    awgc_push(S, keep);
    if (S->gc_stress || S->bytes >= S->next_gc / 2 + S->next_gc / 16)
        awgc_collect(S);
    awgc_run_finalizers(S, false);
    awgc_pop(S, 1);
}

/* Whether a dead one needs its finalizer (the GC walks the heap for
 * them, vm/gc.c): the loop's, or a close. */
bool awagen_wants_finalize(Generator *g)
{
    return loop_finalizes(g) ||
           (g->state == GEN_SUSPENDED && !(g->agflags & AG_FINALIZED));
}

/* Without the loop's finalizer, CPython's deallocation closes it at once
 * (gen_close): GeneratorExit thrown in, errors reported as unraisable. */
static void close_now(AwState *S, Generator *g)
{
    g->agflags |= AG_FINALIZED;
    awgc_push(S, OBJ_VAL(g));
    Value saved = awerr_fetch(S);
    awgc_push(S, saved);
    if (!awgen_close(S, g))
        unraisable(S, OBJ_VAL(g));
    S->exc = saved;
    awgc_pop(S, 2);
}

/* loop.create_task, as the finalizer's callback calls it. */
static bool create_task_cb(AwState *S, int argc, Value *argv, Tuple *kw,
                           Value *out)
{
    Future *t = awtask_new(S, (Loop *)AS_OBJ(argv[0]), argv[1], NULL_VAL);
    if (t == NULL)
        return false;
    *out = OBJ_VAL(t);
    return true;
}

/* call_soon(loop.create_task, g.aclose()) */
static bool schedule_aclose(AwState *S, Generator *g, Loop *l)
{
    Value a;
    if (!new_await(S, g, AG_ACLOSE, NULL_VAL, &a))
        return false;
    awgc_push(S, a);
    CFunction *cb = awcfunc_new(S, "create_task", create_task_cb, MF_METHOD,
                                OBJ_VAL(l), NULL);
    bool ok = false;
    if (cb != NULL) {
        awgc_push(S, OBJ_VAL(cb));
        Tuple *args = awtuple_new(S, 1);
        if (args != NULL) {
            args->items[0] = a;
            awgc_push(S, OBJ_VAL(args));
            ok = awloop_call(S, l, OBJ_VAL(cb), args, AWTIMER_NONE, 0) !=
                 NULL;
            awgc_pop(S, 1);
        }
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

void awagen_finalize(AwState *S, Generator *g)
{
    if (!loop_finalizes(g)) {
        if (g->state == GEN_SUSPENDED && !(g->agflags & AG_FINALIZED))
            close_now(S, g);
        g->agflags |= AG_FINALIZED;
        return;
    }
    g->agflags |= AG_FINALIZED;
    Loop *l = g->agloop;
    if (l->closed)
        return;
    awgc_push(S, OBJ_VAL(g));
    Value saved = awerr_fetch(S);
    awgc_push(S, saved);
    if (!schedule_aclose(S, g, l))
        unraisable(S, OBJ_VAL(g));
    S->exc = saved;
    awgc_pop(S, 2);
}

List *awagen_alive(AwState *S, Loop *l)
{
    /* the dead ones go to their finalizer instead */
    awgc_collect(S);
    awgc_run_finalizers(S, false);
    List *out = awlist_new(S, 0);
    if (out == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(out));
    bool ok = true;
    for (Obj *o = S->coros; ok && o != NULL; o = o->gcnext) {
        if (o->type != TYPE(S, ASYNC_GENERATOR))
            continue;
        Generator *g = (Generator *)o;
        if (g->agloop == l && loop_finalizes(g))
            ok = awlist_append(S, out, OBJ_VAL(o));
    }
    awgc_pop(S, 1);
    /* the heap lists the newest first: closed in creation order */
    for (size_t i = 0, j = out->len; ok && i + 1 < j; i++, j--) {
        Value t = out->items[i];
        out->items[i] = out->items[j - 1];
        out->items[j - 1] = t;
    }
    return ok ? out : NULL;
}

/* ------------------------------------------------------------------ */
/* async_generator                                                     */

static bool ag_aiter(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    *out = argv[0];
    return true;
}

static bool ag_anext(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    return anext_of(S, AS_GEN(argv[0]), out);
}

static bool ag_asend(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "async_generator.asend() takes exactly one "
                            "argument (%d given)", argc - 1);
    Generator *g = AS_GEN(argv[0]);
    init_hooks(S, g);
    return new_await(S, g, AG_ASEND, argv[1], out);
}

static bool ag_athrow(AwState *S, int argc, Value *argv, Tuple *kw,
                      Value *out)
{
    if (argc < 2 || argc > 4)
        return awerr_format(S, EXC_TypeError,
                            "athrow expected at least 1 argument, got %d",
                            argc - 1);
    Generator *g = AS_GEN(argv[0]);
    Tuple *args = awtuple_new(S, (size_t)argc - 1);
    if (args == NULL)
        return false;
    memcpy(args->items, argv + 1, (size_t)(argc - 1) * sizeof(Value));
    init_hooks(S, g);
    return new_await(S, g, AG_ATHROW, OBJ_VAL(args), out);
}

static bool ag_aclose(AwState *S, int argc, Value *argv, Tuple *kw,
                      Value *out)
{
    Generator *g = AS_GEN(argv[0]);
    init_hooks(S, g);
    return new_await(S, g, AG_ACLOSE, NULL_VAL, out);
}

static bool ag_running(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL((AS_GEN(self)->agflags & AG_RUNNING_ASYNC) != 0);
    return true;
}

static bool ag_frame(AwState *S, Value self, Value *out)
{
    /* aw has no frame objects; None once finished, as in CPython */
    *out = AS_GEN(self)->state == GEN_CLOSED ? NONE_VAL : TRUE_VAL;
    return true;
}

static bool ag_code(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(GEN_FRAME(AS_GEN(self))->code);
    return true;
}

static bool ag_await(AwState *S, Value self, Value *out)
{
    Value d = awgen_awaiting(AS_GEN(self));
    *out = IS_NULL(d) ? NONE_VAL : d;
    return true;
}

static bool ag_name(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(AS_GEN(self)->name);
    return true;
}

static bool ag_qualname(AwState *S, Value self, Value *out)
{
    *out = OBJ_VAL(AS_GEN(self)->qualname);
    return true;
}

static bool ag_repr(AwState *S, Value self, Value *out)
{
    Generator *g = AS_GEN(self);
    String *s = awstr_printf(S, "<async_generator object %s at %p>",
                             g->qualname->data, (void *)g);
    if (s == NULL)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static const MethodDef agen_methods[] = {
    {"__aiter__", ag_aiter, MF_METHOD},
    {"__anext__", ag_anext, MF_METHOD},
    {"asend", ag_asend, MF_METHOD},
    {"athrow", ag_athrow, MF_METHOD},
    {"aclose", ag_aclose, MF_METHOD},
    {NULL, NULL, 0},
};

static const GetSetDef agen_getset[] = {
    {"ag_running", ag_running, NULL},
    {"ag_frame", ag_frame, NULL},
    {"ag_code", ag_code, NULL},
    {"ag_await", ag_await, NULL},
    {"__name__", ag_name, NULL},
    {"__qualname__", ag_qualname, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* async_generator_asend and async_generator_athrow                    */

/* The end of a C-driven step: a value passed out, or the await's result
 * as the StopIteration a C caller expects. */
static bool step_result(AwState *S, int r, Value *out)
{
    if (r < 0)
        return false;
    if (r > 0)
        return true;
    if (IS_NONE(*out))
        return awerr_noargs(S, EXC_StopIteration);
    return awerr_value_arg(S, EXC_StopIteration, *out);
}

static bool aw_asend_step(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "send() takes exactly one argument (%d given)",
                            argc - 1);
    int r = awagen_step(S, argv[0], argv[1], NULL_VAL, out);
    return step_result(S, r, out);
}

static bool aw_athrow_step(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    Value exc;
    if (!awgen_make_thrown(S, argc - 1, argv + 1, &exc))
        return false;
    awgc_push(S, exc);
    int r = awagen_step(S, argv[0], NONE_VAL, exc, out);
    awgc_pop(S, 1);
    return step_result(S, r, out);
}

static bool aw_aclose_step(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    AS_ITER(argv[0])->index = AW_CLOSED;
    *out = NONE_VAL;
    return true;
}

static bool aw_aiter_self(AwState *S, int argc, Value *argv, Tuple *kw, Value *out)
{
    *out = argv[0];
    return true;
}

static bool iter_self(AwState *S, Value self, Value *out)
{
    *out = self;
    return true;
}

static int aw_anext_step(AwState *S, Value self, Value *out)
{
    int r = awagen_step(S, self, NONE_VAL, NULL_VAL, out);
    if (r == 0 && !step_result(S, 0, out))
        return -1;
    return r;
}

static const MethodDef await_methods[] = {
    {"send", aw_asend_step, MF_METHOD},
    {"throw", aw_athrow_step, MF_METHOD},
    {"close", aw_aclose_step, MF_METHOD},
    {"__await__", aw_aiter_self, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* aiter(), anext() and anext_awaitable                                */

bool awagen_bi_aiter(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    if (kw != NULL && kw->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "aiter() takes no keyword arguments");
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "aiter expected 1 argument, got %d", argc);
    Value o = argv[0];
    Type *t = awobj_type(S, o);
    if (IS_NULL(awtype_lookup(S, t, NAME(S, aiter))))
        return awerr_format(S, EXC_TypeError,
                            "'%s' object is not an async iterable",
                            t->name->data);
    Value f;
    if (!awobj_getattr(S, o, NAME(S, aiter), &f))
        return false;
    awgc_push(S, f);
    bool ok = awobj_call(S, f, 0, NULL, NULL, out);
    awgc_pop(S, 1);
    if (ok && IS_NULL(awtype_lookup(S, awobj_type(S, *out), NAME(S, anext))))
        return awerr_format(S, EXC_TypeError,
                            "aiter() returned not an async iterator of type "
                            "'%s'", awobj_typename(S, *out));
    return ok;
}

/* type(o).__anext__(o) */
static bool call_anext(AwState *S, Value o, Value *out)
{
    if (IS_AGEN(S, o))
        return anext_of(S, AS_GEN(o), out);
    Type *t = awobj_type(S, o);
    if (IS_NULL(awtype_lookup(S, t, NAME(S, anext))))
        return awerr_format(S, EXC_TypeError,
                            "'%s' object is not an async iterator",
                            t->name->data);
    Value f;
    if (!awobj_getattr(S, o, NAME(S, anext), &f))
        return false;
    awgc_push(S, f);
    bool ok = awobj_call(S, f, 0, NULL, NULL, out);
    awgc_pop(S, 1);
    return ok;
}

bool awagen_bi_anext(AwState *S, int argc, Value *argv, Tuple *kw,
                     Value *out)
{
    if (kw != NULL && kw->len > 0)
        return awerr_format(S, EXC_TypeError,
                            "anext() takes no keyword arguments");
    if (argc < 1 || argc > 2)
        return awerr_format(S, EXC_TypeError,
                            argc < 1 ? "anext expected at least 1 argument, "
                                       "got %d"
                                     : "anext expected at most 2 arguments, "
                                       "got %d",
                            argc);
    Value w;
    if (!call_anext(S, argv[0], &w))
        return false;
    if (argc == 1) {
        *out = w;
        return true;
    }
    awgc_push(S, w);
    Iterator *a = awgc_alloc(S, TYPE(S, ANEXT_AWAITABLE), OBJ_ITERATOR,
                             sizeof(Iterator));
    awgc_pop(S, 1);
    if (a == NULL)
        return false;
    a->src = w;
    a->aux = argv[1];
    *out = OBJ_VAL(a);
    return true;
}

/* One step of the awaitable anext() wrapped, StopAsyncIteration becoming
 * the default as the await's result: 1 passed *out out, 0 done, -1. */
static int anext_step(AwState *S, Value self, Value sent, Value exc,
                      Value *out)
{
    Iterator *a = AS_ITER(self);
    Value w;
    if (!awgen_get_awaitable(S, a->src, 0, &w))
        return -1;
    awgc_push(S, w);
    int r;
    if (IS_AGEN_AWAIT(S, w)) {
        r = awagen_step(S, w, sent, exc, out);
    } else if (IS_NULL(exc)) {
        r = awgen_send_other(S, w, sent, out);
    } else {
        S->exc = exc;
        r = awgen_throw_other(S, w, out);
    }
    awgc_pop(S, 1);
    if (r < 0 && awerr_matches(S, EXC_TYPE(S, StopAsyncIteration))) {
        awerr_clear(S);
        *out = a->aux;
        r = 0;
    }
    return r;
}

static bool anext_send(AwState *S, int argc, Value *argv, Tuple *kw,
                       Value *out)
{
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "send() takes exactly one argument (%d given)",
                            argc - 1);
    return step_result(S, anext_step(S, argv[0], argv[1], NULL_VAL, out),
                       out);
}

static bool anext_throw(AwState *S, int argc, Value *argv, Tuple *kw,
                        Value *out)
{
    Value exc;
    if (!awgen_make_thrown(S, argc - 1, argv + 1, &exc))
        return false;
    awgc_push(S, exc);
    int r = anext_step(S, argv[0], NONE_VAL, exc, out);
    awgc_pop(S, 1);
    return step_result(S, r, out);
}

static int anext_next(AwState *S, Value self, Value *out)
{
    int r = anext_step(S, self, NONE_VAL, NULL_VAL, out);
    if (r == 0 && !step_result(S, 0, out))
        return -1;
    return r;
}

static const MethodDef anext_methods[] = {
    {"send", anext_send, MF_METHOD},
    {"throw", anext_throw, MF_METHOD},
    {"close", aw_aclose_step, MF_METHOD},
    {"__await__", aw_aiter_self, MF_METHOD},
    {NULL, NULL, 0},
};

bool awagen_init(AwState *S)
{
    Type *g = awtype_new_builtin(S, TY_ASYNC_GENERATOR, "async_generator",
                                 TYPE(S, OBJECT), OBJ_GENERATOR,
                                 sizeof(Generator));
    Type *s = awtype_new_builtin(S, TY_AGEN_ASEND, "async_generator_asend",
                                 TYPE(S, OBJECT), OBJ_ITERATOR,
                                 sizeof(Iterator));
    Type *t = awtype_new_builtin(S, TY_AGEN_ATHROW, "async_generator_athrow",
                                 TYPE(S, OBJECT), OBJ_ITERATOR,
                                 sizeof(Iterator));
    Type *n = awtype_new_builtin(S, TY_ANEXT_AWAITABLE, "anext_awaitable",
                                 TYPE(S, OBJECT), OBJ_ITERATOR,
                                 sizeof(Iterator));
    if (!g || !s || !t || !n)
        return false;
    g->repr = ag_repr;
    g->getset = agen_getset;
    g->new_ = s->new_ = t->new_ = n->new_ = NULL;
    s->iter = t->iter = n->iter = iter_self;
    s->next = t->next = aw_anext_step;
    n->next = anext_next;
    return awtype_add_methods(S, g, agen_methods) &&
           awtype_add_methods(S, s, await_methods) &&
           awtype_add_methods(S, t, await_methods) &&
           awtype_add_methods(S, n, anext_methods);
}
