/* Built-in modules: the table of modules written in C and the helpers
 * their init functions use. A module's init function fills in a fresh
 * module object; vm/import.c calls it the first time the module is
 * imported and caches the result in sys.modules. */
#ifndef AW_MODULES_H
#define AW_MODULES_H

#include "vm/object.h"

typedef bool (*AwModuleInit)(AwState *S, Module *m);

typedef struct ModuleDef {
    const char *name; /* dotted name, e.g. "os.path" */
    AwModuleInit init;
    unsigned needs; /* AW_MOD_* capabilities the host must grant */
} ModuleDef;

/* The module called name (len bytes), or NULL when no C module has it or
 * S's host withholds what it needs (AwConfig.modules). */
const ModuleDef *awmod_find(AwState *S, const char *name, size_t len);

/* A new module object with __name__ set and an empty __doc__ (None). */
Module *awmodule_new(AwState *S, String *name);
/* Adds the functions in defs (MF_STATIC flags) as module attributes. */
AW_NODISCARD bool awmodule_add_funcs(AwState *S, Module *m,
                                     const MethodDef *defs);
/* The same, bound to m (their argv[0] is the module), as CPython's
 * module functions are: os.getenv reads os.environ, time's functions find
 * struct_time there. */
AW_NODISCARD bool awmodule_add_bound_funcs(AwState *S, Module *m,
                                           const MethodDef *defs);
/* m.name = v. */
AW_NODISCARD bool awmodule_set(AwState *S, Module *m, const char *name,
                               Value v);

/* The init functions of the C modules, one per stdlib/mod_*.c file. */
AW_NODISCARD bool awmod_sys_init(AwState *S, Module *m);
/* Where print() without file= writes: NULL_VAL while sys.stdout is the
 * interpreter's own stream (or sys is not loaded), else sys.stdout (None
 * included: print then writes nothing). RuntimeError "lost sys.stdout"
 * when sys has no stdout. */
AW_NODISCARD bool awsys_stdout(AwState *S, Value *out);
AW_NODISCARD bool awmod_functools_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_itertools_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_collections_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_typing_init(AwState *S, Module *m);
bool awmod_asyncio_init(AwState *S, Module *m);
/* stdlib/contextlib_init.c: runs stdlib/contextlib.aw in m (contextmanager,
 * asynccontextmanager, ContextDecorator...), after mod_contextlib.c's C
 * part. */
bool awcontextlib_exec(AwState *S, Module *m);
bool awmod_contextlib_init(AwState *S, Module *m);
/* stdlib1 */
AW_NODISCARD bool awmod_math_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_random_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_time_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_string_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_os_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_ospath_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_json_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_copy_init(AwState *S, Module *m);
AW_NODISCARD bool awmod_io_init(AwState *S, Module *m);

#endif
