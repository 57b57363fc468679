/* The embedding API's configuration and limits (include/aw.h, "Creating
 * an interpreter" and "Limits"): AwConfig, the memory limit, the
 * instruction budget and interrupt (vm/limit.h), the recursion limit. */
#include <string.h>

#include "vm/api.h"
#include "vm/gc.h"
#include "vm/limit.h"

/* ------------------------------------------------------------------ */
/* Creating an interpreter                                             */

AW_API void aw_config_init(AwConfig *c)
{
    if (c == NULL)
        return;
    memset(c, 0, sizeof *c);
    c->size = sizeof *c;
    c->recursion_limit = 1000;
    c->modules = AW_MODULES_ALL;
    c->use_environment = 1;
}

AW_API void aw_config_sandbox(AwConfig *c)
{
    if (c == NULL)
        return;
    aw_config_init(c);
    c->modules = AW_MODULES_SANDBOX;
    c->use_environment = 0;
}

AW_API AwState *aw_new_config(const AwConfig *c)
{
    /* a struct of another size comes from another version of aw.h */
    if (c == NULL || c->size != sizeof(AwConfig))
        return NULL;
    return awstate_new_config(c);
}

AW_API AwState *aw_new(void)
{
    return awstate_new_config(NULL);
}

AW_API void *aw_userdata(AwState *S)
{
    return S ? S->userdata : NULL;
}

AW_API void aw_set_userdata(AwState *S, void *ud)
{
    if (S)
        S->userdata = ud;
}

/* ------------------------------------------------------------------ */
/* Limits                                                              */

AW_API void aw_set_memory_limit(AwState *S, size_t bytes)
{
    if (S == NULL)
        return;
    S->mem_limit = bytes;
    S->next_gc = 0; /* the next collection paces itself on the limit */
}

AW_API size_t aw_memory_used(AwState *S)
{
    return S ? S->bytes : 0;
}

AW_API void aw_set_budget(AwState *S, uint64_t instructions)
{
    if (S)
        awlimit_set_budget(S, instructions);
}

AW_API uint64_t aw_budget_left(AwState *S)
{
    return S ? awlimit_budget_left(S) : UINT64_MAX;
}

AW_API void aw_set_interrupt(AwState *S, AwInterruptFn fn, void *ud)
{
    if (S)
        awlimit_set_interrupt(S, fn, ud);
}

AW_API int aw_set_recursion_limit(AwState *S, int limit)
{
    if (S == NULL)
        return AW_ERROR;
    if (limit < 1 || limit > AW_MAX_RECURSION_LIMIT) {
        awerr_format(S, EXC_ValueError,
                     "recursion limit must be between 1 and %d, not %d",
                     AW_MAX_RECURSION_LIMIT, limit);
        return awapi_fail_int(S);
    }
    S->recursion_limit = limit;
    return AW_OK;
}

AW_API void aw_gc(AwState *S)
{
    if (S != NULL)
        awgc_collect(S);
}
