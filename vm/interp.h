/* Frames and the dispatch loop (vm/frame.c, vm/interp.c, vm/func.c).
 *
 * A call from aw code to aw code pushes a Frame and continues in the same
 * C loop: no C recursion. A frame holds everything needed to resume it
 * (ip, sp, its localsplus), so a later issue can park a generator or
 * coroutine frame on the heap at `yield`/`await` and resume it in O(1). */
#ifndef AW_INTERP_H
#define AW_INTERP_H

#include <string.h>

#include "vm/state.h"

enum {
    FRAME_ENTRY = 1 << 0, /* returning from it leaves awvm_execute */
    FRAME_HEAP = 1 << 1,  /* owned by a generator/coroutine object */
    FRAME_INIT = 1 << 2   /* __init__ of C(...): the caller keeps the
                           * instance, the return value must be None */
};

/* Bits the VM caches in a Code's obj.flags on its first call (the
 * compiler leaves them 0): CODEF_SIMPLE when a call passing exactly
 * argcount positional arguments needs no binding work (no *args,
 * **kwargs, keyword-only parameters or cells). */
enum { CODEF_CHECKED = 1 << 0, CODEF_SIMPLE = 1 << 1 };

struct Frame {
    Frame *prev;        /* the caller */
    Function *func;     /* NULL for module code run directly */
    Code *code;
    Dict *globals;
    Dict *builtins;
    Dict *locals;       /* name scope for LOAD_NAME; NULL in functions */
    const uint32_t *ip; /* next instruction (saved while not running) */
    Value *sp;          /* stack top: valid whenever a collection can run */
    uint32_t flags;     /* FRAME_* */
    uint32_t size;      /* bytes, for the frame stack */
    Value localsplus[]; /* locals, cells, frees, then the value stack */
};

/* The pc of the instruction a frame is executing (for tracebacks). */
static inline uint32_t awframe_pc(Frame *f)
{
    return (uint32_t)(f->ip - f->code->code) - 1;
}
/* Source line of pc in code (Code.lines). */
int awcode_line(Code *code, uint32_t pc);

Code *awcode_new(AwState *S);
Function *awfunc_new(AwState *S, Code *code, Dict *globals);
Value awmethod_new(AwState *S, Value self, Value func);

/* ------------------------------------------------------------------ */
/* The frame stack (vm/frame.c)                                        */

/* Bytes of a frame for code: header, localsplus and the value stack. */
/* The value stack's base: after the locals, cells and frees. Computed,
 * not stored: only exception handling needs it, and every suspended
 * coroutine would pay for the field. */
static inline Value *awframe_stack(Frame *f)
{
    const Code *c = f->code;
    return f->localsplus + c->nlocals + c->ncells + c->nfrees;
}

static inline size_t awframe_size(const Code *code)
{
    return sizeof(Frame) + (size_t)(code->nlocals + code->ncells +
                                     code->nfrees + code->maxstack) *
                               sizeof(Value);
}

/* Takes a new chunk for a frame of size bytes: awframe_alloc's slow
 * path. NULL when out of memory (no exception set). */
Frame *awframe_alloc_chunk(AwState *S, size_t size);

/* Bump-allocates size bytes for a frame on the frame stack. Never
 * collects; NULL when out of memory (no exception set). The frame is
 * neither initialised nor linked: awframe_push does both. */
static inline Frame *awframe_alloc(AwState *S, size_t size)
{
    FrameChunk *c = S->fstack;
    if (AW_LIKELY(c != NULL && c->size - c->used >= size)) {
        Frame *f = (Frame *)(void *)(c->data + c->used);
        c->used += size;
        return f;
    }
    return awframe_alloc_chunk(S, size);
}

/* Pushes a frame running code from its first instruction and links it as
 * S->frame: func is NULL for module code, locals the LOAD_NAME scope (NULL
 * in functions). Locals, cells and frees start unbound (VT_NULL) and the
 * value stack empty. Never collects. NULL with RecursionError ("maximum
 * recursion depth exceeded") past S->recursion_limit frames, or with
 * MemoryError. */
Frame *awframe_push(AwState *S, Function *func, Code *code, Dict *globals,
                    Dict *builtins, Dict *locals);
/* Unlinks f, which must be S->frame, and releases its memory. */
void awframe_pop(AwState *S, Frame *f);
/* Binds call arguments to the parameters of a frame pushed for f->func
 * with CPython's rules and TypeErrors (defaults, keyword-only, *args,
 * **kwargs), then creates its cells and copies its free variables. argv
 * (argc positional values then one per kwnames item) stays rooted by the
 * caller. May collect. */
AW_NODISCARD bool awframe_bind(AwState *S, Frame *f, int argc, Value *argv,
                               Tuple *kwnames);
/* Creates f's cells (from cell2arg parameters when bound) and copies the
 * free variables of f->func's closure. May collect. */
AW_NODISCARD bool awframe_init_cells(AwState *S, Frame *f);

/* LOAD_GLOBAL's cache (vm/interp.c), direct-mapped by (name, globals).
 * Entries hold no references: a hit is checked against the live dicts, so
 * a stale entry is only ever a miss. */
typedef struct GlobalCacheEntry {
    String *name;
    Dict *globals;
    Dict *builtins;
    uint64_t gversion; /* globals' version when name was absent from it */
    int32_t gindex;    /* entry of name in globals, -1 when absent */
    int32_t bindex;    /* entry of name in builtins when gindex is -1 */
} GlobalCacheEntry;

#define AWVM_GCACHE_SIZE 512

/* LOAD_ATTR / LOAD_METHOD / STORE_ATTR's cache (vm/interp.c),
 * direct-mapped by instruction address. An entry applies to objects of
 * exactly `type` while type->version == version (never 0): any change to
 * the type or a base resets the version (vm/class.c), so the entry holds
 * no reference and a stale one is only ever a miss. */
enum { AC_NONE, AC_DICT, AC_SLOT, AC_METHOD };
typedef struct AttrCacheEntry {
    const uint32_t *ip;
    Type *type;
    uint32_t version;
    uint32_t kind;  /* AC_* */
    int64_t index;  /* AC_DICT: entry hint; AC_SLOT: byte offset */
    Value value;    /* AC_METHOD: the function found on the type */
} AttrCacheEntry;

#define AWVM_ACACHE_SIZE 1024
typedef struct VmCache {
    GlobalCacheEntry globals[AWVM_GCACHE_SIZE];
    AttrCacheEntry attrs[AWVM_ACACHE_SIZE];
} VmCache;

/* The VM's caches. They live in the first chunk of the frame stack, which
 * lasts as long as S (and is freed with it); valid once a frame exists. */
static inline VmCache *awframe_cache(AwState *S)
{
    VmCache *vc;
    memcpy(&vc, S->fstack->data, sizeof vc);
    return vc;
}

/* ------------------------------------------------------------------ */
/* Running code (vm/interp.c)                                          */

/* Run module-level code with globals (and locals == globals). */
AW_NODISCARD bool awvm_run(AwState *S, Code *code, Dict *globals,
                           Value *out);
/* Run code with separate name scopes (exec/eval with a locals dict):
 * LOAD_NAME looks in locals, then globals, then builtins. */
AW_NODISCARD bool awvm_exec(AwState *S, Code *code, Dict *globals,
                            Dict *locals, Value *out);
/* Run the body of f (a class body: no parameters, its closure providing
 * the free variables) with locals as its name scope, as __build_class__
 * does. */
AW_NODISCARD bool awvm_run_body(AwState *S, Function *f, Dict *locals,
                                Value *out);
/* Call an aw function from C: pushes an entry frame and runs the loop
 * until it returns. */
AW_NODISCARD bool awvm_call_function(AwState *S, Function *f, int argc,
                                     Value *argv, Tuple *kwnames,
                                     Value *out);

#endif
