/* The embedding API's "Running code" for hosts that keep an interpreter
 * (include/aw.h): aw_exec, aw_eval and aw_import, in the namespace of a
 * module or of the host's own __main__, which persists between calls.
 * Nothing is printed: an uncaught exception (SyntaxError included) is
 * recorded for aw_error_*. */
#include <string.h>

#include "lang/compile.h"
#include "stdlib/modules.h"
#include "vm/api.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/str.h"

Module *awapi_main(AwState *S)
{
    if (IS_KIND(S->api_main, OBJ_MODULE))
        return (Module *)AS_OBJ(S->api_main);
    Dict *g = awapi_main_globals(S, NULL);
    if (g == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(g));
    Module *m = awgc_alloc(S, TYPE(S, MODULE), OBJ_MODULE, sizeof(Module));
    awgc_pop(S, 1);
    if (m == NULL)
        return NULL;
    m->name = NAME(S, main);
    m->dict = g;
    S->api_main = OBJ_VAL(m);
    /* a script's __main__ (aw_run_string) keeps its place */
    if (IS_NULL(awdict_get_str(S, S->modules, NAME(S, main))) &&
        !awdict_set_str(S, S->modules, NAME(S, main), OBJ_VAL(m)))
        return NULL;
    return m;
}

Dict *awapi_globals(AwState *S, AwValue module)
{
    if (module == AW_NULL) {
        Module *m = awapi_main(S);
        return m ? m->dict : (awapi_fail(S), NULL);
    }
    Value v;
    if (!awapi_value(S, module, &v))
        return NULL;
    if (!IS_KIND(v, OBJ_MODULE))
        return awerr_format(S, EXC_TypeError, "expected a module, not %s",
                            awobj_typename(S, v)),
               awapi_fail(S), NULL;
    return ((Module *)AS_OBJ(v))->dict;
}

/* Compiles source and runs it in globals; *out is the module code's
 * value (an expression's, in PARSE_EVAL mode). The exception handled
 * around the call (a C function's caller may be in an except block)
 * is the same after it. */
static bool run(AwState *S, const char *src, const char *filename,
                ParseMode mode, Dict *globals, Value *out)
{
    if (src == NULL)
        return awerr_format(S, EXC_TypeError, "NULL passed as code");
    size_t base = S->nroots;
    Value saved = S->exc_info;
    awgc_push(S, saved);
    awgc_push(S, OBJ_VAL(globals));
    Code *code = awcomp_compile(S, src, strlen(src),
                                filename ? filename : "<string>", mode);
    bool ok = code != NULL;
    if (ok) {
        awgc_push(S, OBJ_VAL(code));
        ok = awvm_run(S, code, globals, out);
    }
    awgc_pop(S, S->nroots - base);
    S->exc_info = saved;
    return ok;
}

AW_API int aw_exec(AwState *S, const char *code, const char *filename,
                   AwValue module)
{
    Dict *g = awapi_globals(S, module);
    Value out;
    if (g == NULL)
        return AW_ERROR;
    if (!run(S, code, filename, PARSE_FILE, g, &out))
        return awapi_fail_int(S);
    return AW_OK;
}

AW_API AwValue aw_eval(AwState *S, const char *expr, AwValue module)
{
    Dict *g = awapi_globals(S, module);
    Value out;
    if (g == NULL)
        return AW_NULL;
    if (!run(S, expr, "<string>", PARSE_EVAL, g, &out))
        return awapi_fail(S);
    return awapi_handle(S, out);
}

AW_API AwValue aw_import(AwState *S, const char *name)
{
    String *s = awapi_text(S, name);
    if (s == NULL)
        return awapi_fail(S);
    Value saved = S->exc_info, out;
    awgc_push(S, saved);
    awgc_push(S, OBJ_VAL(s));
    bool ok = awimport_module(S, s, NULL, &out);
    awgc_pop(S, 2);
    S->exc_info = saved;
    return ok ? awapi_handle(S, out) : awapi_fail(S);
}
