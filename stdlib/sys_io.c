/* sys.stdin, sys.stdout and sys.stderr: text streams shown as CPython's
 * _io.TextIOWrapper. Output goes through the interpreter's write
 * callbacks (so print(file=sys.stderr) and print() share one path);
 * input is read from the C stdin that input() also reads. An object uses
 * the Iterator layout: `index` holds its file descriptor, `aux` the class
 * io.UnsupportedOperation that reading stdout or writing stdin raises. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/io.h"
#include "stdlib/mod_sys.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

#define FD(v) ((int)((Iterator *)AS_OBJ(v))->index)

static const char *const stream_names[] = {"<stdin>", "<stdout>", "<stderr>"};

/* io.UnsupportedOperation(what), an OSError and a ValueError. */
static bool unsupported(AwState *S, Value self, const char *what)
{
    Value t = ((Iterator *)AS_OBJ(self))->aux;
    String *msg = awstr_cstr(S, what);
    if (msg == NULL)
        return false;
    Value arg = OBJ_VAL(msg), exc;
    awgc_push(S, arg);
    bool ok = awexc_make(S, AS_TYPE(t), 1, &arg, &exc);
    awgc_pop(S, 1);
    return ok ? awerr_raise(S, exc) : false;
}

/* ------------------------------------------------------------------ */
/* Output                                                              */

static bool m_write(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "TextIOWrapper.write", argc - 1, kwnames, 1, 1))
        return false;
    if (FD(argv[0]) == 0)
        return unsupported(S, argv[0], "not writable");
    if (!IS_STR(argv[1]))
        return awerr_format(
            S, EXC_TypeError, "write() argument must be str, not %s",
            IS_NONE(argv[1]) ? "None" : awobj_typename(S, argv[1]));
    String *s = AS_STR(argv[1]);
    if (FD(argv[0]) == 1)
        awstate_write_out(S, s->data, s->len);
    else
        awstate_write_err(S, s->data, s->len);
    *out = INT_VAL((int64_t)s->ncp);
    return true;
}

static bool m_flush(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (!awcont_nargs(S, "TextIOWrapper.flush", argc - 1, kwnames, 0, 0))
        return false;
    if (FD(argv[0]) > 0)
        awstate_flush(S, FD(argv[0]) == 2);
    *out = NONE_VAL;
    return true;
}

/* ------------------------------------------------------------------ */
/* Input                                                               */

/* The optional size argument of read/readline: -1 (all) when absent or
 * None. */
static bool size_arg(AwState *S, const char *name, int argc, Value *argv,
                     Tuple *kwnames, int64_t *size)
{
    *size = -1;
    if (!awcont_nargs(S, name, argc - 1, kwnames, 0, 1))
        return false;
    if (FD(argv[0]) != 0)
        return unsupported(S, argv[0], "not readable");
    if (argc < 2 || IS_NONE(argv[1]))
        return true;
    if (!IS_ANYINT(argv[1]) && !IS_BOOL(argv[1]))
        return awerr_format(S, EXC_TypeError,
                            "argument should be integer "
                            "or None, not '%s'",
                            awobj_typename(S, argv[1]));
    return awobj_as_i64(S, argv[1], size);
}

/* Reads up to size code points (all when negative) from stdin, stopping
 * after a newline when line is set; decodes them as strict UTF-8. */
static bool read_text(AwState *S, int64_t size, bool line, Value *out)
{
    StrBuf b;
    awbuf_init(S, &b);
    int64_t count = 0;
    for (;;) {
        int c = getc(stdin);
        if (c == EOF)
            break;
        if ((c & 0xc0) != 0x80) { /* a character starts */
            if (size >= 0 && count == size) {
                ungetc(c, stdin);
                break;
            }
            count++;
        }
        awbuf_putc(&b, (char)c);
        if (line && c == '\n')
            break;
    }
    if (b.failed) {
        awbuf_free(&b);
        return awerr_nomem(S);
    }
    bool ok = awcodec_decode(S, (const uint8_t *)(b.data ? b.data : ""), b.len,
                             "utf-8", "strict", out);
    awbuf_free(&b);
    return ok;
}

static bool m_read(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    int64_t size;
    return size_arg(S, "TextIOWrapper.read", argc, argv, kwnames, &size) &&
           read_text(S, size, false, out);
}

static bool m_readline(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    int64_t size;
    return size_arg(S, "TextIOWrapper.readline", argc, argv, kwnames, &size) &&
           read_text(S, size, true, out);
}

static bool m_readlines(AwState *S, int argc, Value *argv, Tuple *kwnames,
                        Value *out)
{
    int64_t size;
    if (!size_arg(S, "TextIOWrapper.readlines", argc, argv, kwnames, &size))
        return false;
    List *l = awlist_new(S, 0);
    if (l == NULL)
        return false;
    awgc_push(S, OBJ_VAL(l));
    Value line;
    bool ok;
    while ((ok = read_text(S, -1, true, &line)) && AS_STR(line)->len > 0)
        if (!(ok = awlist_append(S, l, line)))
            break;
    awgc_pop(S, 1);
    *out = OBJ_VAL(l);
    return ok;
}

/* for line in sys.stdin */
static int stream_next(AwState *S, Value self, Value *out)
{
    if (FD(self) != 0) {
        unsupported(S, self, "not readable");
        return -1;
    }
    if (!read_text(S, -1, true, out))
        return -1;
    return AS_STR(*out)->len > 0 ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */

static bool m_fileno(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    *out = INT_VAL(FD(argv[0]));
    return awcont_nargs(S, "TextIOWrapper.fileno", argc - 1, kwnames, 0, 0);
}

static bool m_isatty(AwState *S, int argc, Value *argv, Tuple *kwnames,
                     Value *out)
{
    *out = BOOL_VAL(isatty(FD(argv[0])) == 1);
    return awcont_nargs(S, "TextIOWrapper.isatty", argc - 1, kwnames, 0, 0);
}

static bool m_readable(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    *out = BOOL_VAL(FD(argv[0]) == 0);
    return awcont_nargs(S, "TextIOWrapper.readable", argc - 1, kwnames, 0, 0);
}

static bool m_writable(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    *out = BOOL_VAL(FD(argv[0]) != 0);
    return awcont_nargs(S, "TextIOWrapper.writable", argc - 1, kwnames, 0, 0);
}

static bool get_name(AwState *S, Value self, Value *out)
{
    String *s = awstr_cstr(S, stream_names[FD(self)]);
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool get_mode(AwState *S, Value self, Value *out)
{
    String *s = awstr_cstr(S, FD(self) == 0 ? "r" : "w");
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool get_encoding(AwState *S, Value self, Value *out)
{
    (void)self;
    String *s = awstr_cstr(S, "utf-8");
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static bool get_closed(AwState *S, Value self, Value *out)
{
    (void)S;
    (void)self;
    *out = FALSE_VAL;
    return true;
}

static bool stream_repr(AwState *S, Value self, Value *out)
{
    String *s = awstr_printf(S,
                             "<_io.TextIOWrapper name='%s' mode='%s' "
                             "encoding='utf-8'>",
                             stream_names[FD(self)], FD(self) ? "w" : "r");
    *out = s ? OBJ_VAL(s) : NULL_VAL;
    return s != NULL;
}

static const MethodDef stream_methods[] = {
    {"write", m_write, MF_METHOD},         {"flush", m_flush, MF_METHOD},
    {"read", m_read, MF_METHOD},           {"readline", m_readline, MF_METHOD},
    {"readlines", m_readlines, MF_METHOD}, {"fileno", m_fileno, MF_METHOD},
    {"isatty", m_isatty, MF_METHOD},       {"readable", m_readable, MF_METHOD},
    {"writable", m_writable, MF_METHOD},   {NULL, NULL, 0},
};

static const GetSetDef stream_getset[] = {
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL},
    {"closed", get_closed, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* Creation                                                            */

bool awsys_is_stream(AwState *S, Value v, int fd)
{
    return IS_KIND(v, OBJ_ITERATOR) && awobj_type(S, v)->repr == stream_repr &&
           FD(v) == fd;
}

static Type *stream_type(AwState *S)
{
    Type *t = awtype_new(S, "TextIOWrapper", TYPE(S, OBJECT), OBJ_ITERATOR,
                         sizeof(Iterator));
    if (t == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    t->module = awstr_intern_cstr(S, "_io");
    t->tflags &= ~(uint32_t)TF_BASETYPE;
    t->repr = stream_repr;
    t->iter = awcont_iter_self;
    t->next = stream_next;
    t->new_ = NULL;
    t->getset = stream_getset;
    bool ok = t->module && awtype_add_methods(S, t, stream_methods);
    awgc_pop(S, 1);
    return ok ? t : NULL;
}

/* io.UnsupportedOperation: bases OSError and ValueError. */
static Type *unsupported_type(AwState *S)
{
    Type *os = EXC_TYPE(S, OSError), *ve = EXC_TYPE(S, ValueError);
    Type *t = awtype_new(S, "UnsupportedOperation", os, OBJ_EXCEPTION,
                         sizeof(Exception));
    if (t == NULL)
        return NULL;
    awgc_push(S, OBJ_VAL(t));
    t->tflags |= TF_EXCEPTION;
    t->module = awstr_intern_cstr(S, "io");
    Tuple *bases = t->module ? awtuple_new(S, 2) : NULL;
    if (bases) {
        bases->items[0] = OBJ_VAL(os);
        bases->items[1] = OBJ_VAL(ve);
        t->bases = bases;
    }
    /* C3 of (OSError, ValueError): both end in Exception's MRO. */
    Tuple *mro = bases ? awtuple_new(S, 1 + 1 + ve->mro->len) : NULL;
    if (mro) {
        mro->items[0] = OBJ_VAL(t);
        mro->items[1] = OBJ_VAL(os);
        for (size_t i = 0; i < ve->mro->len; i++)
            mro->items[2 + i] = ve->mro->items[i];
        t->mro = mro;
    }
    awgc_pop(S, 1);
    return mro ? t : NULL;
}

bool awsys_add_streams(AwState *S, Module *m)
{
    static const char *const attrs[][2] = {
        {"stdin", "__stdin__"},
        {"stdout", "__stdout__"},
        {"stderr", "__stderr__"},
    };
    Type *t = stream_type(S);
    if (t == NULL)
        return false;
    awgc_push(S, OBJ_VAL(t));
    Type *unsup = awio_unsupported(S); /* the class files raise */
    if (unsup == NULL)
        unsup = unsupported_type(S);
    if (unsup == NULL) {
        awgc_pop(S, 1);
        return false;
    }
    awgc_push(S, OBJ_VAL(unsup));
    bool ok = true;
    for (int fd = 0; ok && fd < 3; fd++) {
        Iterator *it = awgc_alloc(S, t, OBJ_ITERATOR, sizeof(Iterator));
        if ((ok = it != NULL)) {
            it->src = NONE_VAL;
            it->aux = OBJ_VAL(unsup);
            it->index = fd;
            ok = awmodule_set(S, m, attrs[fd][0], OBJ_VAL(it)) &&
                 awmodule_set(S, m, attrs[fd][1], OBJ_VAL(it));
        }
    }
    awgc_pop(S, 2);
    return ok;
}
