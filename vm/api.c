/* The public embedding API (include/aw.h): the one file that implements
 * it, over the internal headers. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aw.h"
#include "vm/api.h"
#include "lang/compile.h"
#include "runtime/loop.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/limit.h"
#include "vm/str.h"

#define QUOTE2(x) #x
#define QUOTE(x) QUOTE2(x)

static const char version_text[] = QUOTE(AW_VERSION_MAJOR) "." QUOTE(
    AW_VERSION_MINOR) "." QUOTE(AW_VERSION_PATCH);

AW_API const char *aw_version(void)
{
    return version_text;
}

AW_API void aw_free(AwState *S)
{
    /* what dies with the interpreter still reports, as at CPython's exit:
     * coroutines never awaited, exceptions never retrieved */
    awgc_run_finalizers(S, true);
    awstate_free(S);
}

/* Text from the outside world: invalid UTF-8 becomes U+FFFD. */
static String *host_string(AwState *S, const char *s)
{
    size_t len = strlen(s);
    if (awutf8_check(s, len) == len)
        return awstr_new(S, s, len);
    StrBuf b;
    awbuf_init(S, &b);
    while (len > 0) {
        size_t ok = awutf8_check(s, len);
        awbuf_put(&b, s, ok);
        if (ok == len)
            break;
        awbuf_put_cp(&b, 0xfffd);
        s += ok + 1;
        len -= ok + 1;
    }
    return awbuf_finish(&b);
}

AW_API void aw_set_virtual_time(AwState *S, int on)
{
    S->virtual_time = on != 0;
    awclock_init(S);
}

AW_API void aw_set_argv(AwState *S, int argc, char **argv)
{
    List *l = awlist_new(S, (size_t)(argc > 0 ? argc : 0));
    if (!l) {
        awerr_clear(S);
        return;
    }
    S->argv = OBJ_VAL(l);
    for (int i = 0; i < argc; i++) {
        String *s = host_string(S, argv[i]);
        if (!s || !awlist_append(S, l, OBJ_VAL(s))) {
            awerr_clear(S);
            return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Reading source                                                      */

typedef struct Source {
    char *text; /* awmem buffer of cap bytes, NUL-terminated */
    size_t len, cap;
} Source;

static bool read_source(AwState *S, FILE *fp, Source *src)
{
    src->cap = 8192;
    src->len = 0;
    src->text = awmem_alloc(S, src->cap);
    while (src->text) {
        src->len += fread(src->text + src->len, 1, src->cap - src->len, fp);
        if (src->len < src->cap)
            break;
        char *nt = awmem_realloc(S, src->text, src->cap, src->cap * 2);
        if (!nt)
            awmem_free(S, src->text, src->cap);
        src->text = nt;
        src->cap *= 2;
    }
    if (!src->text) {
        errno = ENOMEM;
        return false;
    }
    if (ferror(fp)) {
        int e = errno;
        awmem_free(S, src->text, src->cap);
        errno = e ? e : EIO;
        return false;
    }
    src->text[src->len] = '\0';
    return true;
}

static void free_source(AwState *S, Source *src)
{
    awmem_free(S, src->text, src->cap);
}

/* path made absolute against the working directory, as CPython does for
 * the main script (without normalising "." or ".."). In an awmem buffer
 * of *size bytes. */
static char *absolute_path(AwState *S, const char *path, size_t *size)
{
    char cwd[4096];
    bool rel = path[0] != '/' && getcwd(cwd, sizeof cwd) != NULL;
    size_t n = (rel ? strlen(cwd) + 1 : 0) + strlen(path) + 1;
    char *p = awmem_alloc(S, n);
    if (!p)
        return NULL;
    snprintf(p, n, "%s%s%s", rel ? cwd : "", rel ? "/" : "", path);
    *size = n;
    return p;
}

/* Opens and reads a file, or reports CPython's message and returns
 * false. */
static bool load_file(AwState *S, const char *abspath, Source *src)
{
    FILE *fp = fopen(abspath, "rb");
    bool ok = fp != NULL && read_source(S, fp, src);
    int e = errno;
    if (fp)
        fclose(fp);
    if (ok)
        return true;
    char msg[512];
    int n =
        snprintf(msg, sizeof msg, "aw: can't open file '%s': [Errno %d] %s\n",
                 abspath, e, strerror(e));
    awstate_write_err(S, msg, n < (int)sizeof msg ? (size_t)n : sizeof msg - 1);
    return false;
}

/* ------------------------------------------------------------------ */
/* Running                                                             */

static bool set_global(AwState *S, Dict *g, const char *name, Value v)
{
    awgc_push(S, v);
    String *k = awstr_intern_cstr(S, name);
    bool ok = k && awdict_set_str(S, g, k, v);
    awgc_pop(S, 1);
    return ok;
}

static Value builtins_module(AwState *S)
{
    Value m = S->modules ? awdict_get_str(S, S->modules, NAME(S, builtins))
                         : NULL_VAL;
    return IS_NULL(m) ? OBJ_VAL(S->builtins) : m;
}

/* The namespace of __main__, with CPython's entries in CPython's order. */
Dict *awapi_main_globals(AwState *S, const char *file)
{
    Dict *g = awdict_new(S);
    if (!g)
        return NULL;
    awgc_push(S, OBJ_VAL(g));
    Dict *ann = awdict_new(S);
    awgc_push(S, ann ? OBJ_VAL(ann) : NONE_VAL);
    bool ok = ann && set_global(S, g, "__name__", OBJ_VAL(NAME(S, main))) &&
              set_global(S, g, "__doc__", NONE_VAL) &&
              set_global(S, g, "__package__", NONE_VAL) &&
              set_global(S, g, "__loader__", NONE_VAL) &&
              set_global(S, g, "__spec__", NONE_VAL) &&
              set_global(S, g, "__annotations__", OBJ_VAL(ann)) &&
              set_global(S, g, "__builtins__", builtins_module(S));
    if (ok && file) {
        String *f = host_string(S, file);
        ok = f && set_global(S, g, "__file__", OBJ_VAL(f)) &&
             set_global(S, g, "__cached__", NONE_VAL);
    }
    awgc_pop(S, 2);
    return ok ? g : NULL;
}

/* The status of an uncaught SystemExit, as CPython's
 * _Py_HandleSystemExit. */
static int system_exit_status(AwState *S, Value exc)
{
    Value code;
    awgc_push(S, exc);
    int r = awobj_getattr_opt(S, exc, NAME(S, code), &code);
    awgc_pop(S, 1);
    if (r <= 0) {
        awerr_clear(S);
        code = exc;
    }
    if (IS_NONE(code))
        return 0;
    if (IS_INT(code))
        return (int)AS_INT(code);
    if (IS_BOOL(code))
        return AS_BOOL(code);
    if (IS_BIGINT(code))
        return -1;
    Value s;
    awgc_push(S, code);
    if (awobj_str(S, code, &s) && IS_STR(s))
        awstate_write_err(S, AS_STR(s)->data, AS_STR(s)->len);
    awgc_pop(S, 1);
    awerr_clear(S);
    awstate_write_err(S, "\n", 1);
    return 1;
}

/* Reports the pending exception; returns the exit status. */
static int report(AwState *S, Dict *globals)
{
    Value exc = awerr_fetch(S);
    S->exc_info = NULL_VAL;
    awlimit_settle(S);
    if (IS_NULL(exc))
        return 1;
    if (awobj_isinstance(S, exc, EXC_TYPE(S, SystemExit)))
        return system_exit_status(S, exc);
    awexc_print_ex(S, exc, globals);
    if (awobj_isinstance(S, exc, EXC_TYPE(S, KeyboardInterrupt)))
        return 130;
    return 1;
}

/* Runs source as the module __main__, registered in sys.modules, with
 * dir first in sys.path. */
static int run_source(AwState *S, const char *text, size_t len,
                      const char *filename, const char *file_attr,
                      const char *dir)
{
    size_t base = S->nroots;
    Code *code = awcomp_compile(S, text, len, filename, PARSE_FILE);
    if (!code)
        return report(S, NULL);
    awgc_push(S, OBJ_VAL(code));
    Dict *g = awapi_main_globals(S, file_attr);
    if (g)
        awgc_push(S, OBJ_VAL(g));
    if (!g || !awimport_main(S, g, dir)) {
        awgc_pop(S, S->nroots - base);
        return report(S, NULL);
    }
    Value result;
    int status = awvm_run(S, code, g, &result) ? 0 : report(S, g);
    awgc_pop(S, S->nroots - base);
    S->exc_info = NULL_VAL;
    return status;
}

/* The directory of the script with symbolic links resolved, as CPython
 * puts it first in sys.path; in an awmem buffer of *size bytes. */
static char *script_dir(AwState *S, const char *abspath, size_t *size)
{
    char *real = realpath(abspath, NULL);
    const char *p = real ? real : abspath;
    const char *slash = strrchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : 0;
    if (slash == p)
        n = 1; /* the root directory */
    char *dir = awmem_alloc(S, n + 1);
    if (dir) {
        memcpy(dir, p, n);
        dir[n] = '\0';
        *size = n + 1;
    }
    free(real);
    return dir;
}

AW_API int aw_run_file(AwState *S, const char *path)
{
    size_t size, dsize;
    char *abspath = absolute_path(S, path, &size);
    if (!abspath)
        return 1;
    Source src;
    int status = 2;
    if (load_file(S, abspath, &src)) {
        char *dir = script_dir(S, abspath, &dsize);
        status = dir ? run_source(S, src.text, src.len, abspath, abspath, dir)
                     : 1;
        if (dir)
            awmem_free(S, dir, dsize);
        free_source(S, &src);
    }
    awmem_free(S, abspath, size);
    return status;
}

AW_API int aw_run_string(AwState *S, const char *code, const char *filename)
{
    if (!filename)
        filename = "<string>";
    bool is_stdin = strcmp(filename, "<stdin>") == 0;
    return run_source(S, code, strlen(code), filename,
                      is_stdin ? filename : NULL, "");
}

AW_API int aw_dis_file(AwState *S, const char *path)
{
    size_t size;
    char *abspath = absolute_path(S, path, &size);
    if (!abspath)
        return 1;
    Source src;
    int status = 2;
    if (load_file(S, abspath, &src)) {
        Code *code = awcomp_compile(S, src.text, src.len, abspath, PARSE_FILE);
        free_source(S, &src);
        status = code ? 0 : report(S, NULL);
        StrBuf b;
        awbuf_init(S, &b);
        if (code) {
            awgc_push(S, OBJ_VAL(code));
            bool ok = awcomp_dis(S, code, &b);
            awgc_pop(S, 1);
            if (ok && b.failed)
                ok = awerr_nomem(S);
            status = ok ? 0 : report(S, NULL);
        }
        if (status == 0)
            awstate_write_out(S, b.data, b.len);
        awbuf_free(&b);
    }
    awmem_free(S, abspath, size);
    return status;
}
