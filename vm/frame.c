/* The frame stack: frames bump-allocated from chunks that never move, and
 * the binding of call arguments to a new frame's parameters with CPython
 * 3.11's rules and error messages. */
#include <stdio.h>
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Chunks                                                              */

/* Every chunk's data starts with a pointer to the VM cache, so that
 * awframe_cache finds it from the top chunk in O(1); the first chunk also
 * holds the cache itself, right after. */
#define CHUNK_PREFIX 16
#define CHUNK_DEFAULT (128u * 1024u)
#define CACHE_BYTES ((sizeof(VmCache) + 15) & ~(size_t)15)

_Static_assert(sizeof(Frame) % 16 == 0, "frames keep 16-byte alignment");

Frame *awframe_alloc_chunk(AwState *S, size_t size)
{
    FrameChunk *top = S->fstack;
    size_t start = CHUNK_PREFIX + (top == NULL ? CACHE_BYTES : 0);
    size_t data = start + size;
    if (data < CHUNK_DEFAULT)
        data = CHUNK_DEFAULT;
    /* counted like any buffer: deep recursion meets the memory limit */
    FrameChunk *c = awmem_alloc(S, sizeof(FrameChunk) + data);
    if (c == NULL)
        return NULL;
    c->prev = top;
    c->size = data;
    VmCache *vc;
    if (top == NULL) {
        vc = (VmCache *)(void *)(c->data + CHUNK_PREFIX);
        memset(vc, 0, sizeof *vc);
    } else {
        vc = awframe_cache(S);
    }
    memcpy(c->data, &vc, sizeof vc);
    c->used = start + size;
    S->fstack = c;
    return (Frame *)(void *)(c->data + start);
}

void awframe_pop(AwState *S, Frame *f)
{
    S->frame = f->prev;
    S->depth--;
    if (f->flags & FRAME_HEAP)
        return;
    FrameChunk *c = S->fstack;
    unsigned char *p = (unsigned char *)f;
    while (p < c->data || p >= c->data + c->size) {
        /* f lies in a chunk below: the ones above are empty. Keeping an
         * empty chunk until then avoids thrashing at a chunk boundary. */
        S->fstack = c->prev;
        awmem_free(S, c, sizeof(FrameChunk) + c->size);
        c = S->fstack;
    }
    c->used = (size_t)(p - c->data);
}

Frame *awframe_push(AwState *S, Function *func, Code *code, Dict *globals,
                    Dict *builtins, Dict *locals)
{
    if (S->depth >= S->recursion_limit) {
        awerr_format(S, EXC_RecursionError,
                     "maximum recursion depth exceeded");
        return NULL;
    }
    size_t size = awframe_size(code);
    Frame *f = awframe_alloc(S, size);
    if (f == NULL) {
        awerr_nomem(S);
        return NULL;
    }
    uint32_t nlp = code->nlocals + code->ncells + code->nfrees;
    f->prev = S->frame;
    f->func = func;
    f->code = code;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ip = code->code;
    f->stack = f->localsplus + nlp;
    f->sp = f->stack;
    f->flags = 0;
    f->size = (uint32_t)size;
    memset(f->localsplus, 0, nlp * sizeof(Value));
    S->frame = f;
    S->depth++;
    return f;
}

/* ------------------------------------------------------------------ */
/* Cells and free variables                                            */

bool awframe_init_cells(AwState *S, Frame *f)
{
    Code *co = f->code;
    Value *cells = f->localsplus + co->nlocals;
    for (uint32_t i = 0; i < co->ncells; i++) {
        Cell *c = awgc_alloc(S, TYPE(S, CELL), OBJ_CELL, sizeof(Cell));
        if (c == NULL)
            return false;
        int32_t arg = co->cell2arg ? co->cell2arg[i] : -1;
        if (arg >= 0) {
            /* the parameter lives on in its cell only, as in CPython */
            c->v = f->localsplus[arg];
            f->localsplus[arg] = NULL_VAL;
        }
        cells[i] = OBJ_VAL(c);
    }
    Value *frees = cells + co->ncells;
    Tuple *closure = f->func ? f->func->closure : NULL;
    for (uint32_t i = 0; i < co->nfrees; i++) {
        if (closure != NULL && i < closure->len) {
            frees[i] = closure->items[i];
            continue;
        }
        /* a function built without its closure: an always-empty cell */
        Cell *c = awgc_alloc(S, TYPE(S, CELL), OBJ_CELL, sizeof(Cell));
        if (c == NULL)
            return false;
        frees[i] = OBJ_VAL(c);
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Argument errors                                                     */

static const char *qualname(Frame *f)
{
    Function *fn = f->func;
    String *s = fn->qualname ? fn->qualname : fn->name;
    return s ? s->data : "?";
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" of the unbound parameters
 * in [start, end). */
static void missing_names(StrBuf *b, Frame *f, uint32_t start, uint32_t end,
                          int missing)
{
    int k = 0;
    for (uint32_t i = start; i < end; i++) {
        if (!IS_NULL(f->localsplus[i]))
            continue;
        if (k > 0)
            awbuf_puts(b, missing == 2 ? " and " : k == missing - 1
                                                       ? ", and "
                                                       : ", ");
        awbuf_printf(b, "'%s'", f->code->localnames[i]->data);
        k++;
    }
}

static bool missing_arguments(AwState *S, Frame *f, int missing,
                              bool positional, uint32_t defcount)
{
    Code *co = f->code;
    uint32_t start = positional ? 0 : co->argcount;
    uint32_t end = positional ? co->argcount - defcount
                              : co->argcount + co->kwonlyargcount;
    StrBuf b;
    awbuf_init(S, &b);
    missing_names(&b, f, start, end, missing);
    awbuf_putc(&b, '\0');
    if (b.failed) {
        awbuf_free(&b);
        return awerr_nomem(S);
    }
    awerr_format(S, EXC_TypeError, "%s() missing %d required %s argument%s: %s",
                 qualname(f), missing,
                 positional ? "positional" : "keyword-only",
                 missing == 1 ? "" : "s", b.data);
    awbuf_free(&b);
    return false;
}

static bool too_many_positional(AwState *S, Frame *f, int given)
{
    Code *co = f->code;
    Tuple *defs = f->func->defaults;
    uint32_t defcount = defs ? (uint32_t)defs->len : 0;
    int kwonly_given = 0;
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount;
         i++)
        kwonly_given += !IS_NULL(f->localsplus[i]);
    char sig[64], kwsig[96] = "";
    bool plural = true;
    if (defcount)
        snprintf(sig, sizeof sig, "from %u to %u", co->argcount - defcount,
                 co->argcount);
    else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%u", co->argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig,
                 " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given,
                 kwonly_given != 1 ? "s" : "");
    return awerr_format(S, EXC_TypeError,
                        "%s() takes %s positional argument%s but %d%s %s "
                        "given",
                        qualname(f), sig, plural ? "s" : "", given, kwsig,
                        given == 1 && !kwonly_given ? "was" : "were");
}

static bool posonly_as_keyword(AwState *S, Frame *f, Tuple *kwnames)
{
    Code *co = f->code;
    StrBuf b;
    awbuf_init(S, &b);
    int n = 0;
    for (uint32_t k = 0; k < co->posonlyargcount; k++) {
        String *name = co->localnames[k];
        for (size_t j = 0; j < kwnames->len; j++) {
            String *kw = AS_STR(kwnames->items[j]);
            if (kw == name || awstr_equal(kw, name)) {
                awbuf_printf(&b, "%s%s", n ? ", " : "", name->data);
                n++;
            }
        }
    }
    awbuf_putc(&b, '\0');
    if (b.failed) {
        awbuf_free(&b);
        return awerr_nomem(S);
    }
    if (n > 0)
        awerr_format(S, EXC_TypeError,
                     "%s() got some positional-only arguments passed as "
                     "keyword arguments: '%s'",
                     qualname(f), b.data);
    awbuf_free(&b);
    return n == 0;
}

/* ------------------------------------------------------------------ */
/* Binding                                                             */

/* The parameter a keyword names (among those that may be passed by
 * keyword), or -1. Names are interned, so pointers almost always match. */
static int64_t keyword_slot(Code *co, String *kw)
{
    uint32_t total = co->argcount + co->kwonlyargcount;
    for (uint32_t j = co->posonlyargcount; j < total; j++)
        if (co->localnames[j] == kw)
            return j;
    for (uint32_t j = co->posonlyargcount; j < total; j++)
        if (awstr_equal(co->localnames[j], kw))
            return j;
    return -1;
}

static bool bind_keywords(AwState *S, Frame *f, Value *kwvalues,
                          Tuple *kwnames, Dict *kwdict)
{
    Code *co = f->code;
    for (size_t i = 0; i < kwnames->len; i++) {
        Value key = kwnames->items[i];
        if (!IS_STR(key))
            return awerr_format(S, EXC_TypeError,
                                "%s() keywords must be strings",
                                qualname(f));
        int64_t j = keyword_slot(co, AS_STR(key));
        if (j >= 0) {
            if (!IS_NULL(f->localsplus[j]))
                return awerr_format(S, EXC_TypeError,
                                    "%s() got multiple values for argument "
                                    "'%s'",
                                    qualname(f), AS_STR(key)->data);
            f->localsplus[j] = kwvalues[i];
            continue;
        }
        if (kwdict == NULL) {
            if (co->posonlyargcount && !posonly_as_keyword(S, f, kwnames))
                return false;
            return awerr_format(S, EXC_TypeError,
                                "%s() got an unexpected keyword argument "
                                "'%s'",
                                qualname(f), AS_STR(key)->data);
        }
        if (!awdict_set(S, kwdict, key, kwvalues[i]))
            return false;
    }
    return true;
}

/* Missing positional parameters take their defaults; TypeError when one
 * without a default is left. */
static bool fill_positional_defaults(AwState *S, Frame *f, int argc)
{
    Code *co = f->code;
    Tuple *defs = f->func->defaults;
    uint32_t defcount = defs ? (uint32_t)defs->len : 0;
    if (defcount > co->argcount)
        defcount = co->argcount;
    uint32_t m = co->argcount - defcount;
    int missing = 0;
    for (uint32_t i = (uint32_t)argc; i < m; i++)
        missing += IS_NULL(f->localsplus[i]);
    if (missing)
        return missing_arguments(S, f, missing, true, defcount);
    uint32_t first = (uint32_t)argc > m ? (uint32_t)argc - m : 0;
    for (uint32_t i = first; i < defcount; i++)
        if (IS_NULL(f->localsplus[m + i]))
            f->localsplus[m + i] = defs->items[defs->len - defcount + i];
    return true;
}

static bool fill_kwonly_defaults(AwState *S, Frame *f)
{
    Code *co = f->code;
    Dict *kwdefs = f->func->kwdefaults;
    int missing = 0;
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount;
         i++) {
        if (!IS_NULL(f->localsplus[i]))
            continue;
        if (kwdefs != NULL) {
            Value v = awdict_get_str(S, kwdefs, co->localnames[i]);
            if (!IS_NULL(v)) {
                f->localsplus[i] = v;
                continue;
            }
        }
        missing++;
    }
    return missing == 0 || missing_arguments(S, f, missing, false, 0);
}

bool awframe_bind(AwState *S, Frame *f, int argc, Value *argv,
                  Tuple *kwnames)
{
    Code *co = f->code;
    Value *lp = f->localsplus;
    uint32_t total = co->argcount + co->kwonlyargcount;
    Dict *kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        if ((kwdict = awdict_new(S)) == NULL)
            return false;
        lp[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = OBJ_VAL(kwdict);
    }
    uint32_t n = (uint32_t)argc > co->argcount ? co->argcount
                                               : (uint32_t)argc;
    if (n > 0)
        memcpy(lp, argv, n * sizeof(Value));
    if (co->flags & CO_VARARGS) {
        Tuple *t = awtuple_from_array(S, argv + n, (size_t)argc - n);
        if (t == NULL)
            return false;
        lp[total] = OBJ_VAL(t);
    }
    if (kwnames != NULL && kwnames->len > 0 &&
        !bind_keywords(S, f, argv + argc, kwnames, kwdict))
        return false;
    if ((uint32_t)argc > co->argcount && !(co->flags & CO_VARARGS))
        return too_many_positional(S, f, argc);
    if ((uint32_t)argc < co->argcount &&
        !fill_positional_defaults(S, f, argc))
        return false;
    if (co->kwonlyargcount > 0 && !fill_kwonly_defaults(S, f))
        return false;
    if (co->ncells == 0 && co->nfrees == 0)
        return true;
    return awframe_init_cells(S, f);
}
