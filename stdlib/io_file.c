/* The file object types: _io.TextIOWrapper, BufferedReader,
 * BufferedWriter, BufferedRandom and FileIO share one payload (File,
 * stdlib/io.h) and one set of methods, which follow the file's flags.
 * Messages, including the closed-file ones that differ between CPython's
 * layers, are CPython 3.11's. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/io.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

#define BINARY(f) (((f)->flags & FILE_BINARY) != 0)

/* ------------------------------------------------------------------ */
/* Checks                                                              */

typedef enum {
    OP_READ, OP_READLINE, OP_WRITE, OP_FLUSH, OP_SEEK, OP_TELL,
    OP_TRUNCATE, OP_QUERY, OP_OTHER
} Op;

static bool unsupported(AwState *S, File *f, const char *msg)
{
    String *m = awstr_cstr(S, msg);
    if (m == NULL)
        return false;
    Value arg = OBJ_VAL(m), exc;
    awgc_push(S, arg);
    bool ok = IS_TYPE(f->unsupported) &&
              awexc_make(S, AS_TYPE(f->unsupported), 1, &arg, &exc);
    awgc_pop(S, 1);
    if (!ok)
        return awerr_occurred(S) ? false
                                 : awerr_format(S, EXC_OSError, "%s", msg);
    return awerr_raise(S, exc);
}

/* The closed-file ValueError: each of CPython's layers words it its own
 * way, and only the text layer's ends with a period everywhere. */
static const char *closed_message(File *f, Op op)
{
    static const char *const dot = "I/O operation on closed file.";
    static const char *const nodot = "I/O operation on closed file";
    if (!BINARY(f))
        return op == OP_QUERY ? nodot : dot;
    if (f->flags & FILE_RAW)
        return nodot;
    switch (op) {
    case OP_READ: return "read of closed file";
    case OP_READLINE: return "readline of closed file";
    case OP_WRITE: return "write to closed file";
    case OP_FLUSH:
        return (f->flags & FILE_WRITE) ? "flush of closed file" : dot;
    case OP_SEEK: return "seek of closed file";
    case OP_TRUNCATE: return "truncate of closed file";
    case OP_TELL:
    case OP_QUERY: return nodot;
    default: return dot;
    }
}

static bool check_mode(AwState *S, File *f, unsigned need)
{
    if ((f->flags & need) == need)
        return true;
    bool rd = need == FILE_READ;
    if (f->flags & FILE_RAW)
        return unsupported(S, f, rd ? "File not open for reading"
                                    : "File not open for writing");
    if (BINARY(f))
        return unsupported(S, f, rd ? "read" : "write");
    return unsupported(S, f, rd ? "not readable" : "not writable");
}

/* The file behind self, checked for being open and having the mode
 * `need` (0, FILE_READ or FILE_WRITE). The binary layers check the mode
 * first, the text layer (and IOBase's readlines, writelines, iteration)
 * whether the file is closed. */
static File *check(AwState *S, Value self, Op op, unsigned need)
{
    File *f = awio_file(self);
    if (f == NULL) {
        awerr_format(S, EXC_TypeError, "descriptor requires a file object");
        return NULL;
    }
    bool mode_first = BINARY(f) && op != OP_OTHER;
    if (mode_first && need && !check_mode(S, f, need))
        return NULL;
    if (f->fd < 0) {
        awerr_format(S, EXC_ValueError, "%s", closed_message(f, op));
        return NULL;
    }
    if (!mode_first && need && !check_mode(S, f, need))
        return NULL;
    return f;
}

/* A size argument: None or absent is -1. */
static bool size_arg(AwState *S, Value v, bool none_ok, int64_t *out)
{
    *out = -1;
    if (IS_NULL(v) || (none_ok && IS_NONE(v)))
        return true;
    if (none_ok && !awcont_is_index(S, v))
        return awerr_format(S, EXC_TypeError,
                            "argument should be integer or None, not '%s'",
                            awobj_typename(S, v));
    return awobj_as_i64(S, v, out);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

/* The next n buffered bytes as bytes, or decoded as str (with \r\n and
 * \r read as \n under universal newlines). */
static bool take(AwState *S, File *f, size_t n, Value *out)
{
    const char *p = n ? f->rbuf + f->rpos : "";
    f->rpos += n;
    if (BINARY(f)) {
        Bytes *b = awbytes_new(S, (const uint8_t *)p, n);
        *out = OBJ_VAL(b);
        return b != NULL;
    }
    StrBuf tb;
    awbuf_init(S, &tb);
    if (f->newline == NL_UNIVERSAL && memchr(p, '\r', n)) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
                i++;
            awbuf_putc(&tb, p[i] == '\r' ? '\n' : p[i]);
        }
        if (tb.failed)
            return awerr_nomem(S);
        p = tb.data;
        n = tb.len;
    }
    bool ok = awcodec_decode(S, (const uint8_t *)p, n,
                             AS_STR(f->encoding)->data,
                             AS_STR(f->errors)->data, out);
    awbuf_free(&tb);
    return ok;
}

static bool read_line(AwState *S, File *f, int64_t limit, Value *out)
{
    size_t n;
    return awio_to_read(S, f) && awio_scan(S, f, limit, true, &n) &&
           take(S, f, n, out);
}

static bool m_read(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    Value a[1];
    int64_t size;
    File *f;
    size_t n;
    if (!awarg_unpack(S, "read", argc - 1, argv + 1, kwnames, 0, 1, NULL, a) ||
        !size_arg(S, a[0], true, &size) ||
        !(f = check(S, argv[0], OP_READ, FILE_READ)) || !awio_to_read(S, f))
        return false;
    if (size < 0) {
        if (!awio_fill_all(S, f))
            return false;
        n = f->rlen - f->rpos;
    } else if (BINARY(f)) {
        if (!awio_fill(S, f, (size_t)size))
            return false;
        n = f->rlen - f->rpos < (size_t)size ? f->rlen - f->rpos
                                             : (size_t)size;
    } else if (!awio_scan(S, f, size, false, &n)) {
        return false;
    }
    return take(S, f, n, out);
}

static bool m_readline(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Value a[1];
    int64_t size;
    File *f;
    if (!awarg_unpack(S, "readline", argc - 1, argv + 1, kwnames, 0, 1, NULL,
                      a))
        return false;
    f = awio_file(argv[0]);
    if (!size_arg(S, a[0], f && BINARY(f), &size) ||
        !(f = check(S, argv[0], OP_READLINE, FILE_READ)))
        return false;
    return read_line(S, f, size, out);
}

static bool m_readlines(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    Value a[1], line;
    int64_t hint, total = 0;
    File *f;
    if (!awarg_unpack(S, "readlines", argc - 1, argv + 1, kwnames, 0, 1,
                      NULL, a) ||
        !size_arg(S, a[0], true, &hint) ||
        !(f = check(S, argv[0], OP_OTHER, FILE_READ)))
        return false;
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    bool ok = true;
    while ((ok = read_line(S, f, -1, &line))) {
        size_t len = IS_STR(line) ? AS_STR(line)->ncp : AS_BYTES(line)->len;
        if (len == 0 || !(ok = awlist_append(S, l, line)))
            break;
        total += (int64_t)len;
        if (hint > 0 && total >= hint)
            break;
    }
    awgc_pop(S, 1);
    *out = OBJ_VAL(l);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

/* A str written with '\n' as newline= says (CPython writes os.linesep,
 * '\n' here, for newline=None). */
static bool write_text(AwState *S, File *f, Value v)
{
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "write() argument must be str, not %s",
                            IS_NONE(v) ? "None" : awobj_typename(S, v));
    String *s = AS_STR(v);
    const char *nl = f->newline == NL_CR     ? "\r"
                     : f->newline == NL_CRLF ? "\r\n"
                                             : NULL;
    if (nl && memchr(s->data, '\n', s->len)) {
        StrBuf b;
        awbuf_init(S, &b);
        for (size_t i = 0; i < s->len; i++)
            if (s->data[i] == '\n')
                awbuf_puts(&b, nl);
            else
                awbuf_putc(&b, s->data[i]);
        String *t = awbuf_finish(&b);
        if (t == NULL)
            return false;
        v = OBJ_VAL(t);
    }
    awgc_push(S, v);
    Value enc;
    bool ok = awcodec_encode(S, AS_STR(v), AS_STR(f->encoding)->data,
                             AS_STR(f->errors)->data, &enc) &&
              awio_to_write(S, f) &&
              awio_write(S, f, (const char *)AS_BYTES(enc)->data,
                         AS_BYTES(enc)->len);
    awgc_pop(S, 1);
    return ok;
}

static bool write_value(AwState *S, File *f, Value v, int64_t *count)
{
    if (!BINARY(f)) {
        *count = IS_STR(v) ? (int64_t)AS_STR(v)->ncp : 0;
        return write_text(S, f, v);
    }
    if (!IS_BYTES(v))
        return awerr_format(S, EXC_TypeError,
                            "a bytes-like object is required, not '%s'",
                            awobj_typename(S, v));
    *count = (int64_t)AS_BYTES(v)->len;
    return awio_to_write(S, f) &&
           awio_write(S, f, (const char *)AS_BYTES(v)->data,
                      AS_BYTES(v)->len);
}

static bool m_write(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Value a[1];
    File *f;
    int64_t n;
    if (!awarg_unpack(S, "write", argc - 1, argv + 1, kwnames, 1, 1, NULL,
                      a) ||
        !(f = check(S, argv[0], OP_WRITE, FILE_WRITE)) ||
        !write_value(S, f, a[0], &n))
        return false;
    *out = INT_VAL(n);
    return true;
}

static bool m_writelines(AwState *S, int argc, Value *argv, Tuple *kwnames,
                         Value *out)
{
    Value a[1], it, item;
    File *f;
    if (!awarg_unpack(S, "writelines", argc - 1, argv + 1, kwnames, 1, 1,
                      NULL, a) ||
        !(f = check(S, argv[0], OP_OTHER, FILE_WRITE)) ||
        !awobj_iter(S, a[0], &it))
        return false;
    awgc_push(S, it);
    int r;
    int64_t n;
    while ((r = awobj_next(S, it, &item)) > 0) {
        awgc_push(S, item);
        bool ok = (f = check(S, argv[0], OP_WRITE, FILE_WRITE)) &&
                  write_value(S, f, item, &n);
        awgc_pop(S, 1);
        if (!ok) {
            r = -1;
            break;
        }
    }
    awgc_pop(S, 1);
    *out = NONE_VAL;
    return r == 0;
}

/* ------------------------------------------------------------------ */
/* Positions                                                           */

static bool text_seek_check(AwState *S, File *f, int64_t off, int64_t wh)
{
    if (wh == SEEK_CUR && off != 0)
        return unsupported(S, f, "can't do nonzero cur-relative seeks");
    if (wh == SEEK_END && off != 0)
        return unsupported(S, f, "can't do nonzero end-relative seeks");
    if (wh == SEEK_SET && off < 0)
        return awerr_format(S, EXC_ValueError, "negative seek position %lld",
                            (long long)off);
    if (wh < 0 || wh > 2)
        return awerr_format(S, EXC_ValueError,
                            "invalid whence (%lld, should be 0, 1 or 2)",
                            (long long)wh);
    return true;
}

static bool m_seek(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    Value a[2];
    int64_t off, wh = 0, pos;
    File *f;
    if (!awarg_unpack(S, "seek", argc - 1, argv + 1, kwnames, 1, 2, NULL,
                      a) ||
        !(f = check(S, argv[0], OP_SEEK, 0)) || !awobj_as_i64(S, a[0], &off) ||
        (!IS_NULL(a[1]) && !awobj_as_i64(S, a[1], &wh)))
        return false;
    if (!BINARY(f) && !text_seek_check(S, f, off, wh))
        return false;
    if (BINARY(f) && (wh < 0 || wh > 4))
        return awerr_format(S, EXC_ValueError, "whence value %lld unsupported",
                            (long long)wh);
    if (!awio_seek(S, f, off, (int)wh, &pos))
        return false;
    f->flags &= ~(unsigned)FILE_NOTELL;
    *out = INT_VAL(pos);
    return true;
}

static bool m_tell(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    File *f;
    int64_t pos;
    if (!awarg_unpack(S, "tell", argc - 1, argv + 1, kwnames, 0, 0, NULL,
                      NULL) ||
        !(f = check(S, argv[0], OP_TELL, 0)))
        return false;
    if (f->flags & FILE_NOTELL)
        return awerr_format(S, EXC_OSError,
                            "telling position disabled by next() call");
    if (!awio_tell(S, f, &pos))
        return false;
    *out = INT_VAL(pos);
    return true;
}

static bool m_truncate(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    Value a[1];
    File *f;
    int64_t pos, size;
    if (!awarg_unpack(S, "truncate", argc - 1, argv + 1, kwnames, 0, 1, NULL,
                      a) ||
        !(f = check(S, argv[0], OP_TRUNCATE, FILE_WRITE)) ||
        !awio_tell(S, f, &pos))
        return false;
    size = pos;
    if (!IS_NULL(a[0]) && !IS_NONE(a[0]) && !awobj_as_i64(S, a[0], &size))
        return false;
    if (ftruncate(f->fd, (off_t)size) != 0)
        return awerr_from_errno(S, errno, NULL_VAL);
    if (!awio_seek(S, f, pos, SEEK_SET, &pos))
        return false;
    *out = INT_VAL(size);
    return true;
}

/* ------------------------------------------------------------------ */
/* The rest of the protocol                                            */

#define NOARGS(name)                                                         \
    if (!awarg_unpack(S, name, argc - 1, argv + 1, kwnames, 0, 0, NULL,     \
                      NULL))                                                 \
        return false

static bool m_flush(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    File *f;
    NOARGS("flush");
    if (!(f = check(S, argv[0], OP_FLUSH, 0)) || !awio_flush(S, f))
        return false;
    *out = NONE_VAL;
    return true;
}

static bool m_close(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    NOARGS("close");
    File *f = awio_file(argv[0]);
    *out = NONE_VAL;
    return f == NULL || awio_close(S, f);
}

static bool m_fileno(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    File *f;
    NOARGS("fileno");
    if (!(f = check(S, argv[0], OP_QUERY, 0)))
        return false;
    *out = INT_VAL(f->fd);
    return true;
}

/* readable, writable, seekable, isatty */
static bool query(AwState *S, int argc, Value *argv, Tuple *kwnames,
                  const char *name, int what, Value *out)
{
    File *f = awio_file(argv[0]);
    NOARGS(name);
    /* CPython's BufferedWriter has no readable() of its own, nor
     * BufferedReader a writable(): IOBase's answers False, even closed */
    unsigned lacks = what == 0 ? FILE_READ : what == 1 ? FILE_WRITE : 0;
    if (f && lacks && !(f->flags & (lacks | FILE_RAW))) {
        *out = FALSE_VAL;
        return true;
    }
    if (!(f = check(S, argv[0], OP_QUERY, 0)))
        return false;
    bool r = what == 0   ? (f->flags & FILE_READ) != 0
             : what == 1 ? (f->flags & FILE_WRITE) != 0
             : what == 2 ? lseek(f->fd, 0, SEEK_CUR) >= 0
                         : isatty(f->fd) != 0;
    *out = BOOL_VAL(r);
    return true;
}

#define QUERY(fn, name, what)                                                \
    static bool fn(AwState *S, int argc, Value *argv, Tuple *kwnames,        \
                   Value *out)                                               \
    {                                                                        \
        return query(S, argc, argv, kwnames, name, what, out);              \
    }
QUERY(m_readable, "readable", 0)
QUERY(m_writable, "writable", 1)
QUERY(m_seekable, "seekable", 2)
QUERY(m_isatty, "isatty", 3)

static bool m_enter(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    NOARGS("__enter__");
    if (!check(S, argv[0], OP_OTHER, 0))
        return false;
    *out = argv[0];
    return true;
}

static bool m_exit(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    File *f = awio_file(argv[0]);
    *out = NONE_VAL;
    return f == NULL || awio_close(S, f);
}

static const MethodDef file_methods[] = {
    {"read", m_read, MF_METHOD},
    {"readline", m_readline, MF_METHOD},
    {"readlines", m_readlines, MF_METHOD},
    {"write", m_write, MF_METHOD},
    {"writelines", m_writelines, MF_METHOD},
    {"seek", m_seek, MF_METHOD},
    {"tell", m_tell, MF_METHOD},
    {"truncate", m_truncate, MF_METHOD},
    {"flush", m_flush, MF_METHOD},
    {"close", m_close, MF_METHOD},
    {"fileno", m_fileno, MF_METHOD},
    {"readable", m_readable, MF_METHOD},
    {"writable", m_writable, MF_METHOD},
    {"seekable", m_seekable, MF_METHOD},
    {"isatty", m_isatty, MF_METHOD},
    {"__enter__", m_enter, MF_METHOD},
    {"__exit__", m_exit, MF_METHOD},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------ */
/* Slots: iteration and repr                                           */

static bool file_iter(AwState *S, Value self, Value *out)
{
    if (!check(S, self, OP_OTHER, 0))
        return false;
    *out = self;
    return true;
}

/* A text file's tell() is refused while a for loop runs over it, as
 * CPython's is; reaching the end (or a seek) allows it again. */
static int file_next(AwState *S, Value self, Value *out)
{
    File *f = awio_file(self);
    if (f && !BINARY(f) && !check(S, self, OP_OTHER, FILE_READ))
        return -1;
    if (!(f = check(S, self, OP_READLINE, FILE_READ)))
        return -1;
    if (!BINARY(f))
        f->flags |= FILE_NOTELL;
    if (!read_line(S, f, -1, out))
        return -1;
    size_t len = IS_STR(*out) ? AS_STR(*out)->len : AS_BYTES(*out)->len;
    if (len > 0)
        return 1;
    f->flags &= ~(unsigned)FILE_NOTELL;
    return 0;
}

static bool file_repr(AwState *S, Value self, Value *out)
{
    File *f = awio_file(self);
    Type *t = awobj_type(S, self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_printf(&b, "<%s.%s", t->module->data, t->name->data);
    bool ok = true;
    if ((f->flags & FILE_RAW) && f->fd < 0) {
        awbuf_puts(&b, " [closed]");
    } else {
        awbuf_puts(&b, " name=");
        ok = awbuf_repr(&b, f->name);
        if (ok && (!BINARY(f) || (f->flags & FILE_RAW))) {
            awbuf_puts(&b, " mode=");
            ok = awbuf_repr(&b, f->mode);
        }
        if (ok && !BINARY(f)) {
            awbuf_puts(&b, " encoding=");
            ok = awbuf_repr(&b, f->encoding);
        }
        if (ok && (f->flags & FILE_RAW))
            awbuf_printf(&b, " closefd=%s",
                         (f->flags & FILE_CLOSEFD) ? "True" : "False");
    }
    awbuf_putc(&b, '>');
    if (!ok) {
        awbuf_free(&b);
        return false;
    }
    String *s = awbuf_finish(&b);
    *out = OBJ_VAL(s);
    return s != NULL;
}

/* ------------------------------------------------------------------ */
/* Attributes                                                          */

static bool get_name(AwState *S, Value self, Value *out)
{
    *out = awio_file(self)->name;
    return true;
}

static bool get_mode(AwState *S, Value self, Value *out)
{
    *out = awio_file(self)->mode;
    return true;
}

static bool get_closed(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL(awio_file(self)->fd < 0);
    return true;
}

static bool get_encoding(AwState *S, Value self, Value *out)
{
    *out = awio_file(self)->encoding;
    return true;
}

static bool get_errors(AwState *S, Value self, Value *out)
{
    *out = awio_file(self)->errors;
    return true;
}

static bool get_false(AwState *S, Value self, Value *out)
{
    *out = FALSE_VAL;
    return true;
}

static bool get_closefd(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL((awio_file(self)->flags & FILE_CLOSEFD) != 0);
    return true;
}

/* f.newlines: None, one ending, or a tuple of them in CPython's order. */
static bool get_newlines(AwState *S, Value self, Value *out)
{
    static const char *const names[] = {"\r", "\n", "\r\n"};
    unsigned seen = awio_file(self)->seen;
    Value *items = S->roots + S->nroots;
    int n = 0;
    bool ok = true;
    for (int i = 0; ok && i < 3; i++) {
        if (!(seen & (1u << i)))
            continue;
        String *s = awstr_cstr(S, names[i]);
        awgc_push(S, OBJ_VAL(s));
        n++;
        ok = s != NULL;
    }
    if (ok && n <= 1) {
        *out = n == 0 ? NONE_VAL : items[0];
    } else if (ok) {
        Tuple *t = awtuple_from_array(S, items, (size_t)n);
        *out = OBJ_VAL(t);
        ok = t != NULL;
    }
    awgc_pop(S, (size_t)n);
    return ok;
}

static const GetSetDef text_getset[] = {
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"closed", get_closed, NULL},
    {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL},
    {"newlines", get_newlines, NULL},
    {"line_buffering", get_false, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef buffered_getset[] = {
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"closed", get_closed, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef raw_getset[] = {
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"closed", get_closed, NULL},
    {"closefd", get_closefd, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* The types                                                           */

static bool no_new(AwState *S, Type *t, int argc, Value *argv,
                   Tuple *kwnames, Value *out)
{
    return awerr_format(S, EXC_TypeError,
                        "cannot create '_io.%s' instances: use open()",
                        t->name->data);
}

static bool file_type(AwState *S, Module *m, const char *name,
                      const GetSetDef *getset)
{
    Type *t = awtype_new(S, name, TYPE(S, OBJECT), OBJ_NATIVE,
                         sizeof(Native) + sizeof(File));
    if (t == NULL)
        return false;
    awgc_push(S, OBJ_VAL(t));
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->module = m->name;
    t->repr = file_repr;
    t->iter = file_iter;
    t->next = file_next;
    t->new_ = no_new;
    t->getset = getset;
    bool ok = awtype_add_methods(S, t, file_methods) &&
              awmodule_set(S, m, name, OBJ_VAL(t));
    awgc_pop(S, 1);
    return ok;
}

/* io.UnsupportedOperation derives from OSError and ValueError. */
static bool unsupported_type(AwState *S, Module *m)
{
    Type *os = EXC_TYPE(S, OSError), *ve = EXC_TYPE(S, ValueError);
    Type *t = awtype_new(S, "UnsupportedOperation", os, OBJ_EXCEPTION,
                         sizeof(Exception));
    if (t == NULL)
        return false;
    awgc_push(S, OBJ_VAL(t));
    t->tflags |= TF_BASETYPE | TF_EXCEPTION;
    t->module = awstr_intern_cstr(S, "io");
    Value mro[] = {OBJ_VAL(t), OBJ_VAL(os), OBJ_VAL(ve),
                   OBJ_VAL(EXC_TYPE(S, Exception)),
                   OBJ_VAL(EXC_TYPE(S, BaseException)),
                   OBJ_VAL(TYPE(S, OBJECT))};
    Tuple *mt = awtuple_from_array(S, mro, 6);
    if (mt)
        t->mro = mt;
    Tuple *bt = mt ? awtuple_from_array(S, mro + 1, 2) : NULL;
    if (bt)
        t->bases = bt;
    bool ok = t->module && bt &&
              awmodule_set(S, m, "UnsupportedOperation", OBJ_VAL(t));
    awgc_pop(S, 1);
    return ok;
}

bool awio_types_init(AwState *S, Module *m)
{
    return unsupported_type(S, m) &&
           file_type(S, m, "TextIOWrapper", text_getset) &&
           file_type(S, m, "BufferedReader", buffered_getset) &&
           file_type(S, m, "BufferedWriter", buffered_getset) &&
           file_type(S, m, "BufferedRandom", buffered_getset) &&
           file_type(S, m, "FileIO", raw_getset);
}
