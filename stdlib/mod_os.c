/* The os module: environment, working directory, directory listing and
 * the file-system calls programs use most, with CPython's argument
 * conversion (path_converter) and its OSError subclasses (through
 * awerr_from_errno). os.environ is a plain dict made at import. os.path
 * is stdlib/mod_ospath.c. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stdlib/mod_os.h"
#include "stdlib/modules.h"
#include "stdlib/pyargs.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/num.h"
#include "vm/str.h"

extern char **environ;

/* ------------------------------------------------------------------ */
/* Paths                                                               */

bool awos_fspath(AwState *S, Value v, Value *out)
{
    if (IS_STR(v) || IS_BYTES(v)) {
        *out = v;
        return true;
    }
    String *n = awstr_intern_cstr(S, "__fspath__");
    if (!n)
        return false;
    Value m = awtype_lookup(S, awobj_type(S, v), n);
    if (IS_NULL(m))
        return awerr_format(S, EXC_TypeError,
                            "expected str, bytes or os.PathLike object, not "
                            "%s",
                            awobj_typename(S, v));
    Value self[1] = {v};
    if (!awobj_call(S, m, 1, self, NULL, out))
        return false;
    if (!IS_STR(*out) && !IS_BYTES(*out))
        return awerr_format(S, EXC_TypeError,
                            "expected %s.__fspath__() to return str or "
                            "bytes, not %s",
                            awobj_typename(S, v), awobj_typename(S, *out));
    return true;
}

bool awos_path(AwState *S, const char *func, const char *arg, Value v,
               OsPath *out)
{
    out->obj = v;
    if (!IS_STR(v) && !IS_BYTES(v)) {
        String *n = awstr_intern_cstr(S, "__fspath__");
        if (!n)
            return false;
        if (IS_NULL(awtype_lookup(S, awobj_type(S, v), n)))
            return awerr_format(S, EXC_TypeError,
                                "%s: %s should be string, bytes or "
                                "os.PathLike, not %s",
                                func, arg, awobj_typename(S, v));
    }
    if (!awos_fspath(S, v, &out->path))
        return false;
    out->obj = out->path; /* CPython's errors name the path, not v */
    out->is_bytes = IS_BYTES(out->path);
    out->c = out->is_bytes ? (const char *)AS_BYTES(out->path)->data
                           : AS_STR(out->path)->data;
    out->len = out->is_bytes ? AS_BYTES(out->path)->len
                             : AS_STR(out->path)->len;
    if (memchr(out->c, 0, out->len))
        return awerr_format(S, EXC_ValueError, "embedded null byte");
    awgc_push(S, out->path);
    return true;
}

Value awos_name(AwState *S, bool as_bytes, const char *s, size_t n)
{
    if (as_bytes) {
        Bytes *b = awbytes_new(S, (const uint8_t *)s, n);
        return b ? OBJ_VAL(b) : NULL_VAL;
    }
    String *str = awstr_new(S, s, awutf8_check(s, n));
    return str ? OBJ_VAL(str) : NULL_VAL;
}

/* One path argument (clinic-style binding: "remove() missing required
 * argument 'path' (pos 1)"); pushes the path (pop it). */
static bool one_path(AwState *S, const char *func, int argc, Value *argv,
                     Tuple *kwnames, OsPath *p)
{
    static const char *const kw[] = {"path"};
    Value v;
    return awarg_unpack(S, func, argc - 1, argv + 1, kwnames, 1, 1, kw, &v) &&
           awos_path(S, func, "path", v, p);
}

static bool result(AwState *S, int rc, Value filename, Value *out)
{
    if (rc != 0)
        return awerr_from_errno(S, errno, filename);
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* File-system calls                                                   */

static bool os_remove_as(AwState *S, const char *name, int argc,
                         Value *argv, Tuple *kwnames, Value *out)
{
    OsPath p;
    if (!one_path(S, name, argc, argv, kwnames, &p))
        return false;
    bool ok = result(S, unlink(p.c), p.obj, out);
    awgc_pop(S, 1);
    return ok;
}

static bool os_remove(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    return os_remove_as(S, "remove", argc, argv, kwnames, out);
}

static bool os_unlink(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    return os_remove_as(S, "unlink", argc, argv, kwnames, out);
}

static bool os_rmdir(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    OsPath p;
    if (!one_path(S, "rmdir", argc, argv, kwnames, &p))
        return false;
    bool ok = result(S, rmdir(p.c), p.obj, out);
    awgc_pop(S, 1);
    return ok;
}

/* mode as a C int ("mode" of mkdir and makedirs) */
static bool mode_arg(AwState *S, Value v, int *mode)
{
    Value i;
    if (IS_NULL(v)) {
        *mode = 0777;
        return true;
    }
    if (!awobj_index(S, v, &i))
        return false;
    if (IS_BIGINT(i) || AS_INT(i) > INT_MAX || AS_INT(i) < INT_MIN)
        return awerr_format(S, EXC_OverflowError,
                            "Python int too large to convert to C int");
    *mode = (int)AS_INT(i);
    return true;
}

static bool os_mkdir(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    static const char *const kw[] = {"path", "mode"};
    Value a[2];
    OsPath p;
    int mode;
    if (!awarg_unpack(S, "mkdir", argc - 1, argv + 1, kwnames, 1, 2, kw, a) ||
        !awos_path(S, "mkdir", "path", a[0], &p))
        return false;
    bool ok = mode_arg(S, a[1], &mode) &&
              result(S, mkdir(p.c, (mode_t)mode), p.obj, out);
    awgc_pop(S, 1);
    return ok;
}

static bool is_dir(const char *c)
{
    struct stat st;
    return stat(c, &st) == 0 && S_ISDIR(st.st_mode);
}

/* makedirs as os.py's: create the missing parents first (ignoring a
 * parent that appears meanwhile), then the leaf; with exist_ok an
 * existing directory is no error. c is a NUL-terminated copy we may cut. */
static int make_tree(char *c, size_t len, int mode, bool exist_ok)
{
    /* head, tail = split(name); if not tail: split(head) again */
    size_t end = len;
    while (end > 0 && c[end - 1] == '/')
        end--;
    size_t i = end;
    while (i > 0 && c[i - 1] != '/')
        i--;
    size_t head = i;
    while (head > 0 && c[head - 1] == '/')
        head--;
    if (head == 0 && i > 0)
        head = i; /* all slashes: the root */
    bool has_tail = end > i;
    if (head > 0 && has_tail && i > 0) {
        char save = c[head];
        c[head] = 0;
        struct stat st;
        int rc = 0;
        if (stat(c, &st) != 0 && errno != EACCES) {
            rc = make_tree(c, head, mode, exist_ok);
            if (rc != 0 && errno == EEXIST)
                rc = 0;
        }
        c[head] = save;
        if (rc != 0)
            return rc;
        if (end - i == 1 && c[i] == '.')
            return 0; /* xxx/newdir/. exists once xxx/newdir does */
    }
    if (mkdir(c, (mode_t)mode) == 0)
        return 0;
    int err = errno;
    if (exist_ok && is_dir(c))
        return 0;
    errno = err;
    return -1;
}

static bool os_makedirs(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    static const char *const names[] = {"name", "mode", "exist_ok"};
    Value a[3];
    OsPath p;
    int mode;
    if (!awpyargs(S, "makedirs", 0, argc - 1, argv + 1, kwnames, names, 1, 3,
                  3, a) ||
        !awos_path(S, "mkdir", "path", a[0], &p))
        return false;
    int exist_ok = IS_NULL(a[2]) ? 0 : awobj_truthy(S, a[2]);
    char *copy = NULL;
    bool ok = exist_ok >= 0 && mode_arg(S, a[1], &mode);
    if (ok && !(copy = awmem_alloc(S, p.len + 1)))
        ok = awerr_nomem(S);
    if (ok) {
        memcpy(copy, p.c, p.len + 1);
        int rc = make_tree(copy, p.len, mode, exist_ok);
        awmem_free(S, copy, p.len + 1);
        ok = result(S, rc, p.obj, out);
    }
    awgc_pop(S, 1);
    return ok;
}

static bool os_rename(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const kw[] = {"src", "dst"};
    Value a[2];
    OsPath src, dst;
    if (!awarg_unpack(S, "rename", argc - 1, argv + 1, kwnames, 2, 2, kw, a) ||
        !awos_path(S, "rename", "src", a[0], &src))
        return false;
    bool ok = awos_path(S, "rename", "dst", a[1], &dst);
    if (ok) {
        if (src.is_bytes != dst.is_bytes)
            ok = awerr_format(S, EXC_TypeError,
                              "rename: src and dst must be the same type");
        else if (rename(src.c, dst.c) != 0)
            ok = awerr_from_errno2(S, errno, src.obj, dst.obj);
        else
            *out = NONE_VAL;
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Directories                                                         */

static bool list_entries(AwState *S, DIR *d, bool as_bytes, List *l)
{
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        Value name = awos_name(S, as_bytes, n, strlen(n));
        if (IS_NULL(name) || !awlist_append(S, l, name))
            return false;
        errno = 0;
    }
    return true;
}

static DIR *open_fd_dir(int fd)
{
    int dupfd = dup(fd);
    DIR *d = dupfd < 0 ? NULL : fdopendir(dupfd);
    if (!d && dupfd >= 0) {
        int err = errno;
        close(dupfd);
        errno = err;
    }
    return d;
}

/* listdir(path=None): a str path lists str names, a bytes path bytes
 * names, an int lists the directory open on that descriptor. */
static bool os_listdir(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    static const char *const kw[] = {"path"};
    Value v;
    OsPath p = {NULL_VAL, NULL_VAL, ".", 1, false};
    if (!awarg_unpack(S, "listdir", argc - 1, argv + 1, kwnames, 0, 1, kw, &v))
        return false;
    bool named = !IS_NULL(v) && !IS_NONE(v) && !IS_INT(v);
    if (named && !awos_path(S, "listdir", "path", v, &p)) {
        if (awerr_matches(S, EXC_TYPE(S, TypeError)) && !IS_OBJ(v)) {
            awerr_clear(S);
            awerr_format(S, EXC_TypeError,
                         "listdir: path should be string, bytes, "
                         "os.PathLike, integer or None, not %s",
                         awobj_typename(S, v));
        }
        return false;
    }
    DIR *d = IS_INT(v) ? open_fd_dir((int)AS_INT(v)) : opendir(p.c);
    bool ok;
    if (!d) {
        ok = awerr_from_errno(S, errno, IS_INT(v) ? NULL_VAL : p.obj);
    } else {
        List *l = awlist_new(S, 0);
        ok = l != NULL;
        if (ok) {
            awgc_push(S, OBJ_VAL(l));
            ok = list_entries(S, d, p.is_bytes, l);
            if (ok && errno)
                ok = awerr_from_errno(S, errno, p.obj);
            awgc_pop(S, 1);
            *out = OBJ_VAL(l);
        }
        closedir(d);
    }
    awgc_pop(S, named ? 1 : 0);
    return ok;
}

static bool no_args(AwState *S, const char *name, int argc, Tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "posix.%s() takes no keyword arguments", name);
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "posix.%s() takes no arguments (%d given)", name,
                            argc - 1);
    return true;
}

static bool cwd(AwState *S, bool as_bytes, Value *out)
{
    size_t cap = 256;
    for (;;) {
        char *buf = awmem_alloc(S, cap);
        if (!buf)
            return awerr_nomem(S);
        if (getcwd(buf, cap)) {
            *out = awos_name(S, as_bytes, buf, strlen(buf));
            awmem_free(S, buf, cap);
            return !IS_NULL(*out);
        }
        int err = errno;
        awmem_free(S, buf, cap);
        if (err != ERANGE)
            return awerr_from_errno(S, err, NULL_VAL);
        cap *= 2;
    }
}

static bool os_getcwd(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    (void)argv;
    return no_args(S, "getcwd", argc, kwnames) && cwd(S, false, out);
}

static bool os_getcwdb(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    (void)argv;
    return no_args(S, "getcwdb", argc, kwnames) && cwd(S, true, out);
}

/* ------------------------------------------------------------------ */
/* Process and environment                                             */

static bool os_getpid(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    (void)argv;
    if (!no_args(S, "getpid", argc, kwnames))
        return false;
    *out = INT_VAL(getpid());
    return true;
}

static bool os_urandom(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    static const char *const kw[] = {NULL};
    Value v, n;
    if (!awarg_unpack(S, "urandom", argc - 1, argv + 1, kwnames, 1, 1, kw,
                      &v) ||
        !awobj_index(S, v, &n))
        return false;
    if (awint_sign(n) < 0)
        return awerr_format(S, EXC_ValueError, "negative argument not allowed");
    if (IS_BIGINT(n) || (uint64_t)AS_INT(n) > AWSTR_MAX_LEN)
        return awerr_nomem(S);
    Bytes *b = awbytes_alloc(S, NULL, NULL, (size_t)AS_INT(n));
    if (!b)
        return false;
    for (size_t got = 0; got < b->len;) {
        ssize_t r = getrandom(b->data + got, b->len - got, 0);
        if (r < 0 && errno != EINTR)
            return awerr_from_errno(S, errno, NULL_VAL);
        if (r > 0)
            got += (size_t)r;
    }
    *out = OBJ_VAL(b);
    return true;
}

/* getenv(key, default=None): os.environ.get(key, default), so that
 * assignments to os.environ are seen, as in CPython. */
static bool os_getenv(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    static const char *const names[] = {"key", "default"};
    Value a[2];
    if (!awpyargs(S, "getenv", 0, argc - 1, argv + 1, kwnames, names, 1, 2, 2,
                  a))
        return false;
    if (!IS_STR(a[0]))
        return awerr_format(S, EXC_TypeError, "str expected, not %s",
                            awobj_typename(S, a[0]));
    String *k = awstr_intern_cstr(S, "environ");
    if (!k)
        return false;
    Value env = awdict_get_str(S, ((Module *)AS_OBJ(argv[0]))->dict, k);
    *out = IS_NULL(a[1]) ? NONE_VAL : a[1];
    if (IS_DICT(env))
        return awdict_get(S, AS_DICT(env), a[0], out) >= 0;
    if (IS_NULL(env))
        return true;
    Value v;
    if (awobj_getitem(S, env, a[0], &v)) {
        *out = v;
        return true;
    }
    if (!awerr_matches(S, EXC_TYPE(S, KeyError)))
        return false;
    awerr_clear(S);
    return true;
}

/* os.environ: a dict of the environment at import. */
static bool make_environ(AwState *S, Module *m)
{
    Dict *d = awdict_new(S);
    if (!d)
        return false;
    awgc_push(S, OBJ_VAL(d));
    bool ok = true;
    for (char **e = environ; ok && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        Value k = awos_name(S, false, *e, (size_t)(eq - *e));
        awgc_push(S, k);
        Value v = IS_NULL(k) ? NULL_VAL : awos_name(S, false, eq + 1,
                                                    strlen(eq + 1));
        ok = !IS_NULL(v) && awdict_set(S, d, k, v);
        awgc_pop(S, 1);
    }
    ok = ok && awmodule_set(S, m, "environ", OBJ_VAL(d));
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef os_funcs[] = {
    {"getcwd", os_getcwd, MF_METHOD},
    {"getcwdb", os_getcwdb, MF_METHOD},
    {"getenv", os_getenv, MF_METHOD},
    {"getpid", os_getpid, MF_METHOD},
    {"listdir", os_listdir, MF_METHOD},
    {"makedirs", os_makedirs, MF_METHOD},
    {"mkdir", os_mkdir, MF_METHOD},
    {"remove", os_remove, MF_METHOD},
    {"rename", os_rename, MF_METHOD},
    {"rmdir", os_rmdir, MF_METHOD},
    {"unlink", os_unlink, MF_METHOD},
    {"urandom", os_urandom, MF_METHOD},
    {NULL, NULL, 0},
};

static const struct {
    const char *name, *value;
} os_strings[] = {
    {"name", "posix"},  {"sep", "/"},    {"linesep", "\n"},
    {"curdir", "."},    {"pardir", ".."}, {"extsep", "."},
    {"pathsep", ":"},   {"defpath", "/bin:/usr/bin"},
    {"devnull", "/dev/null"},
};

static bool add_constants(AwState *S, Module *m)
{
    for (size_t i = 0; i < sizeof os_strings / sizeof *os_strings; i++) {
        String *s = awstr_cstr(S, os_strings[i].value);
        if (!s || !awmodule_set(S, m, os_strings[i].name, OBJ_VAL(s)))
            return false;
    }
    return awmodule_set(S, m, "altsep", NONE_VAL);
}

/* os.path: the posixpath module, registered as "posixpath" and "os.path"
 * in sys.modules (made here unless an import made it first), and the
 * attribute os.path. */
static bool add_path(AwState *S, Module *os)
{
    String *name = awstr_new(S, "posixpath", 9);
    if (!name)
        return false;
    awgc_push(S, OBJ_VAL(name));
    Value path = NULL_VAL;
    int found = awdict_get(S, S->modules, OBJ_VAL(name), &path);
    Module *m = found == 0 ? awmodule_new(S, name) : NULL;
    bool ok = found > 0 || m != NULL;
    if (m) {
        path = OBJ_VAL(m);
        awgc_push(S, path);
        ok = awdict_set(S, S->modules, OBJ_VAL(name), path) &&
             awmod_ospath_init(S, m);
        if (!ok)
            (void)awdict_del(S, S->modules, OBJ_VAL(name));
        awgc_pop(S, 1);
    }
    ok = ok && awmodule_set(S, os, "path", path);
    awgc_pop(S, 1);
    return ok;
}

bool awmod_os_init(AwState *S, Module *m)
{
    if (!awmodule_add_bound_funcs(S, m, os_funcs) || !add_constants(S, m) || !make_environ(S, m))
        return false;
    return add_path(S, m);
}
