/* The exception hierarchy (BaseException and every builtin subclass, with
 * CPython's constructors, attributes, str and repr) and the C API that
 * raises exceptions: awerr_*. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static bool is_exc_type(AwState *S, Type *t, int id)
{
    return awtype_issubclass(t, S->exc_types[id]);
}

static bool exc_is(AwState *S, Exception *e, int id)
{
    return is_exc_type(S, e->obj.type, id);
}

/* e must be rooted: may allocate its dict. */
static Dict *exc_dict(AwState *S, Exception *e)
{
    if (!e->dict) {
        Dict *d = awdict_new(S);
        if (!d)
            return NULL;
        e->dict = d;
    }
    return e->dict;
}

/* Stores e.<name> = v; e and v must be rooted by the caller. */
static bool exc_put(AwState *S, Exception *e, const char *name, Value v)
{
    String *k = awstr_intern_cstr(S, name);
    if (!k)
        return false;
    awgc_push(S, OBJ_VAL(k));
    Dict *d = exc_dict(S, e);
    bool ok = d && awdict_set_str(S, d, k, v);
    awgc_pop(S, 1);
    return ok;
}

/* e.<name> from the instance dict only (no defaults), or NULL_VAL. */
static Value exc_own(Exception *e, const char *name)
{
    size_t pos = 0;
    Value k, v;
    if (!e->dict)
        return NULL_VAL;
    while (awdict_next(e->dict, &pos, &k, &v))
        if (IS_STR(k) && strcmp(AS_STR(k)->data, name) == 0)
            return v;
    return NULL_VAL;
}

static size_t nargs(Exception *e)
{
    return e->args ? e->args->len : 0;
}

/* ------------------------------------------------------------------ */
/* Attributes that CPython keeps in C fields default to None (or to a  */
/* function of args) until set; we keep them in the instance dict and  */
/* compute the default on a miss, so that raising allocates no dict.   */

enum { DEF_NONE, DEF_ARG0, DEF_ARG0_IF1, DEF_CODE };

static const struct {
    int exc;
    const char *name;
    int kind;
} exc_defaults[] = {
    {EXC_StopIteration, "value", DEF_ARG0},
    {EXC_SystemExit, "code", DEF_CODE},
    {EXC_ImportError, "msg", DEF_ARG0_IF1},
    {EXC_ImportError, "name", DEF_NONE},
    {EXC_ImportError, "path", DEF_NONE},
    {EXC_OSError, "errno", DEF_NONE},
    {EXC_OSError, "strerror", DEF_NONE},
    {EXC_OSError, "filename", DEF_NONE},
    {EXC_OSError, "filename2", DEF_NONE},
    {EXC_SyntaxError, "msg", DEF_ARG0},
    {EXC_SyntaxError, "filename", DEF_NONE},
    {EXC_SyntaxError, "lineno", DEF_NONE},
    {EXC_SyntaxError, "offset", DEF_NONE},
    {EXC_SyntaxError, "text", DEF_NONE},
    {EXC_SyntaxError, "end_lineno", DEF_NONE},
    {EXC_SyntaxError, "end_offset", DEF_NONE},
    {EXC_SyntaxError, "print_file_and_line", DEF_NONE},
    {EXC_NameError, "name", DEF_NONE},
    {EXC_AttributeError, "name", DEF_NONE},
    {EXC_AttributeError, "obj", DEF_NONE},
    {EXC_BaseExceptionGroup, "message", DEF_ARG0},
};

static Value exc_default(AwState *S, Exception *e, const char *name)
{
    size_t n = nargs(e);
    for (size_t i = 0; i < sizeof exc_defaults / sizeof *exc_defaults; i++) {
        if (strcmp(exc_defaults[i].name, name) != 0 ||
            !exc_is(S, e, exc_defaults[i].exc))
            continue;
        switch (exc_defaults[i].kind) {
        case DEF_ARG0: return n > 0 ? e->args->items[0] : NONE_VAL;
        case DEF_ARG0_IF1: return n == 1 ? e->args->items[0] : NONE_VAL;
        case DEF_CODE:
            if (n == 0)
                return NONE_VAL;
            return n == 1 ? e->args->items[0] : OBJ_VAL(e->args);
        default: return NONE_VAL;
        }
    }
    return NULL_VAL;
}

Value awexc_attr(AwState *S, Exception *e, String *name)
{
    if (e->dict) {
        Value v = awdict_get_str(S, e->dict, name);
        if (!IS_NULL(v))
            return v;
    }
    return exc_default(S, e, name->data);
}

bool awexc_set_attr(AwState *S, Exception *e, String *name, Value v)
{
    awgc_push(S, OBJ_VAL(e));
    awgc_push(S, v);
    awgc_push(S, OBJ_VAL(name));
    Dict *d = exc_dict(S, e);
    bool ok = d && awdict_set_str(S, d, name, v);
    awgc_pop(S, 3);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Construction                                                        */

Exception *awexc_new(AwState *S, Type *t, Tuple *args)
{
    if (!args) {
        args = awtuple_new(S, 0);
        if (!args)
            return NULL;
    }
    size_t size =
        t->instsize > sizeof(Exception) ? t->instsize : sizeof(Exception);
    awgc_push(S, OBJ_VAL(args));
    Exception *e = awgc_alloc(S, t, OBJ_EXCEPTION, size);
    awgc_pop(S, 1);
    if (!e)
        return NULL;
    e->args = args;
    e->cause = NULL_VAL;
    e->context = NULL_VAL;
    return e;
}

/* The family that decides which keywords a constructor accepts. */
static int kw_family(AwState *S, Type *t)
{
    if (is_exc_type(S, t, EXC_NameError))
        return EXC_NameError;
    if (is_exc_type(S, t, EXC_AttributeError))
        return EXC_AttributeError;
    if (is_exc_type(S, t, EXC_ImportError))
        return EXC_ImportError;
    return -1;
}

static bool kw_allowed(int family, const char *k)
{
    if (strcmp(k, "name") == 0)
        return true;
    if (family == EXC_AttributeError)
        return strcmp(k, "obj") == 0;
    return family == EXC_ImportError && strcmp(k, "path") == 0;
}

/* NameError(name=), AttributeError(name=, obj=), ImportError(name=,
 * path=); every other exception refuses keywords. */
static bool init_keywords(AwState *S, Exception *e, int argc, Value *argv,
                          Tuple *kwnames)
{
    if (!kwnames || kwnames->len == 0)
        return true;
    Type *t = e->obj.type;
    int fam = kw_family(S, t);
    if (fam < 0)
        return awerr_format(S, EXC_TypeError, "%s() takes no keyword arguments",
                            t->name->data);
    for (size_t i = 0; i < kwnames->len; i++) {
        const char *k = AS_STR(kwnames->items[i])->data;
        if (!kw_allowed(fam, k))
            return awerr_format(S, EXC_TypeError,
                                "'%s' is an invalid keyword argument for %s()",
                                k, S->exc_types[fam]->name->data);
        if (!exc_put(S, e, k, argv[argc + i]))
            return false;
    }
    return true;
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
 * end_offset])) */
static bool init_syntax(AwState *S, Exception *e)
{
    static const char *const fields[] = {
        "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (nargs(e) != 2)
        return true;
    Tuple *info = awtuple_from_iterable(S, e->args->items[1]);
    if (!info)
        return false;
    if (info->len < 4 || info->len > 6)
        return awerr_format(S, EXC_TypeError,
                            "function takes %s %d arguments (%zu given)",
                            info->len < 4 ? "at least" : "at most",
                            info->len < 4 ? 4 : 6, info->len);
    awgc_push(S, OBJ_VAL(info));
    bool ok = true;
    for (size_t i = 0; ok && i < 6; i++)
        ok =
            exc_put(S, e, fields[i], i < info->len ? info->items[i] : NONE_VAL);
    awgc_pop(S, 1);
    return ok;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static bool init_oserror(AwState *S, Exception *e)
{
    size_t n = nargs(e);
    if (n < 2 || n > 5)
        return true;
    Value *a = e->args->items;
    if (!exc_put(S, e, "errno", a[0]) || !exc_put(S, e, "strerror", a[1]))
        return false;
    if (n < 3 || IS_NONE(a[2]))
        return true;
    if (e->obj.type == EXC_TYPE(S, BlockingIOError) &&
        (IS_ANYINT(a[2]) || IS_BOOL(a[2]) || IS_FLOAT(a[2])))
        return exc_put(S, e, "characters_written", a[2]);
    if (!exc_put(S, e, "filename", a[2]))
        return false;
    if (n == 5 && !IS_NONE(a[4]) && !exc_put(S, e, "filename2", a[4]))
        return false;
    Tuple *t2 = awtuple_from_array(S, a, 2);
    if (!t2)
        return false;
    e->args = t2;
    return true;
}

static bool check_arg(AwState *S, Value v, int pos, bool ok, const char *want)
{
    if (ok)
        return true;
    return awerr_format(S, EXC_TypeError, "argument %d must be %s, not %s", pos,
                        want, awobj_typename(S, v));
}

/* UnicodeEncodeError(encoding, object, start, end, reason) and friends. */
static bool init_unicode(AwState *S, Exception *e)
{
    static const char *const names[] = {"encoding", "object", "start", "end",
                                        "reason"};
    bool translate = exc_is(S, e, EXC_UnicodeTranslateError);
    bool decode = exc_is(S, e, EXC_UnicodeDecodeError);
    if (!translate && !decode && !exc_is(S, e, EXC_UnicodeEncodeError))
        return true;
    size_t want = translate ? 4 : 5, n = nargs(e);
    if (n != want)
        return awerr_format(S, EXC_TypeError,
                            "function takes exactly %zu arguments (%zu given)",
                            want, n);
    Value *a = e->args->items;
    int first = translate ? 1 : 0;
    for (size_t i = 0; i < n; i++) {
        int f = (int)i + first;
        bool ok = f == 1 ? (decode ? IS_BYTES(a[i]) : IS_STR(a[i]))
                  : (f == 2 || f == 3) ? IS_ANYINT(a[i]) || IS_BOOL(a[i])
                                       : IS_STR(a[i]);
        const char *what = f == 1 && decode     ? "bytes"
                           : (f == 2 || f == 3) ? "int"
                                                : "str";
        if (!check_arg(S, a[i], (int)i + 1, ok, what) ||
            !exc_put(S, e, names[f], a[i]))
            return false;
    }
    return true;
}

/* Sets args and the per-class attributes from positional arguments. */
static bool exc_init(AwState *S, Exception *e, int argc, Value *argv,
                     Tuple *kwnames, bool keywords)
{
    if (keywords && !init_keywords(S, e, argc, argv, kwnames))
        return false;
    Tuple *args = awtuple_from_array(S, argv, (size_t)argc);
    if (!args)
        return false;
    e->args = args;
    if (exc_is(S, e, EXC_SyntaxError))
        return init_syntax(S, e);
    if (exc_is(S, e, EXC_OSError))
        return init_oserror(S, e);
    if (exc_is(S, e, EXC_UnicodeError))
        return init_unicode(S, e);
    return true;
}

/* OSError(errno, ...) builds the subclass matching errno. */
static Type *oserror_subtype(AwState *S, Type *t, int argc, Value *argv)
{
    static const struct {
        int err, exc;
    } map[] = {
        {EAGAIN, EXC_BlockingIOError},
        {EALREADY, EXC_BlockingIOError},
        {EINPROGRESS, EXC_BlockingIOError},
        {EWOULDBLOCK, EXC_BlockingIOError},
        {ECHILD, EXC_ChildProcessError},
        {EPIPE, EXC_BrokenPipeError},
        {ESHUTDOWN, EXC_BrokenPipeError},
        {ECONNABORTED, EXC_ConnectionAbortedError},
        {ECONNREFUSED, EXC_ConnectionRefusedError},
        {ECONNRESET, EXC_ConnectionResetError},
        {EEXIST, EXC_FileExistsError},
        {ENOENT, EXC_FileNotFoundError},
        {EISDIR, EXC_IsADirectoryError},
        {ENOTDIR, EXC_NotADirectoryError},
        {EINTR, EXC_InterruptedError},
        {EACCES, EXC_PermissionError},
        {EPERM, EXC_PermissionError},
        {ESRCH, EXC_ProcessLookupError},
        {ETIMEDOUT, EXC_TimeoutError},
    };
    if (t != EXC_TYPE(S, OSError) || argc < 2 || argc > 5 || !IS_INT(argv[0]))
        return t;
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (AS_INT(argv[0]) == map[i].err)
            return S->exc_types[map[i].exc];
    return t;
}

static bool group_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out);

static bool exc_new(AwState *S, Type *t, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    if (is_exc_type(S, t, EXC_BaseExceptionGroup))
        return group_new(S, t, argc, argv, kwnames, out);
    t = oserror_subtype(S, t, argc, argv);
    Exception *e = awexc_new(S, t, NULL);
    if (!e)
        return false;
    awgc_push(S, OBJ_VAL(e));
    /* A class statement's subclass gets keywords through __init__. */
    bool ok = exc_init(S, e, argc, argv, kwnames, !(t->tflags & TF_HEAPTYPE));
    awgc_pop(S, 1);
    *out = OBJ_VAL(e);
    return ok;
}

bool awexc_make(AwState *S, Type *t, int argc, Value *argv, Value *out)
{
    if (t->tflags & TF_HEAPTYPE)
        return awobj_call(S, OBJ_VAL(t), argc, argv, NULL, out);
    return t->new_(S, t, argc, argv, NULL, out);
}

/* ------------------------------------------------------------------ */
/* ExceptionGroup                                                      */

static bool group_check_items(AwState *S, Type **t, Tuple *excs)
{
    bool all_exc = true;
    for (size_t i = 0; i < excs->len; i++) {
        Value v = excs->items[i];
        if (!IS_EXCEPTION(v))
            return awerr_format(S, EXC_ValueError,
                                "Item %zu of second argument (exceptions) "
                                "is not an exception",
                                i);
        if (!is_exc_type(S, AS_OBJ(v)->type, EXC_Exception))
            all_exc = false;
    }
    if (*t == EXC_TYPE(S, BaseExceptionGroup)) {
        if (all_exc)
            *t = EXC_TYPE(S, ExceptionGroup);
    } else if (!all_exc && is_exc_type(S, *t, EXC_Exception)) {
        if (*t == EXC_TYPE(S, ExceptionGroup))
            return awerr_format(S, EXC_TypeError,
                                "Cannot nest "
                                "BaseExceptions in an ExceptionGroup");
        return awerr_format(S, EXC_TypeError,
                            "Cannot nest BaseExceptions in '%s'",
                            (*t)->name->data);
    }
    return true;
}

static Tuple *group_sequence(AwState *S, Value seq)
{
    Type *st = awobj_type(S, seq);
    if (IS_DICT(seq) || !st->getitem || !st->len) {
        awerr_format(S, EXC_TypeError,
                     "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Tuple *excs = awtuple_from_iterable(S, seq);
    if (excs && excs->len == 0) {
        awerr_format(S, EXC_ValueError,
                     "second argument (exceptions) must "
                     "be a non-empty sequence");
        return NULL;
    }
    return excs;
}

static bool group_new(AwState *S, Type *t, int argc, Value *argv,
                      Tuple *kwnames, Value *out)
{
    if (kwnames && kwnames->len && !(t->tflags & TF_HEAPTYPE))
        return awerr_format(S, EXC_TypeError,
                            "BaseExceptionGroup.__new__() "
                            "takes no keyword arguments");
    if (argc != 2)
        return awerr_format(S, EXC_TypeError,
                            "BaseExceptionGroup.__new__() "
                            "takes exactly 2 arguments (%d given)",
                            argc);
    if (!IS_STR(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "BaseExceptionGroup.__new__() "
                            "argument 1 must be str, not %s",
                            awobj_typename(S, argv[0]));
    Tuple *excs = group_sequence(S, argv[1]);
    if (!excs)
        return false;
    awgc_push(S, OBJ_VAL(excs));
    Exception *e = NULL;
    if (group_check_items(S, &t, excs)) {
        Tuple *args = awtuple_from_array(S, argv, 2);
        e = args ? awexc_new(S, t, args) : NULL;
    }
    if (e) {
        awgc_push(S, OBJ_VAL(e));
        if (!exc_put(S, e, "exceptions", OBJ_VAL(excs)))
            e = NULL;
        awgc_pop(S, 1);
    }
    awgc_pop(S, 1);
    if (!e)
        return false;
    *out = OBJ_VAL(e);
    return true;
}

/* ------------------------------------------------------------------ */
/* str and repr                                                        */

static bool finish(StrBuf *b, bool ok, Value *out)
{
    if (!ok) {
        awbuf_free(b);
        return false;
    }
    String *s = awbuf_finish(b);
    if (!s)
        return false;
    *out = OBJ_VAL(s);
    return true;
}

static bool base_repr(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, e->obj.type->name->data);
    bool ok;
    if (nargs(e) == 1) {
        awbuf_putc(&b, '(');
        ok = awbuf_repr(&b, e->args->items[0]);
        awbuf_putc(&b, ')');
    } else {
        ok = e->args ? awbuf_repr(&b, OBJ_VAL(e->args))
                     : (awbuf_puts(&b, "()"), true);
    }
    return finish(&b, ok, out);
}

static bool base_str(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    size_t n = nargs(e);
    if (n == 0) {
        *out = OBJ_VAL(NAME(S, empty));
        return true;
    }
    return awobj_str(S, n == 1 ? e->args->items[0] : OBJ_VAL(e->args), out);
}

static bool keyerror_str(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    if (nargs(e) == 1)
        return awobj_repr(S, e->args->items[0], out);
    return base_str(S, self, out);
}

static bool importerror_str(AwState *S, Value self, Value *out)
{
    Value msg = exc_own(AS_EXCEPTION(self), "msg");
    if (IS_NULL(msg))
        msg = exc_default(S, AS_EXCEPTION(self), "msg");
    if (IS_STR(msg) && msg.as.o->type == TYPE(S, STR)) {
        *out = msg;
        return true;
    }
    return base_str(S, self, out);
}

static const char *basename_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static bool syntaxerror_str(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    Value msg = awexc_attr(S, e, NAME(S, msg));
    Value file = awexc_attr(S, e, NAME(S, filename));
    Value line = awexc_attr(S, e, NAME(S, lineno));
    bool has_file = IS_STR(file), has_line = IS_INT(line);
    StrBuf b;
    if (!has_file && !has_line)
        return awobj_str(S, msg, out);
    awbuf_init(S, &b);
    bool ok = awbuf_str(&b, msg);
    if (has_file && has_line)
        awbuf_printf(&b, " (%s, line %lld)", basename_of(AS_STR(file)->data),
                     (long long)AS_INT(line));
    else if (has_file)
        awbuf_printf(&b, " (%s)", basename_of(AS_STR(file)->data));
    else
        awbuf_printf(&b, " (line %lld)", (long long)AS_INT(line));
    return finish(&b, ok, out);
}

static bool oserror_str(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    Value no = exc_own(e, "errno"), msg = exc_own(e, "strerror");
    Value f1 = exc_own(e, "filename"), f2 = exc_own(e, "filename2");
    if (IS_NULL(f1) && (IS_NULL(no) || IS_NULL(msg)))
        return base_str(S, self, out);
    StrBuf b;
    awbuf_init(S, &b);
    awbuf_puts(&b, "[Errno ");
    bool ok = awbuf_str(&b, IS_NULL(no) ? NONE_VAL : no);
    awbuf_puts(&b, "] ");
    ok = ok && awbuf_str(&b, IS_NULL(msg) ? NONE_VAL : msg);
    if (ok && !IS_NULL(f1)) {
        awbuf_puts(&b, ": ");
        ok = awbuf_repr(&b, f1);
        if (ok && !IS_NULL(f2)) {
            awbuf_puts(&b, " -> ");
            ok = awbuf_repr(&b, f2);
        }
    }
    return finish(&b, ok, out);
}

static void put_char_escape(StrBuf *b, uint32_t c)
{
    if (c <= 0xff)
        awbuf_printf(b, "'\\x%02x'", (unsigned)c);
    else if (c <= 0xffff)
        awbuf_printf(b, "'\\u%04x'", (unsigned)c);
    else
        awbuf_printf(b, "'\\U%08x'", (unsigned)c);
}

/* The one bad character or byte at start, or -1 when the range is wider. */
static int64_t unicode_bad(Value obj, int64_t start, int64_t end)
{
    if (end != start + 1 || start < 0)
        return -1;
    if (IS_BYTES(obj))
        return start < (int64_t)AS_BYTES(obj)->len ? AS_BYTES(obj)->data[start]
                                                   : -1;
    if (!IS_STR(obj) || start >= (int64_t)AS_STR(obj)->ncp)
        return -1;
    size_t n;
    String *s = AS_STR(obj);
    return awutf8_decode(s->data + awstr_offset(s, (size_t)start), &n);
}

static bool unicode_str(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    Value obj = exc_own(e, "object"), st = exc_own(e, "start");
    Value en = exc_own(e, "end"), enc = exc_own(e, "encoding");
    Value why = exc_own(e, "reason");
    if (IS_NULL(obj) || !IS_INT(st) || !IS_INT(en) || IS_NULL(why))
        return base_str(S, self, out);
    bool decode = exc_is(S, e, EXC_UnicodeDecodeError);
    bool translate = IS_NULL(enc);
    int64_t start = AS_INT(st), bad = unicode_bad(obj, start, AS_INT(en));
    StrBuf b;
    awbuf_init(S, &b);
    bool ok = true;
    if (!translate) {
        awbuf_putc(&b, '\'');
        ok = awbuf_str(&b, enc);
        awbuf_puts(&b, "' codec ");
    }
    const char *verb = translate ? "translate" : decode ? "decode" : "encode";
    if (bad >= 0 && decode)
        awbuf_printf(&b, "can't decode byte 0x%02x", (unsigned)bad);
    else if (bad >= 0) {
        awbuf_printf(&b, "can't %s character ", verb);
        put_char_escape(&b, (uint32_t)bad);
    } else
        awbuf_printf(&b, "can't %s %s", verb, decode ? "bytes" : "characters");
    if (bad >= 0)
        awbuf_printf(&b, " in position %lld: ", (long long)start);
    else
        awbuf_printf(&b, " in position %lld-%lld: ", (long long)start,
                     (long long)(AS_INT(en) - 1));
    ok = ok && awbuf_str(&b, why);
    return finish(&b, ok, out);
}

static bool group_str(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    Value msg = exc_default(S, e, "message");
    Value excs = exc_own(e, "exceptions");
    size_t n = IS_TUPLE(excs) ? AS_TUPLE(excs)->len : 0;
    StrBuf b;
    awbuf_init(S, &b);
    bool ok = awbuf_str(&b, msg);
    awbuf_printf(&b, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
    return finish(&b, ok, out);
}

/* ------------------------------------------------------------------ */
/* Getters and setters                                                 */

static bool get_args(AwState *S, Value self, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    if (!e->args) {
        Tuple *t = awtuple_new(S, 0);
        if (!t)
            return false;
        e->args = t;
    }
    *out = OBJ_VAL(e->args);
    return true;
}

static bool set_args(AwState *S, Value self, Value v)
{
    if (IS_NULL(v))
        return awerr_format(S, EXC_TypeError, "args may not be deleted");
    Tuple *t = awtuple_from_iterable(S, v);
    if (!t)
        return false;
    AS_EXCEPTION(self)->args = t;
    return true;
}

static Value none_if_null(Value v)
{
    return IS_NULL(v) ? NONE_VAL : v;
}

static bool get_cause(AwState *S, Value self, Value *out)
{
    *out = none_if_null(AS_EXCEPTION(self)->cause);
    return true;
}

static bool check_chain_value(AwState *S, Value v, const char *what)
{
    if (IS_NULL(v))
        return awerr_format(S, EXC_TypeError, "__%s__ may not be deleted",
                            what);
    if (!IS_NONE(v) && !IS_EXCEPTION(v))
        return awerr_format(S, EXC_TypeError,
                            "exception %s must be None or derive from "
                            "BaseException",
                            what);
    return true;
}

static bool set_cause(AwState *S, Value self, Value v)
{
    if (!check_chain_value(S, v, "cause"))
        return false;
    Exception *e = AS_EXCEPTION(self);
    e->cause = IS_NONE(v) ? NULL_VAL : v;
    e->obj.flags |= EXC_SUPPRESS_CONTEXT;
    return true;
}

static bool get_context(AwState *S, Value self, Value *out)
{
    *out = none_if_null(AS_EXCEPTION(self)->context);
    return true;
}

static bool set_context(AwState *S, Value self, Value v)
{
    if (!check_chain_value(S, v, "context"))
        return false;
    AS_EXCEPTION(self)->context = IS_NONE(v) ? NULL_VAL : v;
    return true;
}

static bool get_suppress(AwState *S, Value self, Value *out)
{
    *out = BOOL_VAL(AS_OBJ(self)->flags & EXC_SUPPRESS_CONTEXT);
    return true;
}

static bool set_suppress(AwState *S, Value self, Value v)
{
    if (IS_NULL(v))
        return awerr_format(S, EXC_TypeError, "can't delete attribute");
    if (!IS_BOOL(v))
        return awerr_format(S, EXC_TypeError,
                            "attribute value type must be bool");
    if (AS_BOOL(v))
        AS_OBJ(self)->flags |= EXC_SUPPRESS_CONTEXT;
    else
        AS_OBJ(self)->flags &= (uint16_t)~EXC_SUPPRESS_CONTEXT;
    return true;
}

static bool get_tb(AwState *S, Value self, Value *out)
{
    Traceback *tb = AS_EXCEPTION(self)->tb;
    *out = tb ? OBJ_VAL(tb) : NONE_VAL;
    return true;
}

static bool set_tb(AwState *S, Value self, Value v)
{
    if (IS_NULL(v))
        return awerr_format(S, EXC_TypeError,
                            "__traceback__ may not be deleted");
    if (!IS_NONE(v) && !IS_KIND(v, OBJ_TRACEBACK))
        return awerr_format(S, EXC_TypeError,
                            "__traceback__ must be a traceback or None");
    AS_EXCEPTION(self)->tb = IS_NONE(v) ? NULL : (Traceback *)AS_OBJ(v);
    return true;
}

static bool get_dict(AwState *S, Value self, Value *out)
{
    Dict *d = exc_dict(S, AS_EXCEPTION(self));
    if (!d)
        return false;
    *out = OBJ_VAL(d);
    return true;
}

static const GetSetDef base_getset[] = {
    {"args", get_args, set_args},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__traceback__", get_tb, set_tb},
    {"__dict__", get_dict, NULL},
    {NULL},
};

static const GetSetDef *find_getset(Type *t, String *name)
{
    for (size_t i = 0; t->mro && i < t->mro->len; i++) {
        const GetSetDef *g = AS_TYPE(t->mro->items[i])->getset;
        for (; g && g->name; g++)
            if (strcmp(g->name, name->data) == 0)
                return g;
    }
    return NULL;
}

/* Descriptors first, then the instance dict, then the computed defaults,
 * then the type (methods). */
static bool exc_getattr(AwState *S, Value self, String *name, Value *out)
{
    Exception *e = AS_EXCEPTION(self);
    const GetSetDef *g = find_getset(e->obj.type, name);
    if (g)
        return g->get(S, self, out);
    Value v = awexc_attr(S, e, name);
    if (!IS_NULL(v)) {
        *out = v;
        return true;
    }
    return awobj_generic_getattr(S, self, name, out);
}

static bool exc_setattr(AwState *S, Value self, String *name, Value v)
{
    Exception *e = AS_EXCEPTION(self);
    const GetSetDef *g = find_getset(e->obj.type, name);
    if (g && !g->set)
        return awerr_format(S, EXC_AttributeError,
                            "attribute '%s' of '%s' objects is not writable",
                            name->data, e->obj.type->name->data);
    if (g)
        return g->set(S, self, v);
    if (!IS_NULL(v))
        return awexc_set_attr(S, e, name, v);
    int r = e->dict ? awdict_del(S, e->dict, OBJ_VAL(name)) : 0;
    if (r == 0)
        return awerr_format(S, EXC_AttributeError,
                            "'%s' object has no attribute '%s'",
                            e->obj.type->name->data, name->data);
    return r > 0;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */

static bool check_self(AwState *S, int argc, Value *argv, const char *name)
{
    if (argc < 1 || !IS_EXCEPTION(argv[0]))
        return awerr_format(S, EXC_TypeError,
                            "descriptor '%s' requires a "
                            "'BaseException' object",
                            name);
    return true;
}

static bool m_init(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    if (!check_self(S, argc, argv, "__init__"))
        return false;
    if (!exc_init(S, AS_EXCEPTION(argv[0]), argc - 1, argv + 1, kwnames, true))
        return false;
    *out = NONE_VAL;
    return true;
}

static bool m_with_traceback(AwState *S, int argc, Value *argv, Tuple *kwnames,
                             Value *out)
{
    if (!check_self(S, argc, argv, "with_traceback"))
        return false;
    if (argc != 2 || (kwnames && kwnames->len))
        return awerr_format(S, EXC_TypeError,
                            "BaseException.with_traceback"
                            "() takes exactly one argument (%d given)",
                            argc - 1);
    if (!set_tb(S, argv[0], argv[1]))
        return false;
    *out = argv[0];
    return true;
}

static bool m_add_note(AwState *S, int argc, Value *argv, Tuple *kwnames,
                       Value *out)
{
    if (!check_self(S, argc, argv, "add_note"))
        return false;
    if (argc != 2 || (kwnames && kwnames->len))
        return awerr_format(S, EXC_TypeError,
                            "BaseException.add_note() "
                            "takes exactly one argument (%d given)",
                            argc - 1);
    if (!IS_STR(argv[1]))
        return awerr_format(S, EXC_TypeError, "note must be a str, not '%s'",
                            awobj_typename(S, argv[1]));
    Exception *e = AS_EXCEPTION(argv[0]);
    Value notes = exc_own(e, "__notes__");
    if (IS_NULL(notes)) {
        List *l = awlist_new(S, 1);
        if (!l)
            return false;
        notes = OBJ_VAL(l);
        awgc_push(S, notes);
        bool ok = exc_put(S, e, "__notes__", notes);
        awgc_pop(S, 1);
        if (!ok)
            return false;
    }
    if (!IS_LIST(notes))
        return awerr_format(S, EXC_TypeError,
                            "Cannot add note: __notes__ is not a list");
    if (!awlist_append(S, AS_LIST(notes), argv[1]))
        return false;
    *out = NONE_VAL;
    return true;
}

/* __str__ / __repr__ as methods, so that super().__str__() reaches the
 * builtin implementation of the class that defines it. */
#define STR_METHOD(fname, impl)                                                \
    static bool fname(AwState *S, int argc, Value *argv, Tuple *kwnames,       \
                      Value *out)                                              \
    {                                                                          \
        if (!check_self(S, argc, argv, #impl))                                 \
            return false;                                                      \
        return impl(S, argv[0], out);                                          \
    }
STR_METHOD(m_repr, base_repr)
STR_METHOD(m_str, base_str)
STR_METHOD(m_keyerror_str, keyerror_str)
STR_METHOD(m_importerror_str, importerror_str)
STR_METHOD(m_syntaxerror_str, syntaxerror_str)
STR_METHOD(m_oserror_str, oserror_str)
STR_METHOD(m_unicode_str, unicode_str)
STR_METHOD(m_group_str, group_str)
#undef STR_METHOD

static const MethodDef base_methods[] = {
    {"__init__", m_init, MF_METHOD},
    {"__repr__", m_repr, MF_METHOD},
    {"__str__", m_str, MF_METHOD},
    {"with_traceback", m_with_traceback, MF_METHOD},
    {"add_note", m_add_note, MF_METHOD},
    {NULL},
};

#define STR_DEFS(name, fn)                                                     \
    static const MethodDef name[] = {{"__str__", fn, MF_METHOD}, {NULL}};
STR_DEFS(keyerror_methods, m_keyerror_str)
STR_DEFS(importerror_methods, m_importerror_str)
STR_DEFS(syntaxerror_methods, m_syntaxerror_str)
STR_DEFS(oserror_methods, m_oserror_str)
STR_DEFS(unicode_methods, m_unicode_str)
STR_DEFS(group_methods, m_group_str)
#undef STR_DEFS

/* ------------------------------------------------------------------ */
/* Traceback objects: tb_next, tb_lineno, tb_lasti                     */

static bool tb_get_next(AwState *S, Value self, Value *out)
{
    Traceback *tb = ((Traceback *)AS_OBJ(self))->next;
    *out = tb ? OBJ_VAL(tb) : NONE_VAL;
    return true;
}

static bool tb_get_lineno(AwState *S, Value self, Value *out)
{
    Traceback *tb = (Traceback *)AS_OBJ(self);
    *out = INT_VAL(awcode_line(tb->code, tb->pc));
    return true;
}

static bool tb_get_lasti(AwState *S, Value self, Value *out)
{
    *out = INT_VAL((int64_t)((Traceback *)AS_OBJ(self))->pc * 2);
    return true;
}

static const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {NULL},
};

bool awexc_add_tb(AwState *S, Value exc, Code *code, uint32_t pc)
{
    if (!IS_EXCEPTION(exc))
        return true;
    awgc_push(S, exc);
    awgc_push(S, OBJ_VAL(code));
    Traceback *tb =
        awgc_alloc(S, TYPE(S, TRACEBACK), OBJ_TRACEBACK, sizeof(Traceback));
    awgc_pop(S, 2);
    if (!tb)
        return false;
    tb->code = code;
    tb->pc = pc;
    tb->next = AS_EXCEPTION(exc)->tb;
    AS_EXCEPTION(exc)->tb = tb;
    return true;
}

Traceback *awtb_capture(AwState *S, int limit)
{
    Traceback *head = NULL;
    int n = 0;
    for (Frame *f = S->frame; f != NULL && n < limit; f = f->prev, n++) {
        awgc_push(S, OBJ_VAL(head));
        Traceback *tb = awgc_alloc(S, TYPE(S, TRACEBACK), OBJ_TRACEBACK,
                                   sizeof(Traceback));
        awgc_pop(S, 1);
        if (tb == NULL)
            return NULL;
        tb->code = f->code;
        tb->pc = awframe_pc(f);
        tb->next = head;
        head = tb;
    }
    return head;
}

/* ------------------------------------------------------------------ */
/* Creating the hierarchy                                              */

/* A builtin exception class: slots come from the base. */
static Type *exc_type_new(AwState *S, const char *name, Type *base)
{
    Type *t = awtype_new(S, name, base, OBJ_EXCEPTION, sizeof(Exception));
    if (t)
        t->tflags |= TF_BASETYPE | TF_EXCEPTION;
    return t;
}

static bool setup_base(AwState *S, Type *t)
{
    t->repr = base_repr;
    t->str = base_str;
    t->new_ = exc_new;
    t->getattr = exc_getattr;
    t->setattr = exc_setattr;
    t->getset = base_getset;
    return awtype_add_methods(S, t, base_methods);
}

/* Classes whose str differs from BaseException's. */
static bool setup_str(AwState *S)
{
    static const struct {
        int id;
        UnaryFn str;
        const MethodDef *defs;
    } table[] = {
        {EXC_KeyError, keyerror_str, keyerror_methods},
        {EXC_ImportError, importerror_str, importerror_methods},
        {EXC_SyntaxError, syntaxerror_str, syntaxerror_methods},
        {EXC_OSError, oserror_str, oserror_methods},
        {EXC_UnicodeDecodeError, unicode_str, unicode_methods},
        {EXC_UnicodeEncodeError, unicode_str, unicode_methods},
        {EXC_UnicodeTranslateError, unicode_str, unicode_methods},
        {EXC_BaseExceptionGroup, group_str, group_methods},
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        for (int id = 0; id < EXC__COUNT; id++)
            if (awtype_issubclass(S->exc_types[id], S->exc_types[table[i].id]))
                S->exc_types[id]->str = table[i].str;
        if (!awtype_add_methods(S, S->exc_types[table[i].id], table[i].defs))
            return false;
    }
    return true;
}

/* ExceptionGroup derives from BaseExceptionGroup and Exception: the MRO
 * CPython computes for the two bases. */
static bool fix_group_mro(AwState *S)
{
    Type *eg = EXC_TYPE(S, ExceptionGroup);
    Value mro[] = {OBJ_VAL(eg), OBJ_VAL(EXC_TYPE(S, BaseExceptionGroup)),
                   OBJ_VAL(EXC_TYPE(S, Exception)),
                   OBJ_VAL(EXC_TYPE(S, BaseException)),
                   OBJ_VAL(TYPE(S, OBJECT))};
    Tuple *m = awtuple_from_array(S, mro, 5);
    Tuple *b = awtuple_from_array(S, mro + 1, 2);
    if (!m || !b)
        return false;
    eg->mro = m;
    eg->bases = b;
    return true;
}

static bool make_nomem(AwState *S)
{
    S->nomem = awexc_new(S, EXC_TYPE(S, MemoryError), NULL);
    return S->nomem != NULL;
}

bool awexc_init(AwState *S)
{
    static const struct {
        const char *name;
        int base;
    } defs[] = {
#define X(id, base) {#id, EXC_##base},
        EXC_LIST(X)
#undef X
    };
    for (int id = 0; id < EXC__COUNT; id++) {
        Type *base = id == 0 ? TYPE(S, OBJECT) : S->exc_types[defs[id].base];
        Type *t = exc_type_new(S, defs[id].name, base);
        if (!t)
            return false;
        S->exc_types[id] = t;
        if (id == EXC_BaseException && !setup_base(S, t))
            return false;
    }
    Type *tb = TYPE(S, TRACEBACK);
    if (tb && !tb->getset)
        tb->getset = tb_getset;
    return fix_group_mro(S) && setup_str(S) && make_nomem(S);
}

/* ------------------------------------------------------------------ */
/* Raising                                                             */

/* Implicit chaining as CPython's _PyErr_SetObject: the exception being
 * handled becomes __context__, cutting any cycle that would form through
 * the context chain (Floyd's tortoise and hare). */
static void set_context_chain(AwState *S, Value v)
{
    Value handled = S->exc_info;
    if (!IS_EXCEPTION(handled) || AS_OBJ(handled) == AS_OBJ(v))
        return;
    Exception *o = AS_EXCEPTION(handled), *slow = o;
    bool toggle = false;
    while (IS_EXCEPTION(o->context)) {
        Exception *ctx = AS_EXCEPTION(o->context);
        if ((Obj *)ctx == AS_OBJ(v)) {
            o->context = NULL_VAL;
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (toggle)
            slow = IS_EXCEPTION(slow->context) ? AS_EXCEPTION(slow->context)
                                               : slow;
        toggle = !toggle;
    }
    AS_EXCEPTION(v)->context = handled;
}

static bool set_exc(AwState *S, Value v)
{
    set_context_chain(S, v);
    S->exc = v;
    return false;
}

bool awerr_value_arg(AwState *S, int id, Value arg)
{
    awgc_push(S, arg);
    Tuple *args = awtuple_new(S, 1);
    if (!args) {
        awgc_pop(S, 1);
        return false;
    }
    args->items[0] = arg;
    Exception *e = awexc_new(S, S->exc_types[id], args);
    awgc_pop(S, 1);
    return e ? set_exc(S, OBJ_VAL(e)) : false;
}

bool awerr_noargs(AwState *S, int id)
{
    Exception *e = awexc_new(S, S->exc_types[id], NULL);
    return e ? set_exc(S, OBJ_VAL(e)) : false;
}

bool awerr_str(AwState *S, int id, String *msg)
{
    return awerr_value_arg(S, id, OBJ_VAL(msg));
}

bool awerr_vformat(AwState *S, int id, const char *fmt, va_list ap)
{
    char stack[256], *buf = stack;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(stack, sizeof stack, fmt, ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof stack) {
        buf = awmem_alloc(S, (size_t)n + 1);
        if (!buf) {
            va_end(ap2);
            return awerr_nomem(S);
        }
        vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    size_t len = awutf8_check(buf, (size_t)n);
    String *s = awstr_new(S, buf, len);
    if (buf != stack)
        awmem_free(S, buf, (size_t)n + 1);
    return s ? awerr_str(S, id, s) : false;
}

bool awerr_format(AwState *S, int id, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    awerr_vformat(S, id, fmt, ap);
    va_end(ap);
    return false;
}

bool awerr_raise(AwState *S, Value exc)
{
    if (IS_TYPE(exc) && (AS_TYPE(exc)->tflags & TF_EXCEPTION)) {
        Value inst;
        if (!awobj_call(S, exc, 0, &exc, NULL, &inst))
            return false;
        if (!IS_EXCEPTION(inst)) {
            return awerr_format(S, EXC_TypeError,
                                "calling <class '%s'> should have returned "
                                "an instance of BaseException, not %s",
                                AS_TYPE(exc)->name->data,
                                awobj_typename(S, inst));
        }
        exc = inst;
    } else if (!IS_EXCEPTION(exc)) {
        return awerr_format(S, EXC_TypeError,
                            "exceptions must derive from BaseException");
    }
    return set_exc(S, exc);
}

bool awerr_nomem(AwState *S)
{
    Exception *e = S->nomem;
    if (!e) {
        S->exc = NONE_VAL;
        return false;
    }
    e->tb = NULL;
    e->context = NULL_VAL;
    e->cause = NULL_VAL;
    return set_exc(S, OBJ_VAL(e));
}

static Value opt_cstr(AwState *S, const char *s, bool *ok)
{
    if (!s || !*ok)
        return NONE_VAL;
    String *str = awstr_new(S, s, awutf8_check(s, strlen(s)));
    if (!str)
        *ok = false;
    return str ? OBJ_VAL(str) : NONE_VAL;
}

bool awerr_syntax(AwState *S, int id, const char *msg, const char *filename,
                  int line, int offset, int end_line, int end_offset,
                  const char *text)
{
    bool ok = true;
    size_t base = S->nroots;
    Value m = opt_cstr(S, msg ? msg : "invalid syntax", &ok);
    awgc_push(S, m);
    Value f = opt_cstr(S, filename, &ok);
    awgc_push(S, f);
    Value t = opt_cstr(S, text, &ok);
    awgc_push(S, t);
    Tuple *info = ok ? awtuple_new(S, 6) : NULL;
    if (!info) {
        awgc_pop(S, S->nroots - base);
        return false;
    }
    Value items[6] = {f, INT_VAL(line),     INT_VAL(offset),
                      t, INT_VAL(end_line), INT_VAL(end_offset)};
    memcpy(info->items, items, sizeof items);
    awgc_push(S, OBJ_VAL(info));
    Value argv[2] = {m, OBJ_VAL(info)}, exc;
    ok = exc_new(S, S->exc_types[id], 2, argv, NULL, &exc);
    awgc_pop(S, S->nroots - base);
    return ok ? set_exc(S, exc) : false;
}

/* OSError(err, strerror(err)[, filename, None, filename2]): exc_new
 * picks the subclass from err as CPython's OSError.__new__ does, so the
 * mapping lives in one place (oserror_subtype). */
bool awerr_from_errno2(AwState *S, int err, Value filename, Value filename2)
{
    const char *text = strerror(err);
    String *msg = awstr_new(S, text, awutf8_check(text, strlen(text)));
    if (!msg)
        return false;
    awgc_push(S, OBJ_VAL(msg));
    Value argv[5] = {INT_VAL(err), OBJ_VAL(msg), filename, NONE_VAL,
                     filename2};
    int argc = IS_NULL(filename) ? 2 : IS_NULL(filename2) ? 3 : 5;
    Value exc;
    bool ok = exc_new(S, EXC_TYPE(S, OSError), argc, argv, NULL, &exc);
    awgc_pop(S, 1);
    return ok ? set_exc(S, exc) : false;
}

bool awerr_from_errno(AwState *S, int err, Value filename)
{
    return awerr_from_errno2(S, err, filename, NULL_VAL);
}

bool awerr_from_errno_cstr(AwState *S, int err, const char *filename)
{
    if (!filename)
        return awerr_from_errno2(S, err, NULL_VAL, NULL_VAL);
    String *f = awstr_new(S, filename, awutf8_check(filename,
                                                    strlen(filename)));
    if (!f)
        return false;
    awgc_push(S, OBJ_VAL(f));
    awerr_from_errno2(S, err, OBJ_VAL(f), NULL_VAL);
    awgc_pop(S, 1);
    return false;
}

bool awerr_occurred(AwState *S)
{
    return !IS_NULL(S->exc);
}

bool awerr_matches(AwState *S, Type *t)
{
    return IS_OBJ(S->exc) && awtype_issubclass(AS_OBJ(S->exc)->type, t);
}

Value awerr_fetch(AwState *S)
{
    Value v = S->exc;
    S->exc = NULL_VAL;
    return v;
}

void awerr_clear(AwState *S)
{
    S->exc = NULL_VAL;
}

/* Attach attributes to the pending exception S->exc; on failure the
 * MemoryError replaces it. */
static void annotate(AwState *S, const char *k1, Value v1, const char *k2,
                     Value v2)
{
    Value exc = S->exc;
    if (!IS_EXCEPTION(exc) || AS_OBJ(exc) == (Obj *)S->nomem)
        return;
    awgc_push(S, exc);
    if (exc_put(S, AS_EXCEPTION(exc), k1, v1) && k2)
        exc_put(S, AS_EXCEPTION(exc), k2, v2);
    awgc_pop(S, 1);
}

bool awerr_name(AwState *S, int id, const char *fmt, String *name)
{
    awgc_push(S, OBJ_VAL(name));
    awerr_format(S, id, fmt, name->data);
    annotate(S, "name", OBJ_VAL(name), NULL, NULL_VAL);
    awgc_pop(S, 1);
    return false;
}

bool awerr_attribute(AwState *S, Value obj, String *name)
{
    awgc_push(S, obj);
    awgc_push(S, OBJ_VAL(name));
    if (IS_TYPE(obj)) {
        awerr_format(S, EXC_AttributeError,
                     "type object '%s' has no attribute '%s'",
                     AS_TYPE(obj)->name->data, name->data);
    } else if (IS_KIND(obj, OBJ_MODULE) && ((Module *)AS_OBJ(obj))->name) {
        awerr_format(S, EXC_AttributeError, "module '%s' has no attribute '%s'",
                     ((Module *)AS_OBJ(obj))->name->data, name->data);
    } else {
        awerr_format(S, EXC_AttributeError, "'%s' object has no attribute '%s'",
                     awobj_typename(S, obj), name->data);
    }
    annotate(S, "name", OBJ_VAL(name), "obj", obj);
    awgc_pop(S, 2);
    return false;
}
