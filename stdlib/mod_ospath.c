/* os.path: CPython's posixpath for str and bytes paths (each function
 * follows posixpath.py's algorithm, so corner cases such as "//a" or
 * ".bashrc" come out the same) and the stat-based predicates. */
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stdlib/mod_os.h"
#include "stdlib/modules.h"
#include "stdlib/pyargs.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* A path after os.fspath: its bytes and whether it is bytes. */
typedef struct Text {
    Value v;
    const char *s;
    size_t n;
    bool b;
} Text;

/* os.fspath(v) into t; pushes t->v on the root stack (pop it). */
static bool text_of(AwState *S, Value v, Text *t)
{
    if (!awos_fspath(S, v, &t->v))
        return false;
    t->b = IS_BYTES(t->v);
    t->s = t->b ? (const char *)AS_BYTES(t->v)->data : AS_STR(t->v)->data;
    t->n = t->b ? AS_BYTES(t->v)->len : AS_STR(t->v)->len;
    awgc_push(S, t->v);
    return true;
}

static bool mk(AwState *S, const Text *like, const char *s, size_t n,
               Value *out)
{
    *out = awos_name(S, like->b, s, n);
    return !IS_NULL(*out);
}

static bool pair(AwState *S, const Text *t, size_t a0, size_t a1, size_t b0,
                 size_t b1, Value *out)
{
    Value a, b;
    if (!mk(S, t, t->s + a0, a1 - a0, &a))
        return false;
    awgc_push(S, a);
    bool ok = mk(S, t, t->s + b0, b1 - b0, &b);
    Tuple *r = NULL;
    if (ok) {
        Value items[2] = {a, b};
        awgc_push(S, b);
        r = awtuple_from_array(S, items, 2);
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    *out = r ? OBJ_VAL(r) : NULL_VAL;
    return r != NULL;
}

/* One argument named pname, through os.fspath: pushes t->v (pop it). */
static bool one_text(AwState *S, const char *fname, const char *pname,
                     int argc, Value *argv, Tuple *kwnames, Text *t)
{
    const char *names[] = {pname};
    Value v;
    return awpyargs(S, fname, 0, argc, argv, kwnames, names, 1, 1, 1, &v) &&
           text_of(S, v, t);
}

/* ------------------------------------------------------------------ */
/* Pure path arithmetic                                                */

/* split(p): head and tail around the last '/'; the head loses its
 * trailing slashes unless it is all slashes. */
static void split_at(const Text *t, size_t *head_end, size_t *tail)
{
    size_t i = t->n;
    while (i > 0 && t->s[i - 1] != '/')
        i--;
    *tail = i;
    size_t h = i;
    bool all_slashes = true;
    for (size_t k = 0; k < i; k++)
        if (t->s[k] != '/')
            all_slashes = false;
    if (!all_slashes)
        while (h > 0 && t->s[h - 1] == '/')
            h--;
    *head_end = h;
}

static bool p_split(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Text t;
    size_t h, i;
    if (!one_text(S, "split", "p", argc, argv, kwnames, &t))
        return false;
    split_at(&t, &h, &i);
    bool ok = pair(S, &t, 0, h, i, t.n, out);
    awgc_pop(S, 1);
    return ok;
}

static bool p_basename(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Text t;
    size_t h, i;
    if (!one_text(S, "basename", "p", argc, argv, kwnames, &t))
        return false;
    split_at(&t, &h, &i);
    bool ok = mk(S, &t, t.s + i, t.n - i, out);
    awgc_pop(S, 1);
    return ok;
}

static bool p_dirname(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    Text t;
    size_t h, i;
    if (!one_text(S, "dirname", "p", argc, argv, kwnames, &t))
        return false;
    split_at(&t, &h, &i);
    bool ok = mk(S, &t, t.s, h, out);
    awgc_pop(S, 1);
    return ok;
}

/* splitext: the extension starts at the last dot of the last component,
 * unless only dots precede it there (".bashrc" has none). */
static bool p_splitext(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Text t;
    if (!one_text(S, "splitext", "p", argc, argv, kwnames, &t))
        return false;
    const char *slash = NULL, *dot = NULL;
    for (const char *c = t.s; c < t.s + t.n; c++) {
        if (*c == '/')
            slash = c;
        else if (*c == '.')
            dot = c;
    }
    size_t cut = t.n;
    if (dot && (!slash || dot > slash)) {
        for (const char *c = slash ? slash + 1 : t.s; c < dot; c++)
            if (*c != '.') {
                cut = (size_t)(dot - t.s);
                break;
            }
    }
    bool ok = pair(S, &t, 0, cut, cut, t.n, out);
    awgc_pop(S, 1);
    return ok;
}

/* normpath: drop empty and "." components, resolve ".." against the
 * previous one; one or two leading slashes are kept, three or more
 * become one. Components are (offset, length) pairs into s. */
typedef struct Comp {
    size_t off, len;
} Comp;

static bool is_dotdot(const char *s, Comp c)
{
    return c.len == 2 && s[c.off] == '.' && s[c.off + 1] == '.';
}

static bool normalize(AwState *S, const char *s, size_t n, StrBuf *b)
{
    int lead = n > 0 && s[0] == '/';
    if (lead && n > 1 && s[1] == '/' && !(n > 2 && s[2] == '/'))
        lead = 2;
    size_t cap = n / 2 + 1, k = 0; /* a component takes 2 bytes or more */
    Comp *c = awmem_alloc(S, cap * sizeof *c);
    if (!c)
        return awerr_nomem(S);
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && s[j] != '/')
            j++;
        Comp cur = {i, j - i};
        if (cur.len == 0 || (cur.len == 1 && s[i] == '.'))
            ; /* nothing */
        else if (!is_dotdot(s, cur) || (!lead && k == 0) ||
                 (k > 0 && is_dotdot(s, c[k - 1])))
            c[k++] = cur;
        else if (k > 0)
            k--;
        i = j + 1;
    }
    for (int i = 0; i < lead; i++)
        awbuf_putc(b, '/');
    for (size_t i = 0; i < k; i++) {
        if (i > 0)
            awbuf_putc(b, '/');
        awbuf_put(b, s + c[i].off, c[i].len);
    }
    if (lead == 0 && k == 0)
        awbuf_putc(b, '.');
    awmem_free(S, c, cap * sizeof *c);
    return true;
}

static bool finish_like(AwState *S, const Text *t, StrBuf *b, Value *out)
{
    if (t->b) {
        Bytes *r = awbuf_finish_bytes(b);
        *out = r ? OBJ_VAL(r) : NULL_VAL;
        return r != NULL;
    }
    (void)S;
    String *r = awbuf_finish(b);
    *out = r ? OBJ_VAL(r) : NULL_VAL;
    return r != NULL;
}

static bool p_normpath(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Text t;
    if (!one_text(S, "normpath", "path", argc, argv, kwnames, &t))
        return false;
    StrBuf b;
    awbuf_init(S, &b);
    bool ok = normalize(S, t.s, t.n, &b) && finish_like(S, &t, &b, out);
    if (!ok)
        awbuf_free(&b);
    awgc_pop(S, 1);
    return ok;
}

static bool p_isabs(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Text t;
    if (!one_text(S, "isabs", "s", argc, argv, kwnames, &t))
        return false;
    *out = BOOL_VAL(t.n > 0 && t.s[0] == '/');
    awgc_pop(S, 1);
    return true;
}

static bool p_abspath(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    Text t;
    if (!one_text(S, "abspath", "path", argc, argv, kwnames, &t))
        return false;
    StrBuf b;
    awbuf_init(S, &b);
    if (t.n == 0 || t.s[0] != '/') {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd)) {
            awgc_pop(S, 1);
            awbuf_free(&b);
            return awerr_from_errno(S, errno, NULL_VAL);
        }
        /* join(cwd, path), then normalised below */
        awbuf_puts(&b, cwd);
        if (t.n > 0 && b.len > 0 && b.data[b.len - 1] != '/')
            awbuf_putc(&b, '/');
    }
    awbuf_put(&b, t.s, t.n);
    StrBuf n;
    awbuf_init(S, &n);
    bool ok = normalize(S, b.data ? b.data : "", b.len, &n);
    awbuf_free(&b);
    ok = ok && finish_like(S, &t, &n, out);
    if (!ok)
        awbuf_free(&n);
    awgc_pop(S, 1);
    return ok;
}

/* join(a, *p): after a TypeError from os.fspath on one of p, CPython's
 * genericpath._check_arg_types names the culprit. */
static bool join_error(AwState *S, int argc, Value *argv)
{
    for (int i = 0; i < argc; i++)
        if (!IS_STR(argv[i]) && !IS_BYTES(argv[i]))
            return awerr_format(S, EXC_TypeError,
                                "join() argument must be str, bytes, or "
                                "os.PathLike object, not '%s'",
                                awobj_typename(S, argv[i]));
    return awerr_format(S, EXC_TypeError,
                        "Can't mix strings and bytes in path components");
}

/* Appends component p to the path in b as posixpath.join does. */
static void join_one(StrBuf *b, const char *p, size_t n)
{
    if (n > 0 && p[0] == '/')
        b->len = 0;
    else if (b->len > 0 && b->data[b->len - 1] != '/')
        awbuf_putc(b, '/');
    awbuf_put(b, p, n);
}

static bool p_join(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (kwnames && kwnames->len)
        return awerr_format(S, EXC_TypeError,
                            "join() got an unexpected keyword argument '%s'",
                            AS_STR(kwnames->items[0])->data);
    if (argc == 0)
        return awerr_format(S, EXC_TypeError,
                            "join() missing 1 required positional argument: "
                            "'a'");
    Text a;
    if (!text_of(S, argv[0], &a))
        return false;
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_put(&b, a.s, a.n);
    bool ok = true;
    for (int i = 1; ok && i < argc; i++) {
        Value p;
        if (!awos_fspath(S, argv[i], &p)) {
            ok = false;
            if (awerr_matches(S, EXC_TYPE(S, TypeError))) {
                awerr_clear(S);
                join_error(S, argc, argv);
            }
        } else if (IS_BYTES(p) != a.b) {
            ok = join_error(S, argc, argv);
        } else if (a.b) {
            join_one(&b, (const char *)AS_BYTES(p)->data, AS_BYTES(p)->len);
        } else {
            join_one(&b, AS_STR(p)->data, AS_STR(p)->len);
        }
    }
    ok = ok && finish_like(S, &a, &b, out);
    if (!ok)
        awbuf_free(&b);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Predicates over stat                                                */

/* os.stat(v) / os.lstat(v): 1 ok, 0 the call failed (errno set, or a
 * NUL in the name: ValueError pending when raise_nul), -1 raised. */
static int stat_of(AwState *S, const char *fname, Value v, bool link,
                   struct stat *st)
{
    if (IS_INT(v) || IS_BOOL(v)) {
        int fd = IS_INT(v) ? (int)AS_INT(v) : AS_BOOL(v);
        return fstat(fd, st) == 0 ? 1 : 0;
    }
    if (!IS_STR(v) && !IS_BYTES(v)) {
        String *n = awstr_intern_cstr(S, "__fspath__");
        if (!n)
            return -1;
        if (IS_NULL(awtype_lookup(S, awobj_type(S, v), n))) {
            awerr_format(S, EXC_TypeError,
                         "%s: path should be string, bytes, os.PathLike or "
                         "integer, not %s",
                         fname, awobj_typename(S, v));
            return -1;
        }
    }
    OsPath p;
    if (!awos_path(S, fname, "path", v, &p))
        return -1;
    int rc = (link ? lstat(p.c, st) : stat(p.c, st)) == 0 ? 1 : 0;
    awgc_pop(S, 1);
    return rc;
}

/* exists, isfile, isdir, islink, lexists: False when the call fails. */
static bool test(AwState *S, const char *name, const char *pname, bool link,
                 int argc, Value *argv, Tuple *kwnames, int kind, Value *out)
{
    const char *names[] = {pname};
    Value v;
    struct stat st;
    if (!awpyargs(S, name, 0, argc, argv, kwnames, names, 1, 1, 1, &v))
        return false;
    int r = stat_of(S, link ? "lstat" : "stat", v, link, &st);
    if (r < 0) {
        if (!awerr_matches(S, EXC_TYPE(S, ValueError)))
            return false;
        awerr_clear(S);
        r = 0;
    }
    bool yes = r > 0 && (kind == 0 || (kind == 1 && S_ISREG(st.st_mode)) ||
                         (kind == 2 && S_ISDIR(st.st_mode)) ||
                         (kind == 3 && S_ISLNK(st.st_mode)));
    *out = BOOL_VAL(yes);
    return true;
}

static bool p_exists(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return test(S, "exists", "path", false, argc, argv, kwnames, 0, out);
}

static bool p_lexists(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    return test(S, "lexists", "path", true, argc, argv, kwnames, 0, out);
}

static bool p_isfile(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return test(S, "isfile", "path", false, argc, argv, kwnames, 1, out);
}

static bool p_isdir(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    return test(S, "isdir", "s", false, argc, argv, kwnames, 2, out);
}

static bool p_islink(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    return test(S, "islink", "path", true, argc, argv, kwnames, 3, out);
}

/* getsize and getmtime: os.stat(filename), whose errors propagate. */
static bool stat_field(AwState *S, const char *name, int argc, Value *argv,
                       Tuple *kwnames, struct stat *st)
{
    static const char *const names[] = {"filename"};
    Value v;
    if (!awpyargs(S, name, 0, argc, argv, kwnames, names, 1, 1, 1, &v))
        return false;
    int r = stat_of(S, "stat", v, false, st);
    if (r == 0)
        return awerr_from_errno(S, errno, IS_INT(v) ? NULL_VAL : v);
    return r > 0;
}

static bool p_getsize(AwState *S, int argc, Value *argv, Tuple *kwnames,
                      Value *out)
{
    struct stat st;
    if (!stat_field(S, "getsize", argc, argv, kwnames, &st))
        return false;
    *out = INT_VAL((int64_t)st.st_size);
    return true;
}

static bool p_getmtime(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    struct stat st;
    if (!stat_field(S, "getmtime", argc, argv, kwnames, &st))
        return false;
    *out = FLOAT_VAL((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
    return true;
}

/* ------------------------------------------------------------------ */
/* expanduser                                                          */

/* $HOME as os.environ has it (else the process environment). */
static const char *home_dir(AwState *S)
{
    String *os = awstr_intern_cstr(S, "os");
    String *env = os ? awstr_intern_cstr(S, "environ") : NULL;
    String *home = env ? awstr_intern_cstr(S, "HOME") : NULL;
    if (!home) {
        awerr_clear(S);
        return getenv("HOME");
    }
    Value m = awdict_get_str(S, S->modules, os);
    if (!IS_KIND(m, OBJ_MODULE))
        return getenv("HOME");
    Value e = awdict_get_str(S, ((Module *)AS_OBJ(m))->dict, env);
    if (!IS_DICT(e))
        return getenv("HOME");
    Value h = awdict_get_str(S, AS_DICT(e), home);
    return IS_STR(h) ? AS_STR(h)->data : NULL;
}

static bool p_expanduser(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    Text t;
    if (!one_text(S, "expanduser", "path", argc, argv, kwnames, &t))
        return false;
    const char *home = NULL;
    size_t i = 1;
    while (i < t.n && t.s[i] != '/')
        i++;
    if (t.n > 0 && t.s[0] == '~') {
        if (i == 1) {
            home = home_dir(S);
            if (!home) {
                struct passwd *pw = getpwuid(getuid());
                home = pw ? pw->pw_dir : NULL;
            }
        } else {
            char name[256];
            if (i - 1 < sizeof name) {
                memcpy(name, t.s + 1, i - 1);
                name[i - 1] = 0;
                struct passwd *pw = getpwnam(name);
                home = pw ? pw->pw_dir : NULL;
            }
        }
    }
    if (!home) {
        *out = t.v;
        awgc_pop(S, 1);
        return true;
    }
    size_t hn = strlen(home);
    while (hn > 0 && home[hn - 1] == '/')
        hn--;
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_put(&b, home, hn);
    awbuf_put(&b, t.s + i, t.n - i);
    if (b.len == 0)
        awbuf_putc(&b, '/');
    bool ok = finish_like(S, &t, &b, out);
    awgc_pop(S, 1);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

static const MethodDef path_funcs[] = {
    {"abspath", p_abspath, MF_STATIC},
    {"basename", p_basename, MF_STATIC},
    {"dirname", p_dirname, MF_STATIC},
    {"exists", p_exists, MF_STATIC},
    {"expanduser", p_expanduser, MF_STATIC},
    {"getmtime", p_getmtime, MF_STATIC},
    {"getsize", p_getsize, MF_STATIC},
    {"isabs", p_isabs, MF_STATIC},
    {"isdir", p_isdir, MF_STATIC},
    {"isfile", p_isfile, MF_STATIC},
    {"islink", p_islink, MF_STATIC},
    {"join", p_join, MF_STATIC},
    {"lexists", p_lexists, MF_STATIC},
    {"normpath", p_normpath, MF_STATIC},
    {"split", p_split, MF_STATIC},
    {"splitext", p_splitext, MF_STATIC},
    {NULL, NULL, 0},
};

/* os.path is CPython's posixpath: named so, and in sys.modules under
 * both names (whichever import comes first makes it). */
static bool register_names(AwState *S, Module *m)
{
    String *name = awstr_intern_cstr(S, "posixpath");
    if (!name)
        return false;
    m->name = name;
    if (!awmodule_set(S, m, "__name__", OBJ_VAL(name)))
        return false;
    static const char *const keys[] = {"posixpath", "os.path"};
    for (int i = 0; i < 2; i++) {
        String *k = awstr_new(S, keys[i], strlen(keys[i]));
        if (!k)
            return false;
        awgc_push(S, OBJ_VAL(k));
        Value old;
        int found = awdict_get(S, S->modules, OBJ_VAL(k), &old);
        bool ok = found > 0 || (found == 0 && awdict_set(S, S->modules,
                                                         OBJ_VAL(k),
                                                         OBJ_VAL(m)));
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    return true;
}

bool awmod_ospath_init(AwState *S, Module *m)
{
    if (!register_names(S, m))
        return false;
    static const char *const consts[][2] = {
        {"sep", "/"},    {"curdir", "."},   {"pardir", ".."},
        {"extsep", "."}, {"pathsep", ":"},  {"devnull", "/dev/null"},
        {"defpath", "/bin:/usr/bin"},
    };
    for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
        String *s = awstr_cstr(S, consts[i][1]);
        if (!s || !awmodule_set(S, m, consts[i][0], OBJ_VAL(s)))
            return false;
    }
    return awmodule_set(S, m, "altsep", NONE_VAL) &&
           awmodule_add_funcs(S, m, path_funcs);
}
