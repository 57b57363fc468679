/* Source modules: finding NAME.aw or NAME/__init__.aw in a directory,
 * reading and compiling it, and running its body as a new module. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lang/compile.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Paths                                                               */

String *awimport_dirname(AwState *S, String *path)
{
    const char *slash = strrchr(path->data, '/');
    if (slash == NULL)
        return NAME(S, empty);
    size_t n = (size_t)(slash - path->data);
    return awstr_new(S, path->data, n == 0 ? 1 : n); /* "/x" -> "/" */
}

/* dir made absolute, without a trailing slash, as CPython's FileFinder
 * does ("" and "." are the working directory; ".." is kept). */
static void absolute_dir(StrBuf *b, const char *dir)
{
    char cwd[4096];
    if (dir[0] != '/') {
        if (getcwd(cwd, sizeof cwd) == NULL)
            cwd[0] = '\0';
        awbuf_puts(b, cwd);
        if (dir[0] != '\0' && strcmp(dir, ".") != 0) {
            awbuf_putc(b, '/');
            awbuf_puts(b, dir);
        }
    } else {
        awbuf_puts(b, dir);
    }
    while (b->len > 1 && b->data[b->len - 1] == '/')
        b->len--;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool awimport_find_file(AwState *S, const char *dir, String *last, Value *out,
                        bool *is_pkg)
{
    *out = NULL_VAL;
    *is_pkg = false;
    /* An empty name, or one with a slash or a NUL, is no file in dir. */
    if (last->len == 0 || strlen(last->data) != last->len ||
        strchr(last->data, '/'))
        return true;
    StrBuf b;
    awbuf_init(S, &b);
    absolute_dir(&b, dir);
    if (b.len != 1)
        awbuf_putc(&b, '/');
    awbuf_put(&b, last->data, last->len);
    size_t stem = b.len;
    bool found = false;
    if (!b.failed && is_dir(b.data)) {
        awbuf_puts(&b, "/__init__.aw");
        found = *is_pkg = !b.failed && is_file(b.data);
    }
    if (!found && !b.failed) {
        b.len = stem;
        awbuf_puts(&b, ".aw");
        found = !b.failed && is_file(b.data);
    }
    if (b.failed) {
        awbuf_free(&b);
        return awerr_nomem(S);
    }
    if (!found) {
        awbuf_free(&b);
        return true;
    }
    String *s = awbuf_finish(&b);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

/* ------------------------------------------------------------------ */
/* Reading and compiling                                               */

static bool read_error(AwState *S, int e, const char *path)
{
    int id = e == ENOENT   ? EXC_FileNotFoundError
             : e == EACCES ? EXC_PermissionError
             : e == EISDIR ? EXC_IsADirectoryError
             : e == ENOMEM ? EXC_MemoryError
                           : EXC_OSError;
    if (id == EXC_MemoryError)
        return awerr_nomem(S);
    return awerr_format(S, id, "[Errno %d] %s: '%s'", e, strerror(e), path);
}

/* The whole file in a NUL-terminated awmem buffer of *cap bytes. */
static char *read_file(AwState *S, const char *path, size_t *len, size_t *cap)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        read_error(S, errno, path);
        return NULL;
    }
    size_t n = 0, c = 8192;
    char *buf = awmem_alloc(S, c);
    while (buf != NULL) {
        n += fread(buf + n, 1, c - 1 - n, fp);
        if (n < c - 1)
            break;
        char *nb = awmem_realloc(S, buf, c, c * 2);
        if (nb == NULL)
            awmem_free(S, buf, c);
        buf = nb;
        c *= 2;
    }
    int e = ferror(fp) ? (errno ? errno : EIO) : buf ? 0 : ENOMEM;
    fclose(fp);
    if (e != 0) {
        if (buf)
            awmem_free(S, buf, c);
        read_error(S, e, path);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    *cap = c;
    return buf;
}

static Code *compile_file(AwState *S, String *path)
{
    size_t len, cap;
    char *text = read_file(S, path->data, &len, &cap);
    if (text == NULL)
        return NULL;
    Code *code = awcomp_compile(S, text, len, path->data, PARSE_FILE);
    awmem_free(S, text, cap);
    return code;
}

/* ------------------------------------------------------------------ */
/* Running a module body                                               */

static bool set(AwState *S, Dict *d, const char *name, Value v)
{
    String *k = awstr_intern_cstr(S, name);
    return k && awdict_set_str(S, d, k, v);
}

/* A new module's namespace, in CPython's order: __name__, __doc__,
 * __package__, __loader__, __spec__, __path__, __file__, __builtins__
 * (the builtins dict, as in CPython's imported modules). No __cached__:
 * there is no bytecode cache. */
static Module *new_module(AwState *S, String *name, String *path,
                          String *package, bool is_pkg)
{
    Module *m = awmodule_new(S, name);
    if (m == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(m));
    Dict *d = m->dict;
    bool ok = set(S, d, "__package__", OBJ_VAL(package)) &&
              set(S, d, "__loader__", NONE_VAL) &&
              set(S, d, "__spec__", NONE_VAL);
    if (ok && is_pkg) {
        List *l = awlist_new(S, 1);
        awgc_push(S, l ? OBJ_VAL(l) : NONE_VAL);
        String *dir = l ? awimport_dirname(S, path) : NULL;
        ok = dir && awlist_append(S, l, OBJ_VAL(dir)) &&
             set(S, d, "__path__", OBJ_VAL(l));
        awgc_pop(S, 1);
    }
    ok = ok && set(S, d, "__file__", OBJ_VAL(path)) &&
         set(S, d, "__builtins__", OBJ_VAL(S->builtins));
    awgc_pop(S, 1);
    return ok ? m : NULL;
}

/* CPython's _load_unlocked: the module is in sys.modules while its body
 * runs and taken out if the body raises; what sys.modules holds at the
 * end (the body may replace itself) is the result, moved to the end of
 * sys.modules as CPython's pop and re-insert does. */
static bool run_body(AwState *S, Module *m, Code *code, Value *out)
{
    Value key = OBJ_VAL(m->name), result;
    if (!awdict_set(S, S->modules, key, OBJ_VAL(m)))
        return false;
    m->obj.flags |= MOD_INITIALIZING;
    bool ok = awvm_run(S, code, m->dict, &result);
    m->obj.flags &= (uint16_t)~MOD_INITIALIZING;
    if (!ok) {
        Value exc = awerr_fetch(S);
        awgc_push(S, exc);
        int r = awdict_del(S, S->modules, key);
        awgc_pop(S, 1);
        if (r >= 0)
            S->exc = exc;
        return false;
    }
    int r = awdict_get(S, S->modules, key, out);
    if (r == 0)
        return awerr_value_arg(S, EXC_KeyError, key);
    if (r < 0)
        return false;
    awgc_push(S, *out);
    ok = awdict_del(S, S->modules, key) >= 0 &&
         awdict_set(S, S->modules, key, *out);
    awgc_pop(S, 1);
    return ok;
}

bool awimport_exec_file(AwState *S, String *name, String *path, String *package,
                        bool is_pkg, Value *out)
{
    size_t base = S->nroots;
    awgc_push(S, OBJ_VAL(name));
    awgc_push(S, OBJ_VAL(path));
    awgc_push(S, OBJ_VAL(package));
    Code *code = compile_file(S, path);
    bool ok = code != NULL;
    if (ok)
        awgc_push(S, OBJ_VAL(code));
    Module *m = ok ? new_module(S, name, path, package, is_pkg) : NULL;
    if (m != NULL) {
        awgc_push(S, OBJ_VAL(m));
        ok = run_body(S, m, code, out);
    }
    awgc_pop(S, S->nroots - base);
    return ok && m != NULL;
}
