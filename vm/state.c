/* Creating and destroying an interpreter state: allocator, hash seed,
 * builtin types and modules, output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/random.h>
#endif

#include "runtime/loop.h"
#include "vm/class.h"
#include "vm/gc.h"
#include "vm/api.h"
#include "vm/import.h"
#include "vm/limit.h"
#include "vm/str.h"

static void *default_alloc(void *ud, void *ptr, size_t oldsize,
                           size_t newsize)
{
    (void)ud;
    (void)oldsize;
    if (newsize == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, newsize);
}

static void default_write(void *ud, const char *data, size_t len, FILE *f)
{
    (void)ud;
    if (data == NULL)
        fflush(f);
    else
        fwrite(data, 1, len, f);
}

static void write_stdout(void *ud, const char *data, size_t len)
{
    default_write(ud, data, len, stdout);
}

static void write_stderr(void *ud, const char *data, size_t len)
{
    fflush(stdout); /* keep stdout before a traceback on a shared tty */
    default_write(ud, data, len, stderr);
}

/* The seed of string hashing, against hash flooding. AW_HASHSEED=N fixes
 * it (as PYTHONHASHSEED does) for reproducible runs, when the host lets
 * aw read the environment. */
static void seed_hash(AwState *S)
{
    const char *env = S->use_env ? getenv("AW_HASHSEED") : NULL;
    if (env != NULL && *env != '\0') {
        uint64_t n = strtoull(env, NULL, 10);
        S->hash_seed[0] = n * 0x9e3779b97f4a7c15ull;
        S->hash_seed[1] = n ^ 0x6a09e667f3bcc909ull;
        return;
    }
#if defined(__linux__)
    if (getrandom(S->hash_seed, sizeof S->hash_seed, GRND_NONBLOCK) ==
        (ssize_t)sizeof S->hash_seed)
        return;
#endif
    uint64_t t = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
    S->hash_seed[0] = t * 0x9e3779b97f4a7c15ull ^ (uintptr_t)S;
    S->hash_seed[1] = ~t * 0xbf58476d1ce4e5b9ull;
}

/* A flag variable of the environment: set, not empty, not "0". */
static bool env_flag(const char *name)
{
    const char *v = getenv(name);
    return v != NULL && *v != '\0' && *v != '0';
}

static bool init_names(AwState *S)
{
    static const char *const names[NAME__COUNT] = {
#define X(id, s) s,
        NAME_LIST(X)
#undef X
    };
    for (int i = 0; i < NAME__COUNT; i++) {
        S->names[i] = awstr_intern_cstr(S, names[i]);
        if (S->names[i] == NULL)
            return false;
    }
    return true;
}

static bool init_all(AwState *S)
{
    return awtype_init(S) && init_names(S) && awstr_init(S) &&
           awnum_init(S) && awcont_init(S) && awfunc_init(S) &&
           awexc_init(S) && awgen_init(S) && awruntime_init(S) &&
           awtype_finish(S) && awbuiltins_init(S) && awclass_init(S) &&
           awslots_init(S) && awimport_init(S);
}

/* A copy of the host's module path, in the host's allocator. */
static bool copy_module_path(AwState *S, const char *path)
{
    if (path == NULL)
        return true;
    size_t n = strlen(path) + 1;
    S->module_path = S->alloc(S->alloc_ud, NULL, 0, n);
    if (S->module_path == NULL)
        return false;
    memcpy(S->module_path, path, n);
    return true;
}

/* The fields of c that must be in place before start-up: output, what
 * the environment says, the capabilities the builtins depend on. */
static void configure(AwState *S, const AwConfig *c)
{
    S->recursion_limit = c->recursion_limit <= 0 ? 1000
                         : c->recursion_limit > AW_MAX_RECURSION_LIMIT
                             ? AW_MAX_RECURSION_LIMIT
                             : c->recursion_limit;
    S->c_limit = 1000;
    S->write_out = c->write_out ? c->write_out : write_stdout;
    S->write_err = c->write_err ? c->write_err : write_stderr;
    S->write_ud = c->write_ud;
    S->caps = c->modules;
    S->use_env = c->use_environment != 0;
    S->userdata = c->userdata;
    S->gc_stress = S->use_env && env_flag("AW_GC_STRESS");
    S->virtual_time =
        c->virtual_time != 0 || (S->use_env && env_flag("AW_VIRTUAL_TIME"));
    awlimit_set_interrupt(S, c->interrupt, c->interrupt_ud);
    awlimit_set_budget(S, c->instruction_budget);
}

AwState *awstate_new_config(const AwConfig *c)
{
    AwConfig defaults;
    if (c == NULL) {
        aw_config_init(&defaults);
        c = &defaults;
    }
    AwAllocFn alloc = c->alloc ? c->alloc : default_alloc;
    void *ud = c->alloc_ud;
    AwState *S = alloc(ud, NULL, 0, sizeof(AwState));
    if (S == NULL)
        return NULL;
    memset(S, 0, sizeof *S);
    S->small_ok = c->alloc == NULL && awmem_small_supported();
    S->alloc = alloc;
    S->alloc_ud = ud;
    S->next_gc = 1u << 20;
    configure(S, c);
    awclock_init(S);
    seed_hash(S);
    S->roots = alloc(ud, NULL, 0, AWGC_MAX_ROOTS * sizeof(Value));
    if (S->roots == NULL || !awhost_init(S) ||
        !copy_module_path(S, c->module_path)) {
        awstate_free(S);
        return NULL;
    }
    /* start-up counts against the limit: an interpreter that cannot
     * even start within it is not made */
    S->mem_limit = c->memory_limit;
    S->gc_paused++;
    bool ok = init_all(S);
    S->gc_paused--;
    if (!ok) {
        awstate_free(S);
        return NULL;
    }
    return S;
}

AwState *awstate_new(AwAllocFn alloc, void *ud)
{
    AwConfig c;
    aw_config_init(&c);
    c.alloc = alloc;
    c.alloc_ud = ud;
    return awstate_new_config(&c);
}

void awstate_free(AwState *S)
{
    if (S == NULL)
        return;
    S->frame = NULL;
    awhost_free(S);
    awgc_free_all(S);
    awapi_free(S);
    awmem_release(S);
    while (S->fstack != NULL) {
        FrameChunk *c = S->fstack;
        S->fstack = c->prev;
        awmem_free(S, c, sizeof(FrameChunk) + c->size);
    }
    if (S->interned.slots)
        awmem_free(S, S->interned.slots,
                   (S->interned.mask + 1) * sizeof(String *));
    if (S->classes)
        awmem_free(S, S->classes, S->capclasses * sizeof(Type *));
    if (S->roots)
        S->alloc(S->alloc_ud, S->roots, AWGC_MAX_ROOTS * sizeof(Value), 0);
    if (S->module_path)
        S->alloc(S->alloc_ud, S->module_path, strlen(S->module_path) + 1, 0);
    AwAllocFn alloc = S->alloc;
    void *ud = S->alloc_ud;
    alloc(ud, S, sizeof(AwState), 0);
}

void awstate_write_out(AwState *S, const char *s, size_t n)
{
    if (S->write_out)
        S->write_out(S->write_ud, s, n);
}

void awstate_write_err(AwState *S, const char *s, size_t n)
{
    if (S->write_err)
        S->write_err(S->write_ud, s, n);
}

void awstate_flush(AwState *S, bool err)
{
    AwWriteFn w = err ? S->write_err : S->write_out;
    if (w)
        w(S->write_ud, NULL, 0);
}

bool awstate_c_enter(AwState *S, const char *what)
{
    if (S->c_depth >= S->c_limit) {
        if (what == NULL)
            what = "";
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded%s%s",
                            *what && *what != ' ' ? " " : "", what);
    }
    S->c_depth++;
    return true;
}
