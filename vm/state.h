/* The interpreter state: everything aw knows hangs off one AwState, so
 * that a process can hold many interpreters and no global is mutable. */
#ifndef AW_STATE_H
#define AW_STATE_H

#include "aw.h"
#include "vm/object.h"
#include "vm/exc.h"
#include "vm/slots.h"

/* Interned names used by the C code: S->names[NAME_init] is "__init__". */
#define NAME_LIST(X)                                                         \
    X(init, "__init__")                                                      \
    X(new, "__new__")                                                        \
    X(name, "__name__")                                                      \
    X(qualname, "__qualname__")                                              \
    X(module, "__module__")                                                  \
    X(doc, "__doc__")                                                        \
    X(dict, "__dict__")                                                      \
    X(class, "__class__")                                                    \
    X(main, "__main__")                                                      \
    X(builtins, "builtins")                                                  \
    X(repr, "__repr__")                                                      \
    X(str, "__str__")                                                        \
    X(hash, "__hash__")                                                      \
    X(eq, "__eq__")                                                          \
    X(len, "__len__")                                                        \
    X(iter, "__iter__")                                                      \
    X(next, "__next__")                                                      \
    X(aiter, "__aiter__")                                                    \
    X(anext, "__anext__")                                                    \
    X(call, "__call__")                                                      \
    X(getitem, "__getitem__")                                                \
    X(format, "__format__")                                                  \
    X(args, "args")                                                          \
    X(value, "value")                                                        \
    X(code, "code")                                                          \
    X(msg, "msg")                                                            \
    X(filename, "filename")                                                  \
    X(file, "__file__")                                                      \
    X(lineno, "lineno")                                                      \
    X(offset, "offset")                                                      \
    X(text, "text")                                                          \
    X(end_lineno, "end_lineno")                                              \
    X(end_offset, "end_offset")                                              \
    X(module_code, "<module>")                                               \
    X(sys, "sys")                                                            \
    X(stdout, "stdout")                                                      \
    X(path, "__path__")                                                      \
    X(all, "__all__")                                                        \
    X(package, "__package__")                                                \
    X(empty, "")                                                             \
    X(getattribute, "__getattribute__")                                      \
    X(getattr, "__getattr__")                                                \
    X(setattr, "__setattr__")                                                \
    X(delattr, "__delattr__")                                                \
    X(get, "__get__")                                                        \
    X(set, "__set__")                                                        \
    X(delete, "__delete__")                                                  \
    X(set_name, "__set_name__")                                              \
    X(init_subclass, "__init_subclass__")                                    \
    X(slots, "__slots__")                                                    \
    X(classcell, "__classcell__")                                            \
    X(weakref, "__weakref__")                                                \
    X(class_getitem, "__class_getitem__")                                    \
    AWSLOTS_NAME_LIST(X)

typedef enum {
#define X(id, s) NAME_##id,
    NAME_LIST(X)
#undef X
    NAME__COUNT
} NameId;

/* The frame stack: frames of ordinary calls are bump-allocated from
 * chunks that never move, so Frame pointers stay valid. */
typedef struct FrameChunk {
    struct FrameChunk *prev;
    size_t size; /* bytes usable in data */
    size_t used;
    _Alignas(16) unsigned char data[];
} FrameChunk;

/* Interned strings: an open-addressed weak set, cleared of dead strings by
 * the sweep. */
typedef struct InternTable {
    String **slots; /* NULL empty; (String *)1 tombstone */
    size_t mask;
    size_t count, fill;
} InternTable;

struct AwState {
    /* memory and GC (vm/gc.c) */
    AwAllocFn alloc;
    void *alloc_ud;
    size_t bytes;      /* bytes allocated now */
    size_t next_gc;    /* collect when bytes passes this */
    size_t mem_limit;  /* 0: unlimited */
    Obj *objects;      /* every live object but those below */
    Obj *coros;        /* coroutines and async generators: the sweep
                          looks at them for unstarted ones and
                          unfinalised ones (vm/gc.c) */
    Obj **gray;        /* mark stack */
    size_t ngray, capgray;
    bool gray_overflow; /* the gray stack could not grow: rescan */
    Value *roots;      /* C temporaries: awgc_push/awgc_pop */
    size_t nroots, caproots;
    int gc_stress;     /* AW_GC_STRESS=1: collect at every allocation */
    int gc_paused;     /* > 0: no collection (start-up) */
    /* Small blocks come from the slab (vm/slab.c) when the host
     * allocator is the C library's */
    struct Slab *slab;
    bool small_ok;
    InternTable interned;

    /* types, names, singletons */
    Type *types[TY__COUNT];
    Type *exc_types[EXC__COUNT];
    String *names[NAME__COUNT];
    Obj *notimpl, *ellipsis;
    Exception *nomem; /* preallocated MemoryError, raised without allocating */
    uint64_t hash_seed[2];

    /* modules */
    Dict *builtins; /* the builtins module's dict */
    Dict *modules;  /* sys.modules */
    Value argv;     /* sys.argv list */

    /* execution (vm/interp.c) */
    Frame *frame;     /* innermost running frame, linked by prev */
    FrameChunk *fstack;
    Value exc;        /* the exception being raised, or NULL_VAL */
    Value exc_info;   /* the exception being handled (sys.exc_info()) */
    int depth;        /* aw frames on the frame stack */
    int recursion_limit;
    int c_depth;      /* nested C recursion: repr, eq, compile, VM re-entry */
    int c_limit;
    struct Generator *genroot; /* the generator chains being run (vm/gen.h) */
    bool gen_yielded; /* the loop returned to C at a yield, not a return */
    bool vm_throw;    /* awvm_resume: raise S->exc where the frame stands */

    /* the event loop (runtime/) */
    struct Loop *loop;       /* the running loop, or NULL */
    struct Loop *event_loop; /* set_event_loop's, for get_event_loop */
    struct Loop *host_loop;  /* the embedding host's loop, made at first use */
    struct HostPost *post;   /* aw_post's queue and wake fd (runtime/post.c) */
    bool virtual_time;       /* runtime/clock.c */
    uint64_t ntasks_made;    /* for the names Task-N */
    /* objects with something to report when they die (vm/gc.c): a
     * coroutine never awaited, a future whose exception nobody read, a
     * pending task. Weak; the dead ones move to the strong fin_queue
     * until a safe point reports them (awgc_run_finalizers). */
    Obj **fin, **fin_queue;
    size_t nfin, capfin, nfin_queue, capfin_queue;
    double vclock, vwall_offset;

    /* output */
    AwWriteFn write_out, write_err;
    void *write_ud;

    /* the host's configuration (vm/api_config.c) */
    void *userdata;
    unsigned caps;     /* AW_MOD_* capabilities granted (AwConfig.modules) */
    bool use_env;      /* read AW_PATH (sys.path) */
    char *module_path; /* AwConfig.module_path (S->alloc'd copy) or NULL */

    /* CPU limits (vm/limit.h): the VM counts ticks down at jumps (by the
     * distance back) and calls; below zero, awlimit_tick charges the
     * budget and polls the interrupt */
    int64_t ticks;
    int64_t tick_period; /* what ticks counted down from */
    uint64_t budget;     /* left at the period's start; UINT64_MAX: none */
    AwInterruptFn interrupt;
    void *interrupt_ud;
    uint8_t halting;     /* HALT_*: Interrupted unwinds and nothing catches
                          * it */
    bool mem_refused;  /* a request failed since the last awgc_recover
                        * (vm/gc.c) */

    /* linecache: filename -> list of source lines, for tracebacks */
    Dict *linecache;

    /* classes (vm/class.c): types that have subclasses (weak, pruned by
     * the GC) and the next attribute-cache version tag */
    Type **classes;
    size_t nclasses, capclasses;
    uint32_t next_version;

    /* the embedding API (vm/api.h): handles and the error record */
    struct HandleSlot *handles;
    size_t hcap, hlive;
    uint32_t hfree;     /* first free slot, or UINT32_MAX */
    Value api_err;      /* the recorded error, or NULL_VAL */
    /* aw_error_type/message/traceback's texts, made at the first read
     * after the record changed (vm/api_error.c); NULL until then */
    String *api_err_text[3];
    /* the namespace the recorded error escaped from (aw_exec, aw_eval),
     * where the traceback looks for "Did you mean" names; or NULL */
    Dict *api_err_globals;
    Value api_main;     /* the host's __main__ module (vm/api_run.c) */
};

#define NOTIMPL_VAL(S) OBJ_VAL((S)->notimpl)
#define IS_NOTIMPL(S, v) (IS_OBJ(v) && AS_OBJ(v) == (S)->notimpl)
#define NAME(S, id) ((S)->names[NAME_##id])
#define TYPE(S, id) ((S)->types[TY_##id])

/* Guards C recursion (repr of nested lists, eq, hash, compile). Returns
 * false with RecursionError set when too deep; pair with AW_C_LEAVE. */
AW_NODISCARD bool awstate_c_enter(AwState *S, const char *what);
#define AW_C_LEAVE(S) ((S)->c_depth--)

/* vm/state.c: a new interpreter configured by c (NULL: aw_config_init's
 * defaults), or NULL when out of memory. */
AwState *awstate_new_config(const AwConfig *c);
/* The defaults with another allocator (the C unit tests). */
AwState *awstate_new(AwAllocFn alloc, void *ud);
void awstate_free(AwState *S);
void awstate_write_out(AwState *S, const char *s, size_t n);
void awstate_write_err(AwState *S, const char *s, size_t n);
/* Flushes the output (err false) or error stream of the host. */
void awstate_flush(AwState *S, bool err);

/* Start-up: each builtin module creates its types and methods. */
AW_NODISCARD bool awtype_init(AwState *S);  /* object, type, NoneType... */
AW_NODISCARD bool awstr_init(AwState *S);   /* str, bytes + iterators */
AW_NODISCARD bool awnum_init(AwState *S);   /* bool, int, float */
AW_NODISCARD bool awcont_init(AwState *S);  /* list..slice + iterators */
AW_NODISCARD bool awfunc_init(AwState *S);  /* function, code, cell... */
AW_NODISCARD bool awexc_init(AwState *S);   /* the exception hierarchy */
AW_NODISCARD bool awgen_init(AwState *S);   /* generator, coroutine */
AW_NODISCARD bool awtype_finish(AwState *S); /* flags, MROs after init */
AW_NODISCARD bool awbuiltins_init(AwState *S); /* the builtins module */

#endif
