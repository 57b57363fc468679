/* The import statements over vm/import.c: relative names, what `import`
 * binds, `from` lists (IMPORT_NAME), IMPORT_FROM, IMPORT_STAR, the
 * __import__ builtin and the __main__ module. Messages are CPython
 * 3.11's (Python/import.c, Python/ceval.c, importlib._bootstrap). */
#include <string.h>

#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/state.h"
#include "vm/str.h"

static String *intern(AwState *S, const char *s)
{
    return awstr_intern_cstr(S, s);
}

/* ------------------------------------------------------------------ */
/* Relative names                                                      */

static bool no_parent(AwState *S)
{
    return awerr_format(S, EXC_ImportError,
                        "attempted relative import "
                        "with no known parent package");
}

/* The package a relative import starts from: __package__ when it is set,
 * else __name__, cut at its last dot unless globals has __path__ (the
 * module is itself a package). *out is NULL when there is none. */
static bool calc_package(AwState *S, Dict *globals, String **out)
{
    Value pkg = awdict_get_str(S, globals, NAME(S, package));
    if (!IS_NULL(pkg) && !IS_NONE(pkg)) {
        if (!IS_STR(pkg))
            return awerr_format(S, EXC_TypeError, "package must be a string");
        *out = AS_STR(pkg);
        return true;
    }
    Value name = awdict_get_str(S, globals, NAME(S, name));
    if (IS_NULL(name))
        return awerr_format(S, EXC_KeyError, "'__name__' not in globals");
    if (!IS_STR(name))
        return awerr_format(S, EXC_TypeError, "__name__ must be a string");
    String *s = AS_STR(name);
    if (!IS_NULL(awdict_get_str(S, globals, NAME(S, path)))) {
        *out = s;
        return true;
    }
    const char *dot = strrchr(s->data, '.');
    *out = dot ? awstr_new(S, s->data, (size_t)(dot - s->data)) : NULL;
    return dot == NULL || *out != NULL;
}

/* CPython's resolve_name: name relative to the package `level` dots up
 * from globals' module. */
static String *resolve_name(AwState *S, String *name, Dict *globals, int level)
{
    String *package = NULL;
    if (globals == NULL) {
        awerr_format(S, EXC_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!calc_package(S, globals, &package))
        return NULL;
    if (package == NULL || package->len == 0) {
        no_parent(S);
        return NULL;
    }
    size_t end = package->len;
    for (int up = 1; up < level; up++) {
        while (end > 0 && package->data[end - 1] != '.')
            end--;
        if (end == 0) {
            awerr_format(S, EXC_ImportError,
                         "attempted relative import "
                         "beyond top-level package");
            return NULL;
        }
        end--;
    }
    if (name->len == 0)
        return awstr_new(S, package->data, end);
    /* awstr_printf may allocate before it reads package */
    awgc_push(S, OBJ_VAL(package));
    String *abs =
        awstr_printf(S, "%.*s.%s", (int)end, package->data, name->data);
    awgc_pop(S, 1);
    return abs;
}

/* ------------------------------------------------------------------ */
/* from lists                                                          */

static bool handle_fromlist(AwState *S, Value mod, Value fromlist,
                            bool recursive);

/* Imports mod.x as a submodule unless mod already has attribute x. A
 * ModuleNotFoundError for exactly that submodule is ignored: the
 * IMPORT_FROM that follows reports the missing name. */
static bool import_sub(AwState *S, Value mod, String *modname, String *x)
{
    Value v;
    int r = awobj_getattr_opt(S, mod, x, &v);
    if (r != 0)
        return r > 0;
    String *full = awstr_printf(S, "%s.%s", modname->data, x->data);
    if (full == NULL)
        return false;
    awgc_push(S, OBJ_VAL(full));
    bool ok = awimport_module(S, full, NULL, &v);
    if (!ok && awerr_matches(S, EXC_TYPE(S, ModuleNotFoundError))) {
        Value e = S->exc, name, cur;
        String *k = intern(S, "name");
        name =
            k && IS_EXCEPTION(e) ? awexc_attr(S, AS_EXCEPTION(e), k) : NULL_VAL;
        int in = awdict_get(S, S->modules, OBJ_VAL(full), &cur);
        if (IS_STR(name) && awstr_equal(AS_STR(name), full) &&
            (in == 0 || (in > 0 && !IS_NONE(cur)))) {
            awerr_clear(S);
            ok = true;
        }
    }
    awgc_pop(S, 1);
    return ok;
}

static bool fromlist_item(AwState *S, Value mod, String *modname, Value x,
                          bool recursive)
{
    if (!IS_STR(x)) {
        if (recursive)
            return awerr_format(S, EXC_TypeError,
                                "Item in %s.__all__ must be str, not %s",
                                modname->data, awobj_typename(S, x));
        return awerr_format(S, EXC_TypeError,
                            "Item in ``from list'' must be str, not %s",
                            awobj_typename(S, x));
    }
    String *name = awstr_intern_str(S, AS_STR(x));
    if (name == NULL)
        return false;
    if (strcmp(name->data, "*") != 0) {
        awgc_push(S, OBJ_VAL(name));
        bool ok = import_sub(S, mod, modname, name);
        awgc_pop(S, 1);
        return ok;
    }
    Value all;
    int r = recursive ? 0 : awobj_getattr_opt(S, mod, NAME(S, all), &all);
    if (r <= 0)
        return r == 0;
    awgc_push(S, all);
    bool ok = handle_fromlist(S, mod, all, true);
    awgc_pop(S, 1);
    return ok;
}

/* importlib._bootstrap._handle_fromlist, for a package mod. */
static bool handle_fromlist(AwState *S, Value mod, Value fromlist,
                            bool recursive)
{
    Value name, it, x;
    if (!awobj_getattr(S, mod, NAME(S, name), &name))
        return false;
    if (!IS_STR(name))
        return awerr_format(S, EXC_TypeError, "module name must be str");
    awgc_push(S, name);
    bool ok = awobj_iter(S, fromlist, &it);
    awgc_push(S, ok ? it : NONE_VAL);
    while (ok) {
        int r = awobj_next(S, it, &x);
        if (r <= 0) {
            ok = r == 0;
            break;
        }
        awgc_push(S, x);
        ok = fromlist_item(S, mod, AS_STR(name), x, recursive);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 2);
    return ok;
}

/* ------------------------------------------------------------------ */
/* IMPORT_NAME                                                         */

/* What `import a.b.c` binds: the top-level module (for a relative name,
 * the module as many parts up as name has). */
static bool import_top(AwState *S, String *name, String *abs, int level,
                       Value mod, Value *out)
{
    const char *dot = memchr(name->data, '.', name->len);
    if ((level > 0 && name->len == 0) || dot == NULL) {
        *out = mod;
        return true;
    }
    size_t keep = (size_t)(dot - name->data);
    if (level == 0) {
        String *front = awstr_new(S, name->data, keep);
        return front && awimport_module(S, front, NULL, out);
    }
    size_t cut = name->len - keep;
    String *top = awstr_new(S, abs->data, abs->len - cut);
    if (top == NULL)
        return false;
    awgc_push(S, OBJ_VAL(top));
    int r = awdict_get(S, S->modules, OBJ_VAL(top), out);
    if (r == 0)
        awerr_format(S, EXC_KeyError, "'%s' not in sys.modules as expected",
                     top->data);
    awgc_pop(S, 1);
    return r > 0;
}

bool awimport_name(AwState *S, Dict *globals, String *name, Value fromlist,
                   int level, Value *out)
{
    if (level < 0)
        return awerr_format(S, EXC_ValueError, "level must be >= 0");
    String *abs = name;
    if (level > 0 && !(abs = resolve_name(S, name, globals, level)))
        return false;
    awgc_push(S, OBJ_VAL(abs));
    Value mod;
    bool ok = awimport_module(S, abs, globals, &mod);
    awgc_push(S, ok ? mod : NONE_VAL);
    int has_from =
        IS_NULL(fromlist) || IS_NONE(fromlist) ? 0 : awobj_truthy(S, fromlist);
    ok = ok && has_from >= 0;
    if (ok && !has_from) {
        ok = import_top(S, name, abs, level, mod, out);
    } else if (ok) {
        Value path;
        int r = awobj_getattr_opt(S, mod, NAME(S, path), &path);
        ok = r == 0 || (r > 0 && handle_fromlist(S, mod, fromlist, false));
        *out = mod;
    }
    awgc_pop(S, 2);
    return ok;
}

/* ------------------------------------------------------------------ */
/* IMPORT_FROM and IMPORT_STAR                                         */

/* The ImportError of a name missing from module, as CPython's
 * import_from. */
static bool cannot_import(AwState *S, Value module, Value modname, String *name)
{
    Value file = NULL_VAL;
    if (IS_KIND(module, OBJ_MODULE))
        file =
            awdict_get_str(S, ((Module *)AS_OBJ(module))->dict, NAME(S, file));
    bool partial = IS_KIND(module, OBJ_MODULE) &&
                   (AS_OBJ(module)->flags & MOD_INITIALIZING);
    String *rn = awstr_repr(S, name);
    awgc_push(S, rn ? OBJ_VAL(rn) : NONE_VAL);
    String *rm = IS_STR(modname) ? awstr_repr(S, AS_STR(modname))
                                 : awstr_cstr(S, "'<unknown module name>'");
    awgc_push(S, rm ? OBJ_VAL(rm) : NONE_VAL);
    String *msg = NULL;
    if (rn && rm && !IS_STR(file))
        msg = awstr_printf(S,
                           "cannot import name %s from %s (unknown "
                           "location)",
                           rn->data, rm->data);
    else if (rn && rm)
        msg =
            awstr_printf(S, "cannot import name %s from %s%s%s (%s)", rn->data,
                         partial ? "partially initialized "
                                   "module "
                                 : "",
                         rm->data,
                         partial ? " (most likely due to a "
                                   "circular import)"
                                 : "",
                         AS_STR(file)->data);
    awgc_pop(S, 2);
    return awimport_error(S, EXC_ImportError, msg,
                          IS_STR(modname) ? modname : NONE_VAL,
                          IS_STR(file) ? file : NONE_VAL);
}

bool awimport_from(AwState *S, Value module, String *name, Value *out)
{
    int r = awobj_getattr_opt(S, module, name, out);
    if (r != 0)
        return r > 0;
    /* A circular import may have put the submodule in sys.modules
     * before binding it on its package. */
    Value modname;
    int has_name = awobj_getattr_opt(S, module, NAME(S, name), &modname);
    if (has_name < 0)
        return false;
    if (has_name == 0 || !IS_STR(modname))
        modname = NULL_VAL;
    awgc_push(S, modname);
    if (IS_STR(modname)) {
        String *full =
            awstr_printf(S, "%s.%s", AS_STR(modname)->data, name->data);
        awgc_push(S, full ? OBJ_VAL(full) : NONE_VAL);
        r = full ? awdict_get(S, S->modules, OBJ_VAL(full), out) : -1;
        awgc_pop(S, 1);
    }
    bool ok = r > 0 || (r == 0 && cannot_import(S, module, modname, name));
    awgc_pop(S, 1);
    return ok;
}

/* One name of `from m import *`: locals[key] = m.key. */
static bool star_one(AwState *S, Value module, Value modname, Value key,
                     bool from_dict, Dict *locals)
{
    if (!IS_STR(key))
        return awerr_format(S, EXC_TypeError,
                            "%s in %s.%s must be str, "
                            "not %s",
                            from_dict ? "Key" : "Item",
                            IS_STR(modname) ? AS_STR(modname)->data : "?",
                            from_dict ? "__dict__" : "__all__",
                            awobj_typename(S, key));
    String *name = awstr_intern_str(S, AS_STR(key));
    if (name == NULL)
        return false;
    if (from_dict && name->len > 0 && name->data[0] == '_')
        return true;
    Value v;
    awgc_push(S, OBJ_VAL(name));
    bool ok = awobj_getattr(S, module, name, &v);
    awgc_push(S, ok ? v : NONE_VAL);
    ok = ok && awdict_set_str(S, locals, name, v);
    awgc_pop(S, 2);
    return ok;
}

/* The names `from m import *` binds: m.__all__, else the keys of
 * m.__dict__ (*from_dict set). */
static bool star_names(AwState *S, Value module, Value *names, bool *from_dict)
{
    int r = awobj_getattr_opt(S, module, NAME(S, all), names);
    *from_dict = r == 0;
    if (r != 0)
        return r > 0;
    Value d;
    r = awobj_getattr_opt(S, module, NAME(S, dict), &d);
    if (r == 0)
        return awerr_format(S, EXC_ImportError,
                            "from-import-* object has "
                            "no __dict__ and no __all__");
    if (r < 0)
        return false;
    awgc_push(S, d);
    List *keys = awlist_from_iterable(S, d);
    awgc_pop(S, 1);
    *names = keys ? OBJ_VAL(keys) : NULL_VAL;
    return keys != NULL;
}

bool awimport_star(AwState *S, Value module, Dict *locals)
{
    Value names, modname = NULL_VAL, it, key;
    bool from_dict;
    if (!star_names(S, module, &names, &from_dict))
        return false;
    awgc_push(S, names);
    bool ok = awobj_iter(S, names, &it);
    awgc_push(S, ok ? it : NONE_VAL);
    if (ok && awobj_getattr_opt(S, module, NAME(S, name), &modname) < 0)
        ok = false;
    awgc_push(S, modname);
    while (ok) {
        int r = awobj_next(S, it, &key);
        if (r <= 0) {
            ok = r == 0;
            break;
        }
        awgc_push(S, key);
        ok = star_one(S, module, modname, key, from_dict, locals);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* __import__ and start-up                                             */

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
static bool bi_import(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const kw[] = {"name",     "globals", "locals",
                                     "fromlist", "level",   NULL};
    Value a[5];
    if (!awarg_unpack(S, "__import__", argc, argv, kwnames, 1, 5, kw, a))
        return false;
    if (!IS_STR(a[0]))
        return awerr_format(S, EXC_TypeError,
                            "module name must be a "
                            "string");
    int64_t level = 0;
    if (!IS_NULL(a[4]) && !awobj_as_i64(S, a[4], &level))
        return false;
    if (level > 0 && !IS_DICT(a[1]))
        return awerr_format(S, EXC_TypeError, "globals must be a dict");
    if (level < 0)
        return awerr_format(S, EXC_ValueError, "level must be >= 0");
    if (level > 0x7fffffff)
        return awerr_format(S, EXC_OverflowError,
                            "signed integer is "
                            "greater than maximum");
    Dict *g = IS_DICT(a[1]) ? AS_DICT(a[1]) : NULL;
    if (level == 0 && AS_STR(a[0])->len == 0)
        return awerr_format(S, EXC_ValueError, "Empty module name");
    return awimport_name(S, g, AS_STR(a[0]), a[3], (int)level, out);
}

bool awimport_init(AwState *S)
{
    awmodule_type_init(S);
    CFunction *f =
        awcfunc_new(S, "__import__", bi_import, MF_STATIC, NULL_VAL, NULL);
    if (f == NULL)
        return false;
    f->module = OBJ_VAL(NAME(S, builtins));
    awgc_push(S, OBJ_VAL(f));
    String *k = intern(S, "__import__");
    bool ok = k && awdict_set_str(S, S->builtins, k, OBJ_VAL(f));
    awgc_pop(S, 1);
    return ok;
}

/* Puts dir first in sys.path unless it is there already. */
static bool path_insert(AwState *S, List *l, String *dir)
{
    if (l->len > 0 && IS_STR(l->items[0]) &&
        awstr_equal(AS_STR(l->items[0]), dir))
        return true;
    if (!awlist_append(S, l, OBJ_VAL(dir)))
        return false;
    memmove(l->items + 1, l->items, (l->len - 1) * sizeof(Value));
    l->items[0] = OBJ_VAL(dir);
    return true;
}

/* sys.path gets dir first; sys.argv is the host's list (aw_set_argv may
 * have run after sys was loaded). */
static bool prepare_sys(AwState *S, Value sys, const char *dir)
{
    if (!IS_KIND(sys, OBJ_MODULE))
        return true;
    Dict *sd = ((Module *)AS_OBJ(sys))->dict;
    size_t base = S->nroots;
    String *d = awstr_cstr(S, dir);
    if (d != NULL)
        awgc_push(S, OBJ_VAL(d));
    String *k_path = d ? intern(S, "path") : NULL;
    if (k_path != NULL)
        awgc_push(S, OBJ_VAL(k_path));
    String *k_argv = k_path ? intern(S, "argv") : NULL;
    bool ok = k_argv != NULL;
    if (ok) {
        Value path = awdict_get_str(S, sd, k_path);
        ok = !IS_LIST(path) || path_insert(S, AS_LIST(path), d);
    }
    if (ok && IS_LIST(S->argv))
        ok = awdict_set_str(S, sd, k_argv, S->argv);
    awgc_pop(S, S->nroots - base);
    return ok;
}

bool awimport_main(AwState *S, Dict *globals, const char *dir)
{
    Module *m = awgc_alloc(S, TYPE(S, MODULE), OBJ_MODULE, sizeof(Module));
    if (m == NULL)
        return false;
    m->name = NAME(S, main);
    m->dict = globals;
    awgc_push(S, OBJ_VAL(m));
    Value sys = NONE_VAL;
    bool ok = awdict_set_str(S, S->modules, NAME(S, main), OBJ_VAL(m)) &&
              awimport_module(S, NAME(S, sys), NULL, &sys);
    awgc_push(S, sys);
    ok = ok && prepare_sys(S, sys, dir);
    awgc_pop(S, 2);
    return ok;
}
