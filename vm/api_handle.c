/* Handles and the error record of the embedding API (vm/api.h). */
#include <string.h>

#include "vm/api.h"
#include "vm/gc.h"
#include "vm/limit.h"

#define NO_SLOT UINT32_MAX
/* The table never outgrows what an index can name. */
#define MAX_HANDLES ((size_t)1 << 30)

static uint32_t salt(AwState *S)
{
    return (uint32_t)(S->hash_seed[0] ^ (S->hash_seed[1] >> 7)) | 1u;
}

static bool grow(AwState *S)
{
    size_t cap = S->hcap ? S->hcap * 2 : 64;
    if (cap > MAX_HANDLES)
        return false;
    HandleSlot *t = awmem_realloc(S, S->handles, S->hcap * sizeof *t,
                                  cap * sizeof *t);
    if (t == NULL)
        return false;
    uint32_t g = salt(S);
    for (size_t i = S->hcap; i < cap; i++) {
        t[i].v = NULL_VAL;
        t[i].gen = g;
        t[i].next = i + 1 < cap ? (uint32_t)(i + 1) : S->hfree;
    }
    S->hfree = (uint32_t)S->hcap;
    S->handles = t;
    S->hcap = cap;
    return true;
}

AwValue awapi_handle(AwState *S, Value v)
{
    if (S->hfree == NO_SLOT || S->hcap == 0) {
        if (S->hcap == 0)
            S->hfree = NO_SLOT;
        if (!grow(S)) {
            awerr_nomem(S);
            return awapi_fail(S);
        }
    }
    uint32_t i = S->hfree;
    HandleSlot *s = &S->handles[i];
    S->hfree = s->next;
    s->v = v;
    S->hlive++;
    return ((AwValue)s->gen << 32) | (AwValue)(i + 1);
}

static HandleSlot *slot_of(AwState *S, AwValue h)
{
    uint32_t i = (uint32_t)h;
    if (i == 0 || i > S->hcap)
        return NULL;
    HandleSlot *s = &S->handles[i - 1];
    if (s->gen != (uint32_t)(h >> 32) || IS_NULL(s->v))
        return NULL;
    return s;
}

bool awapi_peek(AwState *S, AwValue h, Value *out)
{
    HandleSlot *s = slot_of(S, h);
    if (s != NULL)
        *out = s->v;
    return s != NULL;
}

bool awapi_value(AwState *S, AwValue h, Value *out)
{
    HandleSlot *s = slot_of(S, h);
    if (s == NULL) {
        awerr_format(S, EXC_TypeError,
                     h == AW_NULL ? "AW_NULL passed as a value"
                                  : "invalid handle (released, or of "
                                    "another interpreter)");
        awapi_fail(S);
        return false;
    }
    *out = s->v;
    return true;
}

AW_API void aw_release(AwState *S, AwValue h)
{
    HandleSlot *s = S ? slot_of(S, h) : NULL;
    if (s == NULL)
        return;
    s->v = NULL_VAL;
    s->gen++;
    if (s->gen == 0)
        s->gen = 1;
    s->next = S->hfree;
    S->hfree = (uint32_t)(s - S->handles);
    S->hlive--;
}

AW_API AwValue aw_dup(AwState *S, AwValue h)
{
    Value v;
    if (!awapi_value(S, h, &v))
        return AW_NULL;
    return awapi_handle(S, v);
}

AW_API size_t aw_handle_count(AwState *S)
{
    return S->hlive;
}

/* ------------------------------------------------------------------ */
/* The error record                                                    */

AwValue awapi_fail(AwState *S)
{
    if (IS_NULL(S->exc))
        awerr_format(S, EXC_SystemError,
                     "an aw API call failed without an exception");
    S->api_err = awerr_fetch(S);
    awapi_forget_texts(S);
    awlimit_settle(S);
    return AW_NULL;
}

int awapi_fail_int(AwState *S)
{
    awapi_fail(S);
    return AW_ERROR;
}

bool awapi_reraise(AwState *S)
{
    if (IS_NULL(S->api_err))
        return false;
    Value e = S->api_err;
    S->api_err = NULL_VAL;
    awapi_forget_texts(S);
    awerr_raise(S, e);
    return true;
}

void awapi_trace(AwState *S)
{
    for (size_t i = 0; i < S->hcap; i++)
        if (!IS_NULL(S->handles[i].v))
            awgc_mark_value(S, S->handles[i].v);
    awgc_mark_value(S, S->api_err);
    awgc_mark_value(S, S->api_main);
    for (int i = 0; i < 3; i++)
        if (S->api_err_text[i])
            awgc_mark_obj(S, (Obj *)S->api_err_text[i]);
}

void awapi_free(AwState *S)
{
    if (S->handles)
        awmem_free(S, S->handles, S->hcap * sizeof(HandleSlot));
    S->handles = NULL;
    S->hcap = 0;
    S->hlive = 0;
    S->api_err = NULL_VAL;
    S->api_main = NULL_VAL;
    awapi_forget_texts(S);
}
