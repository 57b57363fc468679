/* The sys module: argv, path, modules (the dict the import system uses),
 * the text streams (stdlib/sys_io.c), exit, the recursion limit,
 * exc_info and the facts about the interpreter (version, platform...).
 * aw reports itself as Python 3.11.0, the language version it follows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/mod_sys.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Functions                                                           */

static bool no_keywords(AwState *S, const char *name, Tuple *kwnames)
{
    if (kwnames == NULL || kwnames->len == 0)
        return true;
    return awerr_format(S, EXC_TypeError, "sys.%s() takes no keyword arguments",
                        name);
}

/* sys.exit([status]): raises SystemExit(status). */
static bool sys_exit(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    (void)out;
    if (!no_keywords(S, "exit", kwnames))
        return false;
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "exit expected at most 1 "
                            "argument, got %d",
                            argc);
    /* As PyErr_SetObject: None gives no arguments, a tuple its items. */
    Value exc;
    if (argc == 1 && IS_NONE(argv[0]))
        argc = 0;
    if (argc == 1 && IS_TUPLE(argv[0]) &&
        AS_OBJ(argv[0])->type == TYPE(S, TUPLE)) {
        Tuple *t = AS_TUPLE(argv[0]);
        Exception *e = awexc_new(S, EXC_TYPE(S, SystemExit), t);
        return e ? awerr_raise(S, OBJ_VAL(e)) : false;
    }
    if (!awexc_make(S, EXC_TYPE(S, SystemExit), argc, argv, &exc))
        return false;
    return awerr_raise(S, exc);
}

/* The builtins exit() and quit() (site's Quitter in CPython): exit(code=
 * None) raises SystemExit(code). */
static bool builtin_exit(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    static const char *const kwlist[] = {"code", NULL};
    Value code;
    if (!awarg_unpack(S, "exit", argc, argv, kwnames, 0, 1, kwlist, &code))
        return false;
    return sys_exit(S, IS_NULL(code) ? 0 : 1, &code, NULL, out);
}

bool awsys_add_exit(AwState *S, Dict *builtins)
{
    static const char *const names[] = {"exit", "quit"};
    if (!(S->caps & AW_MOD_EXIT))
        return true;
    for (int i = 0; i < 2; i++) {
        CFunction *f =
            awcfunc_new(S, names[i], builtin_exit, MF_STATIC, NULL_VAL, NULL);
        if (f == NULL)
            return false;
        f->module = OBJ_VAL(NAME(S, builtins));
        awgc_push(S, OBJ_VAL(f));
        String *k = awstr_intern_cstr(S, names[i]);
        bool ok = k && awdict_set_str(S, builtins, k, OBJ_VAL(f));
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

static bool sys_getrecursionlimit(AwState *S, int argc, Value *argv,
                                  Tuple *kwnames, Value *out)
{
    (void)argv;
    if (argc > 0 || (kwnames && kwnames->len > 0))
        return awerr_format(S, EXC_TypeError,
                            "sys.getrecursionlimit() "
                            "takes no arguments (%d given)",
                            argc + (kwnames ? (int)kwnames->len : 0));
    *out = INT_VAL(S->recursion_limit);
    return true;
}

/* An int argument as a C int, with CPython's (argument clinic's)
 * errors. */
static bool c_int_arg(AwState *S, Value v, int *out)
{
    Value i;
    if (IS_FLOAT(v))
        return awerr_format(S, EXC_TypeError,
                            "'float' object cannot be "
                            "interpreted as an integer");
    if (!awobj_index(S, v, &i))
        return false;
    if (!IS_INT(i) || AS_INT(i) < INT32_MIN || AS_INT(i) > INT32_MAX)
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to "
                            "convert to C int");
    *out = (int)AS_INT(i);
    return true;
}

/* The depth CPython compares the new limit with: the frames running,
 * plus one for the call of setrecursionlimit itself. */
static bool sys_setrecursionlimit(AwState *S, int argc, Value *argv,
                                  Tuple *kwnames, Value *out)
{
    if (!no_keywords(S, "setrecursionlimit", kwnames))
        return false;
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "sys.setrecursionlimit() "
                            "takes exactly one argument (%d given)",
                            argc);
    int n = 0;
    if (!c_int_arg(S, argv[0], &n))
        return false;
    if (n < 1)
        return awerr_format(S, EXC_ValueError,
                            "recursion limit must be "
                            "greater or equal than 1");
    int depth = S->depth + 1;
    if (depth >= n)
        return awerr_format(S, EXC_RecursionError,
                            "cannot set the recursion limit to %d at the "
                            "recursion depth %d: the limit is too low",
                            n, depth);
    S->recursion_limit = n;
    *out = NONE_VAL;
    return true;
}

/* (type, value, traceback) of the exception being handled. */
static bool sys_exc_info(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    (void)argv;
    if (argc > 0 || (kwnames && kwnames->len > 0))
        return awerr_format(S, EXC_TypeError,
                            "sys.exc_info() takes no "
                            "arguments (%d given)",
                            argc + (kwnames ? (int)kwnames->len : 0));
    Tuple *t = awtuple_new(S, 3);
    if (t == NULL)
        return false;
    Value e = S->exc_info;
    bool have = !IS_NULL(e) && !IS_NONE(e);
    t->items[0] = have ? OBJ_VAL(awobj_type(S, e)) : NONE_VAL;
    t->items[1] = have ? e : NONE_VAL;
    t->items[2] = NONE_VAL;
    if (have && IS_EXCEPTION(e) && AS_EXCEPTION(e)->tb)
        t->items[2] = OBJ_VAL(AS_EXCEPTION(e)->tb);
    *out = OBJ_VAL(t);
    return true;
}

static bool sys_intern(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!no_keywords(S, "intern", kwnames))
        return false;
    if (argc != 1)
        return awerr_format(S, EXC_TypeError,
                            "sys.intern() takes exactly "
                            "one argument (%d given)",
                            argc);
    if (!IS_STR(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "intern() argument must be "
                            "str, not %s",
                            awobj_typename(S, argv[0]));
    String *s = awstr_intern_str(S, AS_STR(argv[0]));
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool sys_getdefaultencoding(AwState *S, int argc, Value *argv,
                                   Tuple *kwnames, Value *out)
{
    (void)argv;
    if (argc > 0 || (kwnames && kwnames->len > 0))
        return awerr_format(S, EXC_TypeError,
                            "sys.getdefaultencoding() "
                            "takes no arguments (%d given)",
                            argc + (kwnames ? (int)kwnames->len : 0));
    String *s = awstr_cstr(S, "utf-8");
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static const MethodDef sys_functions[] = {
    {"exc_info", sys_exc_info, MF_STATIC},
    {"exit", sys_exit, MF_STATIC},
    {"getdefaultencoding", sys_getdefaultencoding, MF_STATIC},
    {"getrecursionlimit", sys_getrecursionlimit, MF_STATIC},
    {"intern", sys_intern, MF_STATIC},
    {"setrecursionlimit", sys_setrecursionlimit, MF_STATIC},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* argv, path, modules                                                 */

/* sys.argv is the list the host set (aw_set_argv), shared with S; ['']
 * when the host set none, as CPython embedded. */
static bool set_argv(AwState *S, Module *m)
{
    if (!IS_LIST(S->argv)) {
        List *l = awlist_new(S, 1);
        if (l == NULL)
            return false;
        S->argv = OBJ_VAL(l);
        if (!awlist_append(S, l, OBJ_VAL(NAME(S, empty))))
            return false;
    }
    return awmodule_set(S, m, "argv", S->argv);
}

/* Appends the entries of a colon-separated list of directories to l
 * (empty ones and ones that are not UTF-8 skipped). */
static bool add_dirs(AwState *S, List *l, const char *p)
{
    while (p != NULL && *p != '\0') {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n > 0 && awutf8_check(p, n) == n) {
            String *s = awstr_new(S, p, n);
            if (s == NULL || !awlist_append(S, l, OBJ_VAL(s)))
                return false;
        }
        p = end ? end + 1 : NULL;
    }
    return true;
}

/* sys.path: the host's module path (AwConfig.module_path), then AW_PATH's
 * entries when the host lets aw read the environment. The script's
 * directory goes first when it runs (vm/api.c through awimport_main). */
static bool set_path(AwState *S, Module *m)
{
    List *l = awlist_new(S, 0);
    if (l == NULL || !awmodule_set(S, m, "path", OBJ_VAL(l)))
        return false;
    return add_dirs(S, l, S->module_path) &&
           add_dirs(S, l, S->use_env ? getenv("AW_PATH") : NULL);
}

/* sys.exit, unless the host withholds it (AW_MOD_EXIT). */
static bool drop_exit(AwState *S, Module *m)
{
    if (S->caps & AW_MOD_EXIT)
        return true;
    String *k = awstr_intern_cstr(S, "exit");
    return k && awdict_del(S, m->dict, OBJ_VAL(k)) >= 0;
}

bool awmod_sys_init(AwState *S, Module *m)
{
    return awmodule_add_funcs(S, m, sys_functions) && drop_exit(S, m) &&
           set_argv(S, m) &&
           set_path(S, m) &&
           awmodule_set(S, m, "modules", OBJ_VAL(S->modules)) &&
           awsys_add_streams(S, m) && awsys_add_info(S, m);
}

bool awsys_stdout(AwState *S, Value *out)
{
    Value sys = awdict_get_str(S, S->modules, NAME(S, sys));
    *out = NULL_VAL;
    if (!IS_KIND(sys, OBJ_MODULE))
        return true;
    Value v = awdict_get_str(S, ((Module *)AS_OBJ(sys))->dict, NAME(S, stdout));
    if (IS_NULL(v))
        return awerr_format(S, EXC_RuntimeError, "lost sys.stdout");
    if (!awsys_is_stream(S, v, 1))
        *out = v;
    return true;
}
