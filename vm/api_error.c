/* The embedding API's "Errors" (include/aw.h): reading the error record
 * (its texts are made at the first read and cached in AwState until the
 * record changes) and raising from C. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vm/api.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

enum { TEXT_TYPE, TEXT_MESSAGE, TEXT_TRACEBACK };

void awapi_forget_texts(AwState *S)
{
    for (int i = 0; i < 3; i++)
        S->api_err_text[i] = NULL;
}

/* The exception's type as the last line of a traceback names it:
 * "ValueError", "mymod.MyError" (no "builtins." or "__main__."). */
static void type_text(AwState *S, Value exc, StrBuf *b)
{
    Type *t = awobj_type(S, exc);
    String *mod = t->module;
    if (mod && strcmp(mod->data, "builtins") != 0 &&
        strcmp(mod->data, "__main__") != 0) {
        awbuf_put(b, mod->data, mod->len);
        awbuf_putc(b, '.');
    }
    String *name = t->qualname ? t->qualname : t->name;
    awbuf_put(b, name->data, name->len);
}

/* str(exc), or what the traceback shows when str() fails. */
static void message_text(AwState *S, Value exc, StrBuf *b)
{
    if (!awbuf_str(b, exc)) {
        awerr_clear(S);
        awbuf_puts(b, "<exception str() failed>");
    }
}

/* Makes text i of the record; "" when there is none (or no memory). */
static const char *text(AwState *S, int i)
{
    if (S == NULL || IS_NULL(S->api_err))
        return "";
    if (S->api_err_text[i])
        return S->api_err_text[i]->data;
    Value exc = S->api_err, saved = S->exc;
    awgc_push(S, exc);
    awgc_push(S, saved);
    S->exc = NULL_VAL;
    StrBuf b;
    awbuf_init(S, &b);
    if (i == TEXT_TYPE)
        type_text(S, exc, &b);
    else if (i == TEXT_MESSAGE)
        message_text(S, exc, &b);
    else
        awexc_format(S, exc, NULL, &b);
    /* str() ran aw code that may have replaced the record */
    bool same = aw_value_is(exc, S->api_err);
    String *s = awbuf_finish(&b);
    awerr_clear(S);
    S->exc = saved;
    awgc_pop(S, 2);
    if (s == NULL || !same)
        return ""; /* s is not kept: it may be collected */
    S->api_err_text[i] = s;
    return s->data;
}

AW_API int aw_error_occurred(AwState *S)
{
    return S != NULL && !IS_NULL(S->api_err);
}

AW_API const char *aw_error_type(AwState *S)
{
    return text(S, TEXT_TYPE);
}

AW_API const char *aw_error_message(AwState *S)
{
    return text(S, TEXT_MESSAGE);
}

AW_API const char *aw_error_traceback(AwState *S)
{
    return text(S, TEXT_TRACEBACK);
}

AW_API AwValue aw_error_value(AwState *S)
{
    if (S == NULL || IS_NULL(S->api_err))
        return AW_NULL;
    return awapi_handle(S, S->api_err);
}

AW_API void aw_error_clear(AwState *S)
{
    if (S == NULL)
        return;
    S->api_err = NULL_VAL;
    awapi_forget_texts(S);
}

AW_API void aw_error_print(AwState *S)
{
    if (S == NULL || IS_NULL(S->api_err))
        return;
    Value exc = S->api_err;
    awgc_push(S, exc);
    aw_error_clear(S);
    awexc_print(S, exc);
    awgc_pop(S, 1);
}

/* ------------------------------------------------------------------ */
/* Raising                                                             */

/* The exception class that aw_raise's name names: a builtin exception
 * ("ValueError") or one of asyncio's ("asyncio.CancelledError"). */
static Type *exc_class(AwState *S, const char *name)
{
    static const char asyncio_prefix[] = "asyncio.";
    static const struct {
        const char *name;
        int id;
    } asyncio_excs[] = {
        {"CancelledError", EXC_CancelledError},
        {"InvalidStateError", EXC_InvalidStateError},
        {"TimeoutError", EXC_TimeoutError}, /* the builtin, since 3.11 */
        {"QueueEmpty", EXC_QueueEmpty},
        {"QueueFull", EXC_QueueFull},
    };
    size_t n = sizeof asyncio_prefix - 1;
    if (strncmp(name, asyncio_prefix, n) == 0) {
        for (size_t i = 0; i < sizeof asyncio_excs / sizeof *asyncio_excs;
             i++)
            if (strcmp(name + n, asyncio_excs[i].name) == 0)
                return S->exc_types[asyncio_excs[i].id];
        return NULL;
    }
    String *k = awstr_intern_cstr(S, name);
    Value v = k ? awdict_get_str(S, S->builtins, k) : NULL_VAL;
    awerr_clear(S);
    if (!IS_TYPE(v) || !(AS_TYPE(v)->tflags & TF_EXCEPTION))
        return NULL;
    return AS_TYPE(v);
}

/* The message printf makes, as a str (invalid UTF-8 replaced), or NULL
 * with an exception pending. */
static String *format_message(AwState *S, const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) {
        va_end(ap2);
        awerr_format(S, EXC_SystemError, "aw_raise: bad format");
        return NULL;
    }
    char *text = small;
    if ((size_t)n >= sizeof small) {
        text = awmem_alloc(S, (size_t)n + 1);
        if (text == NULL) {
            va_end(ap2);
            awerr_nomem(S);
            return NULL;
        }
        vsnprintf(text, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    Value v;
    bool ok = awcodec_decode(S, (const uint8_t *)text, (size_t)n, "utf-8",
                             "replace", &v);
    if (text != small)
        awmem_free(S, text, (size_t)n + 1);
    return ok ? AS_STR(v) : NULL;
}

AW_API int aw_raise(AwState *S, const char *type, const char *fmt, ...)
{
    if (S == NULL)
        return AW_ERROR;
    String *msg = NULL;
    if (fmt != NULL) {
        va_list ap;
        va_start(ap, fmt);
        msg = format_message(S, fmt, ap);
        va_end(ap);
        if (msg == NULL)
            return awapi_fail_int(S);
    }
    awgc_push(S, msg ? OBJ_VAL(msg) : NONE_VAL);
    Type *t = type ? exc_class(S, type) : NULL;
    if (t == NULL)
        awerr_format(S, EXC_SystemError,
                     "aw_raise: unknown exception type '%s'%s%s",
                     type ? type : "(NULL)", msg ? ": " : "",
                     msg ? msg->data : "");
    else if (msg == NULL)
        awerr_raise(S, OBJ_VAL(t));
    else {
        Value e;
        Value arg = OBJ_VAL(msg);
        if (awexc_make(S, t, 1, &arg, &e))
            awerr_raise(S, e);
    }
    awgc_pop(S, 1);
    return awapi_fail_int(S);
}

AW_API int aw_raise_value(AwState *S, AwValue exc, const char *msg)
{
    Value v;
    if (S == NULL || !awapi_value(S, exc, &v))
        return AW_ERROR;
    if (msg == NULL || !IS_TYPE(v)) {
        awerr_raise(S, v);
        return awapi_fail_int(S);
    }
    String *s = awapi_text(S, msg);
    Value e;
    if (s != NULL) {
        Value arg = OBJ_VAL(s);
        awgc_push(S, arg);
        if (awobj_call(S, v, 1, &arg, NULL, &e))
            awerr_raise(S, e);
        awgc_pop(S, 1);
    }
    return awapi_fail_int(S);
}
