/* The warnings asyncio prints on stderr when an object dies with
 * something left undone, in CPython's words. The GC keeps such objects
 * alive until a safe point calls awruntime_report (vm/gc.c). */
#include <stdio.h>
#include <string.h>

#include "runtime/loop.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/agen.h"
#include "vm/gen.h"
#include "vm/interp.h"
#include "vm/str.h"

bool awruntime_wants_report(AwState *S, Obj *o)
{
    if (o->type == TYPE(S, ASYNC_GENERATOR))
        return awagen_wants_finalize((Generator *)o);
    if (o->kind == OBJ_GENERATOR)
        return o->type == TYPE(S, COROUTINE) &&
               ((Generator *)o)->state == GEN_CREATED;
    if (o->kind == OBJ_FUTURE) {
        Future *f = (Future *)o;
        return f->log_exc ||
               ((o->flags & FUTF_TASK) && f->state == FUT_PENDING);
    }
    return false;
}

static void put(AwState *S, const char *s, size_t n)
{
    S->write_err(S->write_ud, s, n);
}

static void puts_err(AwState *S, const char *s)
{
    put(S, s, strlen(s));
}

static void put_repr(AwState *S, Value v)
{
    Value r;
    if (awobj_repr(S, v, &r))
        put(S, AS_STR(r)->data, AS_STR(r)->len);
    else
        awerr_clear(S);
}

/* file:line: RuntimeWarning: coroutine 'f' was never awaited, with the
 * line where it was created (CPython names where it was dropped). */
static void never_awaited(AwState *S, Generator *g)
{
    g->state = GEN_CLOSED; /* reported once */
    char buf[64];
    if (g->ccode) {
        int line = awcode_line(g->ccode, g->cpc);
        puts_err(S, g->ccode->filename->data);
        snprintf(buf, sizeof buf, ":%d: ", line);
        puts_err(S, buf);
        puts_err(S, "RuntimeWarning: coroutine '");
        puts_err(S, g->qualname->data);
        puts_err(S, "' was never awaited\n");
        String *src = awtb_source_line(S, g->ccode->filename, line);
        if (src) {
            const char *p = src->data;
            size_t n = src->len;
            while (n > 0 && (*p == ' ' || *p == '\t'))
                p++, n--;
            while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r'))
                n--;
            puts_err(S, "  ");
            put(S, p, n);
            puts_err(S, "\n");
        }
    } else {
        puts_err(S, "sys:1: RuntimeWarning: coroutine '");
        puts_err(S, g->qualname->data);
        puts_err(S, "' was never awaited\n");
    }
    puts_err(S, "RuntimeWarning: Enable tracemalloc to get the object "
                "allocation traceback\n");
}

void awruntime_report(AwState *S, Obj *o)
{
    if (o->type == TYPE(S, ASYNC_GENERATOR)) {
        awagen_finalize(S, (Generator *)o); /* aclose() in a task */
        return;
    }
    if (o->kind == OBJ_GENERATOR) {
        never_awaited(S, (Generator *)o);
        return;
    }
    Future *f = (Future *)o;
    bool task = (o->flags & FUTF_TASK) != 0;
    if (f->log_exc) {
        f->log_exc = false;
        puts_err(S, task ? "Task exception was never retrieved\nfuture: "
                         : "Future exception was never retrieved\nfuture: ");
        put_repr(S, OBJ_VAL(f));
        puts_err(S, "\n");
        awexc_print(S, awfuture_exc(f));
    } else if (task && f->state == FUT_PENDING) {
        puts_err(S, "Task was destroyed but it is pending!\ntask: ");
        put_repr(S, OBJ_VAL(f));
        puts_err(S, "\n");
    }
}
