/* The allocation funnel and a precise, non-moving mark-and-sweep collector.
 * Roots are the interpreter state, the temporary root stack and the frame
 * chain; marking uses an explicit gray stack (no C recursion). */
#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "vm/class.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/slab.h"
#include "vm/api.h"
#include "runtime/loop.h"
#include "vm/gen.h"
#include "vm/interp.h"

#define GC_MIN_THRESHOLD (1u << 20)

/* ------------------------------------------------------------------ */
/* Raw memory                                                          */

/* Small blocks come from the slab (vm/slab.c) when the host allocator
 * is the C library's and no sanitizer is watching (which must see every
 * block come and go). */
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) &&                 \
    !defined(AW_NO_SMALL_BLOCKS)
bool awmem_small_supported(void) { return true; }
#else
bool awmem_small_supported(void) { return false; }
#endif

void awmem_release(AwState *S)
{
    awslab_release(S);
}

/* realloc of p, a slab block of bsize bytes */
static void *slab_realloc(AwState *S, void *p, size_t bsize, size_t newsize)
{
    if (newsize <= bsize && newsize + 8 > bsize)
        return p; /* the same class */
    void *q = newsize <= AWSLAB_MAX ? awslab_alloc(S, newsize) : NULL;
    if (q == NULL)
        q = S->alloc(S->alloc_ud, NULL, 0, newsize);
    if (q == NULL)
        return NULL;
    memcpy(q, p, bsize < newsize ? bsize : newsize);
    awslab_free(S, p);
    return q;
}

/* The host allocator, or the slab for small blocks. */
static void *raw_realloc(AwState *S, void *p, size_t oldsize, size_t newsize)
{
    if (!S->small_ok)
        return S->alloc(S->alloc_ud, p, oldsize, newsize);
    if (p == NULL) {
        void *q = newsize <= AWSLAB_MAX ? awslab_alloc(S, newsize) : NULL;
        return q ? q : S->alloc(S->alloc_ud, NULL, 0, newsize);
    }
    size_t bsize = awslab_size(S, p);
    if (bsize == 0)
        return S->alloc(S->alloc_ud, p, oldsize, newsize);
    if (newsize == 0) {
        awslab_free(S, p);
        return NULL;
    }
    return slab_realloc(S, p, bsize, newsize);
}

void *awmem_alloc(AwState *S, size_t size)
{
    return awmem_realloc(S, NULL, 0, size);
}

/* A request the limit or the host refused: the next object allocation
 * collects first, so that the MemoryError's handler finds the room that
 * garbage held (a raw buffer cannot collect: its callers do not root). */
static void *refused(AwState *S)
{
    S->next_gc = 0;
    S->mem_refused = true;
    return NULL;
}

void *awmem_realloc(AwState *S, void *p, size_t oldsize, size_t newsize)
{
    if (newsize > oldsize && S->mem_limit &&
        (newsize - oldsize > S->mem_limit ||
         S->bytes + (newsize - oldsize) > S->mem_limit))
        return refused(S);
    void *q = raw_realloc(S, p, oldsize, newsize);
    if (q == NULL && newsize > 0)
        return refused(S);
    S->bytes = S->bytes - oldsize + newsize;
    return q;
}

void awmem_free(AwState *S, void *p, size_t size)
{
    if (p == NULL)
        return;
    awmem_realloc(S, p, size, 0);
}

/* ------------------------------------------------------------------ */
/* Object allocation                                                   */

void *awgc_alloc(AwState *S, Type *t, ObjKind k, size_t size)
{
    if (!S->gc_paused && (S->gc_stress || S->bytes > S->next_gc))
        awgc_collect(S);
    /* instances of classes carry their extension (vm/class.h) */
    size_t base = size;
    uint32_t extra = t != NULL ? t->extsize : 0;
    if (extra)
        size = ((base + 7) & ~(size_t)7) + extra;
    Obj *o = awmem_alloc(S, size);
    if (o == NULL && !S->gc_paused) {
        awgc_collect(S); /* the limit may be reachable after a collection */
        o = awmem_alloc(S, size);
    }
    if (o == NULL) {
        awerr_nomem(S);
        return NULL;
    }
    memset(o, 0, size);
    o->type = t;
    o->kind = (uint8_t)k;
    o->extra = extra;
    if (extra && t->dictoffset != 0) {
        /* the __dict__ Value is tagged from the start: a Dict * that
         * arrives later is then traced */
        Value *ext = (Value *)(void *)((char *)o + ((base + 7) & ~7u));
        int32_t off = t->dictoffset;
        char *p = off > 0 ? (char *)o + off : (char *)ext + (-off - 1);
        if (p >= (char *)ext)
            ((Value *)(void *)(p - 8))->tag = VT_OBJ;
    }
    o->gcnext = S->objects;
    S->objects = o;
    return o;
}

Native *awnative_new(AwState *S, Type *t, const NativeClass *cls,
                     size_t size)
{
    if (size > AWNATIVE_MAX) {
        awerr_nomem(S);
        return NULL;
    }
    /* a multiple of 16: slab blocks of such sizes are 16-aligned, as
     * the payload promises */
    Native *n = awgc_alloc(S, t, OBJ_NATIVE, AWNATIVE_BYTES(size));
    if (n != NULL) {
        n->cls = cls;
        n->size = size;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Marking                                                             */

static void gray_push(AwState *S, Obj *o)
{
    if (S->ngray == S->capgray) {
        size_t cap = S->capgray ? S->capgray * 2 : 256;
        /* The gray stack is GC bookkeeping: it bypasses the limit. */
        Obj **g = S->alloc(S->alloc_ud, S->gray, S->capgray * sizeof(Obj *),
                           cap * sizeof(Obj *));
        if (g == NULL) {
            S->gray_overflow = true; /* rescanned in a slow pass */
            return;
        }
        S->gray = g;
        S->capgray = cap;
    }
    S->gray[S->ngray++] = o;
}

void awgc_mark_obj(AwState *S, Obj *o)
{
    if (o == NULL || o->marked)
        return;
    o->marked = 1;
    gray_push(S, o);
}

void awgc_mark_value(AwState *S, Value v)
{
    if (v.tag == VT_OBJ)
        awgc_mark_obj(S, v.as.o);
}

static void mark_values(AwState *S, const Value *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].tag == VT_OBJ)
            awgc_mark_obj(S, v[i].as.o);
}

#define MARK(p) awgc_mark_obj(S, (Obj *)(p))

static void trace_type(AwState *S, Type *t)
{
    MARK(t->name);
    MARK(t->qualname);
    MARK(t->module);
    MARK(t->base);
    MARK(t->bases);
    MARK(t->mro);
    MARK(t->dict);
}

static void trace_code(AwState *S, Code *c)
{
    MARK(c->name);
    MARK(c->qualname);
    MARK(c->filename);
    if (c->consts)
        mark_values(S, c->consts, c->nconsts);
    for (uint32_t i = 0; c->names && i < c->nnames; i++)
        MARK(c->names[i]);
    uint32_t nl = c->nlocals + c->ncells + c->nfrees;
    for (uint32_t i = 0; c->localnames && i < nl; i++)
        MARK(c->localnames[i]);
}

static void trace_function(AwState *S, Function *f)
{
    MARK(f->code);
    MARK(f->globals);
    MARK(f->builtins);
    MARK(f->defaults);
    MARK(f->kwdefaults);
    MARK(f->closure);
    MARK(f->name);
    MARK(f->qualname);
    awgc_mark_value(S, f->module);
    awgc_mark_value(S, f->doc);
    MARK(f->dict);
    MARK(f->annotations);
}

static void trace_dict(AwState *S, Dict *d)
{
    for (size_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key.tag == VT_NULL)
            continue;
        awgc_mark_value(S, d->entries[i].key);
        awgc_mark_value(S, d->entries[i].value);
    }
}

static void trace_set(AwState *S, Set *s)
{
    if (s->table == NULL)
        return;
    for (size_t i = 0; i <= s->mask; i++)
        awgc_mark_value(S, s->table[i].key);
}

static void trace_exception(AwState *S, Exception *e)
{
    MARK(e->args);
    awgc_mark_value(S, e->cause);
    awgc_mark_value(S, e->context);
    MARK(e->tb);
    MARK(e->dict);
    awgc_mark_value(S, e->task_site);
}

static void trace_generator(AwState *S, Generator *g);

/* Blacken one object: mark everything it references. */
static void trace(AwState *S, Obj *o)
{
    MARK(o->type);
    if (o->extra)
        mark_values(S, awobj_ext(o), o->extra / sizeof(Value));
    switch ((ObjKind)o->kind) {
    case OBJ_STR: case OBJ_BYTES: case OBJ_BIGINT: case OBJ_RANGE:
    case OBJ_SINGLETON: case OBJ_RECORD:
        break;
    case OBJ_LIST:
        mark_values(S, ((List *)o)->items, ((List *)o)->len);
        break;
    case OBJ_TUPLE:
        mark_values(S, ((Tuple *)o)->items, ((Tuple *)o)->len);
        break;
    case OBJ_DICT: trace_dict(S, (Dict *)o); break;
    case OBJ_SET: trace_set(S, (Set *)o); break;
    case OBJ_SLICE: {
        Slice *sl = (Slice *)o;
        awgc_mark_value(S, sl->start);
        awgc_mark_value(S, sl->stop);
        awgc_mark_value(S, sl->step);
        break;
    }
    case OBJ_TYPE: trace_type(S, (Type *)o); break;
    case OBJ_CODE: trace_code(S, (Code *)o); break;
    case OBJ_FUNCTION: trace_function(S, (Function *)o); break;
    case OBJ_CELL: awgc_mark_value(S, ((Cell *)o)->v); break;
    case OBJ_CFUNCTION: {
        CFunction *cf = (CFunction *)o;
        awgc_mark_value(S, cf->self);
        MARK(cf->owner);
        awgc_mark_value(S, cf->module);
        break;
    }
    case OBJ_BOUND_METHOD:
        awgc_mark_value(S, ((BoundMethod *)o)->self);
        awgc_mark_value(S, ((BoundMethod *)o)->func);
        break;
    case OBJ_EXCEPTION: trace_exception(S, (Exception *)o); break;
    case OBJ_TRACEBACK:
        MARK(((Traceback *)o)->next);
        MARK(((Traceback *)o)->code);
        break;
    case OBJ_MODULE:
        MARK(((Module *)o)->name);
        MARK(((Module *)o)->dict);
        break;
    case OBJ_INSTANCE: break; /* the extension holds everything */
    case OBJ_ITERATOR:
        awgc_mark_value(S, ((Iterator *)o)->src);
        awgc_mark_value(S, ((Iterator *)o)->aux);
        break;
    case OBJ_GENERATOR: trace_generator(S, (Generator *)o); break;
    case OBJ_LOOP: awloop_trace(S, (Loop *)o); break;
    case OBJ_FUTURE: awfuture_trace(S, (Future *)o); break;
    case OBJ_HANDLE: awhandle_trace(S, (Handle *)o); break;
    case OBJ_NCORO: awncoro_trace(S, (NCoro *)o); break;
    case OBJ_QUEUE: awqueue_trace(S, (AQueue *)o); break;
    case OBJ_NATIVE: {
        Native *n = (Native *)o;
        if (n->cls->trace)
            n->cls->trace(S, n->data);
        break;
    }
    }
}

static void mark_frame(AwState *S, Frame *f)
{
    MARK(f->func);
    MARK(f->code);
    MARK(f->globals);
    MARK(f->builtins);
    MARK(f->locals);
    if (f->sp != NULL && f->sp >= f->localsplus)
        mark_values(S, f->localsplus, (size_t)(f->sp - f->localsplus));
}

static void trace_generator(AwState *S, Generator *g)
{
    MARK(g->name);
    MARK(g->qualname);
    awgc_mark_value(S, g->delegate);
    awgc_mark_obj(S, g->exc_state);
    awgc_mark_obj(S, g->outer_exc);
    MARK(g->prev_root);
    MARK(g->ccode);
    MARK(g->agloop);
    mark_frame(S, GEN_FRAME(g));
}

static void mark_frames(AwState *S)
{
    for (Frame *f = S->frame; f != NULL; f = f->prev) {
        if (f->flags & FRAME_HEAP)
            MARK(FRAME_GEN(f)); /* a running generator stays alive */
        mark_frame(S, f);
    }
}

static void mark_roots(AwState *S)
{
    for (int i = 0; i < TY__COUNT; i++)
        MARK(S->types[i]);
    for (int i = 0; i < EXC__COUNT; i++)
        MARK(S->exc_types[i]);
    for (int i = 0; i < NAME__COUNT; i++)
        MARK(S->names[i]);
    MARK(S->notimpl);
    MARK(S->ellipsis);
    MARK(S->nomem);
    MARK(S->builtins);
    MARK(S->modules);
    MARK(S->linecache);
    awgc_mark_value(S, S->argv);
    awapi_trace(S);
    awgc_mark_value(S, S->exc);
    awgc_mark_value(S, S->exc_info);
    mark_values(S, S->roots, S->nroots);
    MARK(S->genroot);
    MARK(S->loop);
    MARK(S->event_loop);
    MARK(S->host_loop);
    for (size_t i = 0; i < S->nfin_queue; i++) /* revived, to report */
        MARK(S->fin_queue[i]);
    mark_frames(S);
}

/* When the gray stack could not grow, some marked objects were never
 * traced: trace every marked object until nothing new is marked. */
static void drain(AwState *S)
{
    for (;;) {
        while (S->ngray > 0)
            trace(S, S->gray[--S->ngray]);
        if (!S->gray_overflow)
            return;
        S->gray_overflow = false;
        for (Obj *o = S->objects; o != NULL; o = o->gcnext)
            if (o->marked)
                trace(S, o);
        for (Obj *o = S->coros; o != NULL; o = o->gcnext)
            if (o->marked)
                trace(S, o);
    }
}

/* ------------------------------------------------------------------ */
/* Sweeping                                                            */

size_t awgc_basesize(Obj *o)
{
    switch ((ObjKind)o->kind) {
    case OBJ_STR: return sizeof(String) + ((String *)o)->len + 1;
    case OBJ_BYTES: return sizeof(Bytes) + ((Bytes *)o)->len + 1;
    case OBJ_TUPLE: return sizeof(Tuple) + ((Tuple *)o)->len * sizeof(Value);
    case OBJ_BIGINT: return sizeof(BigInt);
    case OBJ_LIST: return sizeof(List);
    case OBJ_DICT: return sizeof(Dict);
    case OBJ_SET: return sizeof(Set);
    case OBJ_RANGE: return sizeof(Range);
    case OBJ_SLICE: return sizeof(Slice);
    case OBJ_TYPE: return sizeof(Type);
    case OBJ_CODE: return sizeof(Code);
    case OBJ_FUNCTION: return sizeof(Function);
    case OBJ_CELL: return sizeof(Cell);
    case OBJ_CFUNCTION: return sizeof(CFunction);
    case OBJ_BOUND_METHOD: return sizeof(BoundMethod);
    case OBJ_EXCEPTION: return sizeof(Exception);
    case OBJ_TRACEBACK: return sizeof(Traceback);
    case OBJ_MODULE: return sizeof(Module);
    case OBJ_INSTANCE: return sizeof(Instance);
    case OBJ_ITERATOR: return sizeof(Iterator);
    case OBJ_SINGLETON: return sizeof(Singleton);
    case OBJ_GENERATOR: return GEN_SIZE((Generator *)o);
    case OBJ_LOOP: return sizeof(Loop);
    case OBJ_FUTURE: return awfuture_size(o);
    case OBJ_HANDLE: return sizeof(Handle);
    case OBJ_NCORO: return sizeof(NCoro);
    case OBJ_QUEUE: return sizeof(AQueue);
    case OBJ_RECORD: return sizeof(Obj);
    case OBJ_NATIVE: return AWNATIVE_BYTES(((Native *)o)->size);
    }
    return sizeof(Obj);
}

static size_t obj_size(Obj *o)
{
    size_t n = awgc_basesize(o);
    return o->extra ? ((n + 7) & ~(size_t)7) + o->extra : n;
}

static void free_code(AwState *S, Code *c)
{
    uint32_t nl = c->nlocals + c->ncells + c->nfrees;
    awmem_free(S, c->code, c->ncode * sizeof(uint32_t));
    awmem_free(S, c->consts, c->nconsts * sizeof(Value));
    awmem_free(S, c->names, c->nnames * sizeof(String *));
    awmem_free(S, c->localnames, nl * sizeof(String *));
    awmem_free(S, c->cell2arg, c->ncells * sizeof(int32_t));
    awmem_free(S, c->lines, c->nlines * sizeof(LineEntry));
    awmem_free(S, c->exctab, c->nexc * sizeof(ExcEntry));
}

static void free_obj(AwState *S, Obj *o)
{
    size_t size = obj_size(o);
    switch ((ObjKind)o->kind) {
    case OBJ_BIGINT:
        /* digits come from libtommath's own malloc, outside S->bytes */
        mp_clear(&((BigInt *)o)->n);
        break;
    case OBJ_LIST:
        awmem_free(S, ((List *)o)->items, ((List *)o)->cap * sizeof(Value));
        break;
    case OBJ_DICT: {
        Dict *d = (Dict *)o;
        awmem_free(S, d->entries, d->cap * sizeof(DictEntry));
        if (d->index)
            awmem_free(S, d->index, (d->mask + 1) * sizeof(int32_t));
        break;
    }
    case OBJ_SET: {
        Set *s = (Set *)o;
        if (s->table)
            awmem_free(S, s->table, (s->mask + 1) * sizeof(SetEntry));
        break;
    }
    case OBJ_CODE: free_code(S, (Code *)o); break;
    case OBJ_TYPE: awclass_free(S, (Type *)o); break;
    case OBJ_LOOP: awloop_free(S, (Loop *)o); break;
    case OBJ_QUEUE: awqueue_free(S, (AQueue *)o); break;
    case OBJ_NATIVE:
        if (((Native *)o)->cls->finalize)
            ((Native *)o)->cls->finalize(S, ((Native *)o)->data);
        break;
    default: break;
    }
    awmem_free(S, o, size);
}

/* Interned strings are weak: drop the ones about to be freed. */
static void sweep_interned(AwState *S)
{
    InternTable *t = &S->interned;
    if (t->slots == NULL)
        return;
    for (size_t i = 0; i <= t->mask; i++) {
        String *s = t->slots[i];
        if (s != NULL && s != (String *)1 && !s->obj.marked) {
            t->slots[i] = (String *)1;
            t->count--;
        }
    }
}

static void sweep(AwState *S, Obj **link)
{
    while (*link != NULL) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            link = &o->gcnext;
        } else {
            *link = o->gcnext;
            free_obj(S, o);
        }
    }
}

static bool grow_ptrs(AwState *S, Obj ***a, size_t *cap, size_t n)
{
    if (n < *cap)
        return true;
    size_t ncap = *cap ? *cap * 2 : 64;
    Obj **p = S->alloc(S->alloc_ud, *a, *cap * sizeof(Obj *),
                       ncap * sizeof(Obj *));
    if (p == NULL)
        return false;
    *a = p;
    *cap = ncap;
    return true;
}

void awgc_track_coro(AwState *S, Obj *o)
{
    /* o is the newest object: the head of S->objects */
    if (S->objects != o)
        return;
    S->objects = o->gcnext;
    o->gcnext = S->coros;
    S->coros = o;
}

void awgc_watch(AwState *S, Obj *o)
{
    if (grow_ptrs(S, &S->fin, &S->capfin, S->nfin))
        S->fin[S->nfin++] = o; /* out of memory: no report, no harm */
}

static void queue_report(AwState *S, Obj *o)
{
    if (grow_ptrs(S, &S->fin_queue, &S->capfin_queue, S->nfin_queue)) {
        S->fin_queue[S->nfin_queue++] = o;
        awgc_mark_obj(S, o);
    }
}

/* After marking: a watched object that died with something to report is
 * revived into fin_queue, to report at the next safe point; one that can
 * never report any more leaves the watch list. Coroutines and async
 * generators live on their own list (S->coros, awgc_track_coro), so
 * finding the ones that died unstarted or unfinalised walks only them,
 * not the heap. */
static void revive_watched(AwState *S)
{
    for (Obj *o = S->coros; o != NULL; o = o->gcnext)
        if (!o->marked && awruntime_wants_report(S, o))
            queue_report(S, o);
    size_t k = 0;
    for (size_t i = 0; i < S->nfin; i++) {
        Obj *o = S->fin[i]; /* futures with an exception to report */
        if (!awruntime_wants_report(S, o))
            continue;
        if (o->marked)
            S->fin[k++] = o;
        else
            queue_report(S, o);
    }
    S->nfin = k;
    if (S->capfin > 1024 && k < S->capfin / 4) { /* a burst is over */
        size_t ncap = S->capfin / 2;
        Obj **p = S->alloc(S->alloc_ud, S->fin, S->capfin * sizeof(Obj *),
                           ncap * sizeof(Obj *));
        if (p != NULL) {
            S->fin = p;
            S->capfin = ncap;
        }
    }
    drain(S);
}

void awgc_run_finalizers(AwState *S, bool all)
{
    if (S->gc_paused)
        return; /* inside a report: an async generator's close runs aw code */
    if (all) { /* the end: everything alive with something to say */
        S->nfin = 0;
        for (Obj *o = S->coros; o != NULL; o = o->gcnext)
            if (awruntime_wants_report(S, o) &&
                grow_ptrs(S, &S->fin_queue, &S->capfin_queue, S->nfin_queue))
                S->fin_queue[S->nfin_queue++] = o;
        for (Obj *o = S->objects; o != NULL; o = o->gcnext)
            if ((o->kind == OBJ_GENERATOR || o->kind == OBJ_FUTURE) &&
                awruntime_wants_report(S, o) &&
                grow_ptrs(S, &S->fin_queue, &S->capfin_queue, S->nfin_queue))
                S->fin_queue[S->nfin_queue++] = o;
    }
    if (S->nfin_queue == 0)
        return;
    Value exc = awerr_fetch(S);
    awgc_push(S, exc);
    S->gc_paused++; /* the queue holds the objects; reports allocate */
    for (size_t i = 0; i < S->nfin_queue; i++)
        awruntime_report(S, S->fin_queue[i]);
    S->nfin_queue = 0;
    S->gc_paused--;
    S->exc = exc;
    awgc_pop(S, 1);
}

/* The heap may double before the next collection, but under a memory
 * limit it collects when half the room left is used: buffers, which
 * cannot collect, then rarely meet the limit while garbage fills it. The
 * floor of 1/64 of the limit keeps a nearly full heap from collecting at
 * every allocation. */
static size_t next_threshold(AwState *S)
{
    size_t next = S->bytes * 2;
    if (next < GC_MIN_THRESHOLD)
        next = GC_MIN_THRESHOLD;
    if (S->mem_limit) {
        size_t room = S->mem_limit > S->bytes ? S->mem_limit - S->bytes : 0;
        size_t step = room / 2;
        if (step < S->mem_limit / 64)
            step = S->mem_limit / 64;
        if (next > S->bytes + step)
            next = S->bytes + step;
    }
    return next;
}

void awgc_collect(AwState *S)
{
    if (S->gc_paused)
        return;
    S->gc_paused++;
    mark_roots(S);
    drain(S);
    revive_watched(S);
    awclass_gc_prune(S);
    sweep_interned(S);
    sweep(S, &S->objects);
    sweep(S, &S->coros);
    S->gc_paused--;
    S->next_gc = next_threshold(S);
}

void awgc_recover(AwState *S)
{
    if (S->mem_refused && !S->gc_paused) {
        S->mem_refused = false;
        awgc_collect(S);
    }
}

void awgc_free_all(AwState *S)
{
    Obj *lists[2] = {S->objects, S->coros};
    for (int i = 0; i < 2; i++) {
        Obj *o = lists[i];
        while (o != NULL) {
            Obj *next = o->gcnext;
            free_obj(S, o);
            o = next;
        }
    }
    S->objects = S->coros = NULL;
    if (S->fin)
        S->alloc(S->alloc_ud, S->fin, S->capfin * sizeof(Obj *), 0);
    if (S->fin_queue)
        S->alloc(S->alloc_ud, S->fin_queue, S->capfin_queue * sizeof(Obj *),
                 0);
    S->fin = S->fin_queue = NULL;
    if (S->gray)
        S->alloc(S->alloc_ud, S->gray, S->capgray * sizeof(Obj *), 0);
    S->gray = NULL;
    S->capgray = S->ngray = 0;
}
