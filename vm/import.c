/* The import system: resolving relative names, finding and loading each
 * part of a dotted name through sys.modules, the module search and the C
 * module table (the order is in vm/import.h), `from` lists, IMPORT_FROM,
 * IMPORT_STAR and the __import__ builtin. The logic and the messages are
 * those of CPython 3.11's importlib._bootstrap and Python/import.c. */
#include <string.h>

#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/state.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Errors                                                              */

/* Raises exception id (ImportError or ModuleNotFoundError) with message
 * msg and the attributes name and path (NULL_VAL: None). */
bool awimport_error(AwState *S, int id, String *msg, Value name, Value path)
{
    if (msg == NULL)
        return false;
    awgc_push(S, OBJ_VAL(msg));
    awgc_push(S, name);
    awgc_push(S, path);
    awerr_str(S, id, msg);
    String *k_name = awstr_intern_cstr(S, "name");
    awgc_push(S, k_name ? OBJ_VAL(k_name) : NONE_VAL);
    String *k_path = k_name ? awstr_intern_cstr(S, "path") : NULL;
    awgc_pop(S, 1);
    if (k_path && IS_EXCEPTION(S->exc)) {
        Value e = S->exc;
        awgc_push(S, e);
        bool ok = awexc_set_attr(S, AS_EXCEPTION(e), k_name,
                                 IS_NULL(name) ? NONE_VAL : name) &&
                  awexc_set_attr(S, AS_EXCEPTION(e), k_path,
                                 IS_NULL(path) ? NONE_VAL : path);
        awgc_pop(S, 1);
        if (ok)
            S->exc = e;
    }
    awgc_pop(S, 3);
    return false;
}

/* ModuleNotFoundError "No module named 'a.b'" with .name, plus suffix. */
static bool not_found(AwState *S, String *name, const char *suffix)
{
    String *r = awstr_repr(S, name);
    if (r == NULL)
        return false;
    awgc_push(S, OBJ_VAL(r));
    String *msg = awstr_printf(S, "No module named %s%s", r->data, suffix);
    awgc_pop(S, 1);
    return awimport_error(S, EXC_ModuleNotFoundError, msg, OBJ_VAL(name),
                          NULL_VAL);
}

/* ------------------------------------------------------------------ */
/* sys.modules and the C modules                                       */

static String *substr(AwState *S, String *s, size_t len)
{
    return len == s->len ? s : awstr_new(S, s->data, len);
}

/* The names in CPython's sys.builtin_module_names on Linux: modules
 * compiled into the interpreter, which no file on the path can shadow.
 * Every other C module of aw (json, math, random...) comes after the
 * path search, as CPython's .py and extension modules do. */
static bool is_builtin_name(String *name)
{
    static const char *const names[] = {
        "_abc",         "_ast",      "_codecs",      "_collections",
        "_functools",   "_imp",      "_io",          "_locale",
        "_operator",    "_signal",   "_sre",         "_stat",
        "_string",      "_symtable", "_thread",      "_tokenize",
        "_tracemalloc", "_warnings", "_weakref",     "atexit",
        "builtins",     "errno",     "faulthandler", "gc",
        "itertools",    "marshal",   "posix",        "pwd",
        "sys",          "time",      "xxsubtype",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(names[i], name->data) == 0)
            return true;
    return false;
}

/* Creates C module `key` from its table entry, caches it in sys.modules
 * before its init runs (as CPython does) and drops it again if init
 * fails. */
static bool load_c_module(AwState *S, const ModuleDef *d, String *key,
                          Value *out)
{
    Module *mod = awmodule_new(S, key);
    if (mod == NULL)
        return false;
    awgc_push(S, OBJ_VAL(mod));
    bool ok = awdict_set(S, S->modules, OBJ_VAL(key), OBJ_VAL(mod));
    if (ok && !(ok = d->init(S, mod)))
        (void)awdict_del(S, S->modules, OBJ_VAL(key));
    awgc_pop(S, 1);
    *out = OBJ_VAL(mod);
    return ok;
}

/* 1 with sys.modules[name] in *out, 0 when absent, -1 on error (None in
 * sys.modules: CPython's "import of x halted"). */
static int cached(AwState *S, String *name, Value *out)
{
    int r = awdict_get(S, S->modules, OBJ_VAL(name), out);
    if (r > 0 && IS_NONE(*out)) {
        String *msg = awstr_printf(S,
                                   "import of %s halted; None in "
                                   "sys.modules",
                                   name->data);
        awimport_error(S, EXC_ModuleNotFoundError, msg, OBJ_VAL(name),
                       NULL_VAL);
        return -1;
    }
    return r;
}

/* ------------------------------------------------------------------ */
/* Finding a module                                                    */

/* Where a module is looked for: the directory of the importing file
 * (top-level names only) and then each str item of `path` (sys.path, or
 * a package's __path__). */
typedef struct Search {
    String *first_dir; /* or NULL */
    Value path;        /* a list, or NULL_VAL */
} Search;

/* Searches dir for the module whose last name part is last; 1 found
 * (file and is_pkg set), 0 not found, -1 error. */
static int search_dir(AwState *S, const char *dir, String *last, Value *file,
                      bool *is_pkg)
{
    if (!awimport_find_file(S, dir, last, file, is_pkg))
        return -1;
    return IS_NULL(*file) ? 0 : 1;
}

static int search(AwState *S, Search *s, String *last, Value *file,
                  bool *is_pkg)
{
    int r = 0;
    if (s->first_dir)
        r = search_dir(S, s->first_dir->data, last, file, is_pkg);
    if (r != 0 || !IS_LIST(s->path))
        return r;
    /* Items may change under us: index afresh each time. */
    List *l = AS_LIST(s->path);
    for (size_t i = 0; r == 0 && i < l->len; i++) {
        Value d = l->items[i];
        if (!IS_STR(d) ||
            (s->first_dir && awstr_equal(AS_STR(d), s->first_dir)))
            continue;
        awgc_push(S, d);
        r = search_dir(S, AS_STR(d)->data, last, file, is_pkg);
        awgc_pop(S, 1);
    }
    return r;
}

/* sys.path, loading sys first if needed (a list, else NULL_VAL). */
static bool sys_path(AwState *S, Value *out);

/* Loads the module called name (not yet in sys.modules) whose parent,
 * when name is dotted, is loaded: the file found along s, else the C
 * module of that name, else ModuleNotFoundError. */
static bool load_new(AwState *S, String *name, size_t lastpos, Search *s,
                     Value *out)
{
    const ModuleDef *d = awmod_find(S, name->data, name->len);
    String *last = awstr_intern(S, name->data + lastpos, name->len - lastpos);
    if (last == NULL)
        return false;
    awgc_push(S, OBJ_VAL(last));
    Value file = NULL_VAL;
    bool is_pkg = false;
    int r = search(S, s, last, &file, &is_pkg);
    awgc_push(S, file);
    /* __package__: the package itself, else the parent's name. */
    String *package = NULL;
    if (r > 0) {
        if (is_pkg)
            package = name;
        else if (lastpos == 0)
            package = NAME(S, empty);
        else
            package = awstr_new(S, name->data, lastpos - 1);
        r = package ? 1 : -1;
    }
    awgc_push(S, package ? OBJ_VAL(package) : NONE_VAL);
    bool ok = r >= 0;
    if (r > 0)
        ok = awimport_exec_file(S, name, AS_STR(file), package, is_pkg, out);
    else if (r == 0 && d)
        ok = load_c_module(S, d, name, out);
    else if (r == 0)
        ok = not_found(S, name, "");
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Loading each part of a dotted name                                  */

/* The importing file's directory: dirname of globals' __file__. */
static String *importer_dir(AwState *S, Dict *globals)
{
    Value f = globals ? awdict_get_str(S, globals, NAME(S, file)) : NULL_VAL;
    return IS_STR(f) ? awimport_dirname(S, AS_STR(f)) : NULL;
}

/* The search for submodule name of parent: parent.__path__, or the error
 * "'a' is not a package" (unless a C module has the dotted name, as
 * os.path). */
static bool parent_path(AwState *S, Value parent, String *name, size_t dot,
                        Search *s)
{
    int r = awobj_getattr_opt(S, parent, NAME(S, path), &s->path);
    if (r < 0)
        return false;
    if (r > 0 || awmod_find(S, name->data, name->len))
        return true;
    String *p = awstr_new(S, name->data, dot);
    if (p == NULL)
        return false;
    awgc_push(S, OBJ_VAL(p));
    String *rp = awstr_repr(S, p);
    awgc_pop(S, 1);
    if (rp == NULL)
        return false;
    awgc_push(S, OBJ_VAL(rp));
    char suffix[64 + 256];
    snprintf(suffix, sizeof suffix, "; %s is not a package",
             rp->len < 256 ? rp->data : "...");
    awgc_pop(S, 1);
    return not_found(S, name, suffix);
}

/* Sets `child` as an attribute of the parent module once loaded. */
static bool bind_child(AwState *S, String *parent_name, String *name,
                       size_t dot, Value child)
{
    Value parent;
    int r = awdict_get(S, S->modules, OBJ_VAL(parent_name), &parent);
    if (r <= 0 || !IS_KIND(parent, OBJ_MODULE))
        return r >= 0;
    awgc_push(S, parent);
    String *k = awstr_intern(S, name->data + dot + 1, name->len - dot - 1);
    awgc_push(S, k ? OBJ_VAL(k) : NONE_VAL);
    bool ok = k && awobj_setattr(S, parent, k, child);
    awgc_pop(S, 2);
    return ok;
}

/* CPython's _find_and_load for one name whose parents are loaded. */
static bool find_and_load(AwState *S, String *name, Dict *globals, Value *out)
{
    int r = cached(S, name, out);
    if (r != 0)
        return r > 0;
    const char *dotp = memchr(name->data, '.', name->len);
    Search s = {NULL, NULL_VAL};
    if (dotp == NULL) {
        const ModuleDef *d = awmod_find(S, name->data, name->len);
        if (d && is_builtin_name(name))
            return load_c_module(S, d, name, out);
        s.first_dir = importer_dir(S, globals);
        awgc_push(S, s.first_dir ? OBJ_VAL(s.first_dir) : NONE_VAL);
        bool ok = sys_path(S, &s.path);
        awgc_push(S, s.path);
        ok = ok && load_new(S, name, 0, &s, out);
        awgc_pop(S, 2);
        return ok;
    }
    size_t dot = (size_t)(strrchr(name->data, '.') - name->data);
    String *pname = awstr_new(S, name->data, dot);
    if (pname == NULL)
        return false;
    awgc_push(S, OBJ_VAL(pname));
    Value parent;
    int pr = cached(S, pname, &parent);
    if (pr == 0) /* the parent's body removed itself from sys.modules */
        not_found(S, pname, "");
    bool ok = pr > 0 && parent_path(S, parent, name, dot, &s);
    awgc_push(S, s.path);
    ok = ok && load_new(S, name, dot + 1, &s, out);
    awgc_push(S, ok ? *out : NONE_VAL);
    ok = ok && bind_child(S, pname, name, dot, *out);
    awgc_pop(S, 3);
    return ok;
}

/* Imports every prefix of the dotted name in turn (a, a.b, a.b.c); the
 * last module in *out. */
static bool gcd_import(AwState *S, String *name, Dict *globals, Value *out)
{
    for (size_t i = 0; i <= name->len; i++) {
        if (i < name->len && name->data[i] != '.')
            continue;
        if (i == 0) /* ".a" has no parent: a top-level name */
            return not_found(S, name, "");
        String *part = substr(S, name, i);
        if (part == NULL)
            return false;
        awgc_push(S, OBJ_VAL(part));
        bool ok = find_and_load(S, part, globals, out);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

static bool sys_path(AwState *S, Value *out)
{
    Value sys;
    *out = NULL_VAL;
    if (!find_and_load(S, NAME(S, sys), NULL, &sys))
        return false;
    String *k = awstr_intern_cstr(S, "path");
    if (k == NULL || !IS_KIND(sys, OBJ_MODULE))
        return k != NULL;
    Value p = awdict_get_str(S, ((Module *)AS_OBJ(sys))->dict, k);
    if (IS_LIST(p))
        *out = p;
    return true;
}

bool awimport_module(AwState *S, String *name, Dict *globals, Value *out)
{
    if (name->len == 0)
        return awerr_format(S, EXC_ValueError, "Empty module name");
    awgc_push(S, OBJ_VAL(name));
    bool ok = gcd_import(S, name, globals, out);
    awgc_pop(S, 1);
    return ok;
}
