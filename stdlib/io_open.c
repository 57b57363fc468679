/* open(), with CPython's argument checks and messages, and the modules
 * that hold the file types: _io, made at start-up (builtins.open is its
 * open, bound to it so that it finds the types there), and io, which
 * shows the same objects. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stdlib/io.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* The mode string                                                     */

/* CPython's _io.open checks, in its order. Sets FILE_* flags, whether
 * the mode had '+' and its letter (r, w, x or a). */
static bool parse_mode(AwState *S, String *mode, unsigned *flags, bool *plus,
                       char *kind)
{
    const char *valid = "rwxabt+";
    unsigned seen = 0;
    for (size_t i = 0; i < mode->len; i++) {
        const char *p = strchr(valid, mode->data[i]);
        unsigned bit = p && mode->data[i] ? 1u << (p - valid) : 0;
        if (bit == 0 || (seen & bit))
            return awerr_format(S, EXC_ValueError, "invalid mode: '%s'",
                                mode->data);
        seen |= bit;
    }
    bool r = seen & 1, w = seen & 2, x = seen & 4, a = seen & 8;
    bool b = seen & 16, t = seen & 32;
    *plus = seen & 64;
    if (t && b)
        return awerr_format(S, EXC_ValueError,
                            "can't have text and binary mode at once");
    if (r + w + x + a > 1)
        return awerr_format(S, EXC_ValueError,
                            "must have exactly one of create/read/write/"
                            "append mode");
    if (r + w + x + a == 0)
        return awerr_format(S, EXC_ValueError,
                            "Must have exactly one of create/read/write/"
                            "append mode and at most one plus");
    *kind = r ? 'r' : w ? 'w' : x ? 'x' : 'a';
    *flags = (r || *plus ? FILE_READ : 0) | (!r || *plus ? FILE_WRITE : 0) |
             (a ? FILE_APPEND : 0) | (x ? FILE_CREATE : 0) |
             (b ? FILE_BINARY : 0);
    return true;
}

/* FileIO's mode: rb, wb, ab, xb and their + forms. */
static const char *binary_mode(unsigned flags)
{
    bool rw = (flags & FILE_READ) && (flags & FILE_WRITE);
    if (flags & FILE_CREATE)
        return rw ? "xb+" : "xb";
    if (flags & FILE_APPEND)
        return rw ? "ab+" : "ab";
    if (flags & FILE_READ)
        return rw ? "rb+" : "rb";
    return "wb";
}

static int open_flags(char kind, bool plus)
{
    int o = plus ? O_RDWR : kind == 'r' ? O_RDONLY : O_WRONLY;
    if (kind == 'x')
        o |= O_CREAT | O_EXCL;
    else if (kind == 'a')
        o |= O_CREAT | O_APPEND;
    else if (kind == 'w')
        o |= O_CREAT | O_TRUNC;
    return o | O_CLOEXEC;
}

/* ------------------------------------------------------------------ */
/* Arguments                                                           */

enum { A_FILE, A_MODE, A_BUF, A_ENC, A_ERR, A_NL, A_CLOSEFD, A_OPENER,
       A_COUNT };

static bool str_or_none(AwState *S, Value v, const char *name)
{
    if (IS_NULL(v) || IS_NONE(v) || IS_STR(v))
        return true;
    return awerr_format(S, EXC_TypeError,
                        "open() argument '%s' must be str or None, not %s",
                        name, awobj_typename(S, v));
}

static bool newline_arg(AwState *S, Value v, uint8_t *out)
{
    static const char *const names[] = {"", "\n", "\r", "\r\n"};
    *out = NL_UNIVERSAL;
    if (IS_NULL(v) || IS_NONE(v))
        return true;
    for (int i = 0; i < 4; i++)
        if (strcmp(AS_STR(v)->data, names[i]) == 0 &&
            AS_STR(v)->len == strlen(names[i])) {
            *out = (uint8_t)(NL_UNTRANSLATED + i);
            return true;
        }
    return awerr_format(S, EXC_ValueError, "illegal newline value: %s",
                        AS_STR(v)->data);
}

/* UTF-8 under any of the names Python's codecs accept for it. */
static bool is_utf8(const char *enc)
{
    static const char *const names[] = {"utf8", "u8", "utf", "utf8ucs2",
                                        "utf8ucs4", "cp65001"};
    char norm[16];
    size_t n = 0;
    for (; *enc && n + 1 < sizeof norm; enc++)
        if ((*enc >= 'a' && *enc <= 'z') || (*enc >= '0' && *enc <= '9'))
            norm[n++] = *enc;
        else if (*enc >= 'A' && *enc <= 'Z')
            norm[n++] = (char)(*enc + 32);
    norm[n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(norm, names[i]) == 0)
            return true;
    return false;
}

/* The checks on every argument but the file, CPython's order. */
static bool check_args(AwState *S, Value *a, unsigned *flags, bool *plus,
                       char *kind, int64_t *buffering)
{
    if (!IS_STR(a[A_MODE]))
        return awerr_format(S, EXC_TypeError,
                            "open() argument 'mode' must be str, not %s",
                            awobj_typename(S, a[A_MODE]));
    if (!IS_NULL(a[A_BUF]) && !awobj_as_i64(S, a[A_BUF], buffering))
        return false;
    if (!str_or_none(S, a[A_ENC], "encoding") ||
        !str_or_none(S, a[A_ERR], "errors") ||
        !str_or_none(S, a[A_NL], "newline") ||
        !parse_mode(S, AS_STR(a[A_MODE]), flags, plus, kind))
        return false;
    static const char *const what[] = {"an encoding", "an errors",
                                       "a newline"};
    for (int i = 0; i < 3; i++)
        if ((*flags & FILE_BINARY) && !IS_NULL(a[A_ENC + i]) &&
            !IS_NONE(a[A_ENC + i]))
            return awerr_format(S, EXC_ValueError,
                                "binary mode doesn't take %s argument",
                                what[i]);
    return true;
}

/* ------------------------------------------------------------------ */
/* Opening                                                             */

/* The descriptor for the file argument: an int is used as it is. */
static bool open_fd(AwState *S, Value *a, char kind, bool plus,
                    bool closefd, int *fd)
{
    Value file = a[A_FILE];
    if (IS_INT(file)) {
        *fd = (int)AS_INT(file);
        return true;
    }
    const char *path;
    size_t len;
    if (IS_STR(file)) {
        path = AS_STR(file)->data;
        len = AS_STR(file)->len;
    } else if (IS_BYTES(file)) {
        path = (const char *)AS_BYTES(file)->data;
        len = AS_BYTES(file)->len;
    } else {
        return awerr_format(S, EXC_TypeError,
                            "expected str, bytes or os.PathLike object, "
                            "not %s",
                            awobj_typename(S, file));
    }
    if (strlen(path) != len)
        return awerr_format(S, EXC_ValueError, "embedded null byte");
    if (!closefd)
        return awerr_format(S, EXC_ValueError,
                            "Cannot use closefd=False with file name");
    int oflags = open_flags(kind, plus);
    if (!IS_NULL(a[A_OPENER]) && !IS_NONE(a[A_OPENER])) {
        Value args[2] = {file, INT_VAL(oflags)}, r;
        int64_t v;
        if (!awobj_call(S, a[A_OPENER], 2, args, NULL, &r) ||
            !awobj_as_i64(S, r, &v))
            return false;
        if (v < 0)
            return awerr_format(S, EXC_ValueError, "opener returned %lld",
                                (long long)v);
        *fd = (int)v;
        return true;
    }
    do
        *fd = open(path, oflags, 0666);
    while (*fd < 0 && errno == EINTR);
    return *fd >= 0 ? true : awerr_from_errno(S, errno, file);
}

/* FileIO refuses directories and, in append mode, starts at the end. */
static bool check_fd(AwState *S, int fd, unsigned flags, Value file)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return awerr_from_errno(S, errno, NULL_VAL);
    if (S_ISDIR(st.st_mode))
        return awerr_from_errno(S, EISDIR, file);
    if (flags & FILE_APPEND)
        lseek(fd, 0, SEEK_END);
    return true;
}

static const char *type_name(unsigned flags)
{
    if (!(flags & FILE_BINARY))
        return "TextIOWrapper";
    if (flags & FILE_RAW)
        return "FileIO";
    if ((flags & FILE_READ) && (flags & FILE_WRITE))
        return "BufferedRandom";
    return (flags & FILE_READ) ? "BufferedReader" : "BufferedWriter";
}

static Value module_get(AwState *S, Module *m, const char *name)
{
    String *k = awstr_intern_cstr(S, name);
    return k ? awdict_get_str(S, m->dict, k) : NULL_VAL;
}

/* The file object over fd: its name, mode, encoding and errors are in
 * a[] (rooted by the caller). Closes fd when it cannot be made. */
static bool make_file(AwState *S, Module *m, Value *a, int fd,
                      unsigned flags, uint8_t newline, Value *out)
{
    Value tv = module_get(S, m, type_name(flags));
    Native *n = NULL;
    if (IS_TYPE(tv) && AS_TYPE(tv)->instkind == OBJ_NATIVE)
        n = awnative_new(S, AS_TYPE(tv), &awio_file_class, sizeof(File));
    else
        awerr_format(S, EXC_RuntimeError, "_io.%s is missing",
                     type_name(flags));
    if (n == NULL) {
        if (flags & FILE_CLOSEFD)
            close(fd);
        return false;
    }
    File *f = (File *)n->data;
    f->fd = fd;
    f->flags = flags;
    f->newline = newline;
    f->name = a[A_FILE];
    f->mode = a[A_MODE];
    f->encoding = (flags & FILE_BINARY) ? NULL_VAL : a[A_ENC];
    f->errors = (flags & FILE_BINARY) ? NULL_VAL : a[A_ERR];
    f->unsupported = module_get(S, m, "UnsupportedOperation");
    *out = OBJ_VAL(n);
    return true;
}

/* The text settings: encoding (default UTF-8, the locale's here, checked
 * now), errors (default strict), and FILE_UTF8. */
static bool text_args(AwState *S, Value *a, unsigned *flags)
{
    if (IS_NULL(a[A_ENC]) || IS_NONE(a[A_ENC])) {
        String *e = awstr_intern_cstr(S, "UTF-8");
        if (e == NULL)
            return false;
        a[A_ENC] = OBJ_VAL(e);
    }
    if (IS_NULL(a[A_ERR]) || IS_NONE(a[A_ERR])) {
        String *e = awstr_intern_cstr(S, "strict");
        if (e == NULL)
            return false;
        a[A_ERR] = OBJ_VAL(e);
    }
    Value probe;
    if (!awcodec_decode(S, (const uint8_t *)"", 0, AS_STR(a[A_ENC])->data,
                        "strict", &probe))
        return false;
    if (is_utf8(AS_STR(a[A_ENC])->data))
        *flags |= FILE_UTF8;
    return true;
}

static bool open_impl(AwState *S, Module *m, Value *a, Value *out)
{
    unsigned flags = 0;
    bool plus = false;
    char kind = 'r';
    int64_t buffering = -1;
    uint8_t newline = NL_UNIVERSAL;
    int fd = -1;
    if (IS_NULL(a[A_MODE])) {
        String *r = awstr_intern_cstr(S, "r");
        if (r == NULL)
            return false;
        a[A_MODE] = OBJ_VAL(r);
    }
    if (!check_args(S, a, &flags, &plus, &kind, &buffering))
        return false;
    int closefd = IS_NULL(a[A_CLOSEFD]) ? 1 : awobj_truthy(S, a[A_CLOSEFD]);
    if (closefd < 0)
        return false;
    flags |= (closefd ? FILE_CLOSEFD : 0) |
             ((flags & FILE_BINARY) && buffering == 0 ? FILE_RAW : 0);
    if (!open_fd(S, a, kind, plus, closefd, &fd))
        return false;
    /* what CPython's buffer and text layers check once the file is open */
    bool ok = check_fd(S, fd, flags, a[A_FILE]);
    if (ok && buffering == 0 && !(flags & FILE_BINARY))
        ok = awerr_format(S, EXC_ValueError, "can't have unbuffered text I/O");
    if (ok && (flags & FILE_BINARY)) {
        String *bm = awstr_intern_cstr(S, binary_mode(flags));
        a[A_MODE] = OBJ_VAL(bm);
        ok = bm != NULL;
    } else if (ok) {
        ok = newline_arg(S, a[A_NL], &newline) && text_args(S, a, &flags);
    }
    if (!ok) {
        if (closefd)
            close(fd);
        return false;
    }
    return make_file(S, m, a, fd, flags, newline, out);
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None); argv[0] is the _io module. */
static bool f_open(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    static const char *const kw[] = {"file",   "mode",    "buffering",
                                     "encoding", "errors", "newline",
                                     "closefd", "opener"};
    if (S->nroots + A_COUNT > AWGC_MAX_ROOTS)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    Value *a = S->roots + S->nroots;
    for (int i = 0; i < A_COUNT; i++)
        awgc_push(S, NULL_VAL);
    bool ok = awarg_unpack(S, "open", argc - 1, argv + 1, kwnames, 1,
                           A_COUNT, kw, a) &&
              open_impl(S, (Module *)AS_OBJ(argv[0]), a, out);
    awgc_pop(S, A_COUNT);
    return ok;
}

/* ------------------------------------------------------------------ */
/* The modules                                                         */

/* open() and FileIO in m, when the host grants files (AW_MOD_FILES):
 * the other file types cannot be made without them. */
static bool add_file_access(AwState *S, Module *m)
{
    if (!(S->caps & AW_MOD_FILES)) {
        String *k = awstr_intern_cstr(S, "FileIO");
        return k && awdict_del(S, m->dict, OBJ_VAL(k)) >= 0;
    }
    CFunction *open = awcfunc_new(S, "open", f_open, MF_METHOD, OBJ_VAL(m),
                                  NULL);
    if (open == NULL)
        return false;
    open->module = OBJ_VAL(awstr_intern_cstr(S, "io"));
    return !IS_NULL(open->module) && AS_OBJ(open->module) != NULL &&
           awmodule_set(S, m, "open", OBJ_VAL(open));
}

static Module *io_module_new(AwState *S)
{
    String *name = awstr_intern_cstr(S, "_io");
    Module *m = name ? awmodule_new(S, name) : NULL;
    if (m == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(m));
    bool ok = awio_types_init(S, m) && add_file_access(S, m);
    ok = ok && awmodule_set(S, m, "SEEK_SET", INT_VAL(SEEK_SET)) &&
         awmodule_set(S, m, "SEEK_CUR", INT_VAL(SEEK_CUR)) &&
         awmodule_set(S, m, "SEEK_END", INT_VAL(SEEK_END)) &&
         awmodule_set(S, m, "DEFAULT_BUFFER_SIZE", INT_VAL(AWIO_CHUNK));
    awgc_pop(S, 1);
    return ok ? m : NULL;
}

bool awio_init(AwState *S)
{
    if (S->modules == NULL || TYPE(S, MODULE) == NULL)
        return true;
    Module *m = io_module_new(S);
    if (m == NULL)
        return false;
    awgc_push(S, OBJ_VAL(m));
    Value open = module_get(S, m, "open");
    String *k = awstr_intern_cstr(S, "open");
    bool ok = k && awdict_set_str(S, S->modules, m->name, OBJ_VAL(m)) &&
              (IS_NULL(open) || awdict_set_str(S, S->builtins, k, open));
    awgc_pop(S, 1);
    return ok;
}

/* The _io made at start-up: builtins.open's module, else sys.modules's,
 * else a new one. */
static Module *startup_module(AwState *S)
{
    String *k = awstr_intern_cstr(S, "open"), *n = awstr_intern_cstr(S, "_io");
    if (k == NULL || n == NULL)
        return NULL;
    Value open = awdict_get_str(S, S->builtins, k);
    if (IS_CFUNCTION(open) && IS_KIND(AS_CFUNCTION(open)->self, OBJ_MODULE))
        return (Module *)AS_OBJ(AS_CFUNCTION(open)->self);
    Value m = awdict_get_str(S, S->modules, n);
    if (IS_KIND(m, OBJ_MODULE))
        return (Module *)AS_OBJ(m);
    return io_module_new(S);
}

Type *awio_unsupported(AwState *S)
{
    Module *m = startup_module(S);
    Value t = m ? module_get(S, m, "UnsupportedOperation") : NULL_VAL;
    return IS_TYPE(t) ? AS_TYPE(t) : NULL;
}

/* io (and _io when sys.modules lost it): the start-up module's names,
 * and StringIO and BytesIO (stdlib/io_memory.c). */
bool awmod_io_init(AwState *S, Module *m)
{
    Module *src = startup_module(S);
    if (src == NULL)
        return false;
    awgc_push(S, OBJ_VAL(src));
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && awdict_next(src->dict, &pos, &k, &v))
        if (IS_STR(k) && AS_STR(k)->data[0] != '_')
            ok = awdict_set_str(S, m->dict, AS_STR(k), v);
    awgc_pop(S, 1);
    return ok && awio_memory_init(S, m);
}
