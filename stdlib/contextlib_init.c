/* The contextlib module's generator-based context managers: the aw source
 * of stdlib/contextlib.aw, compiled into the module when it is imported. */
#include <string.h>

#include "lang/compile.h"
#include "stdlib/modules.h"
#include "vm/gc.h"
#include "vm/interp.h"

extern const char awcontextlib_source[];

bool awcontextlib_exec(AwState *S, Module *m)
{
    Code *code = awcomp_compile(S, awcontextlib_source,
                                strlen(awcontextlib_source), "<contextlib>",
                                PARSE_FILE);
    if (code == NULL)
        return false;
    awgc_push(S, OBJ_VAL(code));
    Value r;
    bool ok = awvm_run(S, code, m->dict, &r);
    awgc_pop(S, 1);
    return ok;
}
