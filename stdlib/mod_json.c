/* The json module: dumps, dump, loads, load and JSONDecodeError, with
 * CPython's keyword arguments. The work is done by stdlib/json_encode.c
 * and stdlib/json_decode.c. */
#include <string.h>

#include "stdlib/json.h"
#include "stdlib/modules.h"
#include "vm/containers.h"
#include "vm/gc.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Arguments of Python-level signatures                                */

/* f(p1, ..., *, k1=..., ...) as CPython checks a Python function's call:
 * npos positional parameters (all required), then keyword-only ones.
 * out[i] is NULL_VAL for a missing keyword. Unknown keywords are refused
 * with the message of `owner`.__init__, where json's functions pass
 * **kw. */
static bool py_args(AwState *S, const char *fname, const char *owner,
                    int argc, Value *argv, Tuple *kwnames, int npos,
                    const char *const *names, int nnames, Value *out)
{
    if (argc > npos)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes %d positional argument%s but %d "
                            "were given",
                            fname, npos, npos == 1 ? "" : "s", argc);
    for (int i = 0; i < nnames; i++)
        out[i] = i < argc ? argv[i] : NULL_VAL;
    for (size_t k = 0; kwnames && k < kwnames->len; k++) {
        String *name = AS_STR(kwnames->items[k]);
        int i = 0;
        while (i < nnames && strcmp(names[i], name->data) != 0)
            i++;
        if (i == nnames)
            return awerr_format(S, EXC_TypeError,
                                "%s.__init__() got an unexpected keyword "
                                "argument '%s'",
                                owner, name->data);
        if (!IS_NULL(out[i]))
            return awerr_format(S, EXC_TypeError,
                                "%s() got multiple values for argument "
                                "'%s'",
                                fname, name->data);
        out[i] = argv[argc + (int)k];
    }
    for (int i = 0; i < npos; i++)
        if (IS_NULL(out[i]))
            return awerr_format(S, EXC_TypeError,
                                "%s() missing 1 required positional "
                                "argument: '%s'",
                                fname, names[i]);
    return true;
}

/* The value of keyword argument `name` in a call, or NULL_VAL. */
static Value kwarg(int argc, Value *argv, Tuple *kwnames, const char *name)
{
    for (size_t k = 0; kwnames && k < kwnames->len; k++)
        if (strcmp(AS_STR(kwnames->items[k])->data, name) == 0)
            return argv[argc + (int)k];
    return NULL_VAL;
}

static bool has_cls(int argc, Value *argv, Tuple *kwnames)
{
    Value cls = kwarg(argc, argv, kwnames, "cls");
    return !IS_NULL(cls) && !IS_NONE(cls);
}

/* cls(**kw).method(doc), as dumps and loads do with a cls argument: the
 * keywords of the call but cls (and the document, when it came by
 * keyword) go to cls. CPython passes its defaults for the options not
 * given too; a JSONEncoder or JSONDecoder subclass has the same ones. */
static bool via_cls(AwState *S, const char *fname, const char *docname,
                    const char *method, int argc, Value *argv,
                    Tuple *kwnames, Value *out)
{
    if (argc > 1)
        return awerr_format(S, EXC_TypeError,
                            "%s() takes 1 positional argument but %d were "
                            "given",
                            fname, argc);
    size_t nk = kwnames->len, k, n = 0;
    Value *r = S->roots + S->nroots; /* doc, instance, names, values */
    if (S->nroots + nk + 3 > AWGC_MAX_ROOTS)
        return awerr_format(S, EXC_RecursionError,
                            "maximum recursion depth exceeded");
    for (k = 0; k < nk + 3; k++)
        awgc_push(S, NULL_VAL);
    r[0] = argc == 1 ? argv[0] : kwarg(argc, argv, kwnames, docname);
    for (k = 0; k < nk; k++) {
        const char *key = AS_STR(kwnames->items[k])->data;
        if (strcmp(key, "cls") != 0 && strcmp(key, docname) != 0)
            r[3 + n++] = kwnames->items[k];
    }
    Tuple *names = awtuple_from_array(S, r + 3, n);
    bool ok = names != NULL;
    if (ok) {
        r[2] = OBJ_VAL(names);
        for (k = 0, n = 0; k < nk; k++) {
            const char *key = AS_STR(kwnames->items[k])->data;
            if (strcmp(key, "cls") != 0 && strcmp(key, docname) != 0)
                r[3 + n++] = argv[argc + (int)k];
        }
    }
    if (ok && IS_NULL(r[0]))
        ok = awerr_format(S, EXC_TypeError,
                          "%s() missing 1 required positional argument: "
                          "'%s'",
                          fname, docname);
    Value cls = kwarg(argc, argv, kwnames, "cls"), m;
    String *ms = ok ? awstr_intern_cstr(S, method) : NULL;
    ok = ok && ms && awobj_call(S, cls, 0, r + 3, names, &r[1]) &&
         awobj_getattr(S, r[1], ms, &m);
    if (ok) {
        r[1] = m;
        ok = awobj_call(S, m, 1, &r[0], NULL, out);
    }
    awgc_pop(S, nk + 3);
    return ok;
}

/* The truth of an optional flag. */
static int flag(AwState *S, Value v, bool dflt)
{
    return IS_NULL(v) ? dflt : awobj_truthy(S, v);
}

/* ------------------------------------------------------------------ */
/* Encoding                                                            */

enum { E_OBJ, E_SKIPKEYS, E_ASCII, E_CIRCULAR, E_NAN, E_CLS, E_INDENT,
       E_SEPS, E_DEFAULT, E_SORT, E_COUNT,
       /* scratch roots after the arguments */
       E_KEYSEP = E_COUNT, E_FP, E_SLOTS };
static const char *const enc_names[E_COUNT] = {
    "obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan",
    "cls", "indent", "separators", "default", "sort_keys"};

static bool sep_arg(AwState *S, Value v, int pos, String **out)
{
    if (!IS_STR(v))
        return awerr_format(S, EXC_TypeError,
                            "make_encoder() argument %d must be str, not %s",
                            pos, awobj_typename(S, v));
    *out = AS_STR(v);
    return true;
}

/* indent: a str as is, anything else as ' ' * indent (CPython's rule,
 * with its TypeError for a float). Roots what it makes in a[E_INDENT]. */
static bool indent_arg(AwState *S, Value *a, JsonEncOpts *o)
{
    Value v = a[E_INDENT];
    o->indent = NULL;
    if (IS_NULL(v) || IS_NONE(v))
        return true;
    if (!IS_STR(v)) {
        String *sp = awstr_cstr(S, " ");
        if (sp == NULL)
            return false;
        awgc_push(S, OBJ_VAL(sp));
        bool ok = awobj_binop(S, BINOP_MUL, OBJ_VAL(sp), v, &v);
        awgc_pop(S, 1);
        if (!ok)
            return false;
        a[E_INDENT] = v;
    }
    o->indent = AS_STR(v);
    return true;
}

/* separators: any pair (item separator, key separator) of strings. */
static bool seps_arg(AwState *S, Value *a, JsonEncOpts *o)
{
    Value v = a[E_SEPS];
    if (IS_NULL(v) || IS_NONE(v)) {
        o->item_sep = awstr_cstr(S, o->indent ? "," : ", ");
        if (o->item_sep == NULL)
            return false;
        a[E_SEPS] = OBJ_VAL(o->item_sep); /* rooted there */
        o->key_sep = awstr_cstr(S, ": ");
        if (o->key_sep == NULL)
            return false;
        a[E_KEYSEP] = OBJ_VAL(o->key_sep);
        return true;
    }
    Tuple *t = awtuple_from_iterable(S, v);
    if (t == NULL)
        return false;
    a[E_SEPS] = OBJ_VAL(t);
    if (t->len < 2)
        return awerr_format(S, EXC_ValueError,
                            "not enough values to unpack (expected 2, got "
                            "%zu)",
                            t->len);
    if (t->len > 2)
        return awerr_format(S, EXC_ValueError,
                            "too many values to unpack (expected 2)");
    return sep_arg(S, t->items[1], 5, &o->key_sep) &&
           sep_arg(S, t->items[0], 6, &o->item_sep);
}

static bool encode_args(AwState *S, Value *a, JsonEncOpts *o)
{
    int r[5];
    r[0] = flag(S, a[E_SKIPKEYS], false);
    r[1] = flag(S, a[E_ASCII], true);
    r[2] = flag(S, a[E_CIRCULAR], true);
    r[3] = flag(S, a[E_NAN], true);
    r[4] = flag(S, a[E_SORT], false);
    for (int i = 0; i < 5; i++)
        if (r[i] < 0)
            return false;
    o->skipkeys = r[0];
    o->ensure_ascii = r[1];
    o->check_circular = r[2];
    o->allow_nan = r[3];
    o->sort_keys = r[4];
    o->default_fn = a[E_DEFAULT];
    return indent_arg(S, a, o) && seps_arg(S, a, o);
}

/* dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan, cls,
 * indent, separators, default, sort_keys). The arguments sit in argv's
 * scratch copy a[], which the root stack keeps alive. */
static bool dumps_impl(AwState *S, const char *fname, int argc, Value *argv,
                       Tuple *kwnames, Value *a, Value *out)
{
    if (has_cls(argc, argv, kwnames))
        return via_cls(S, fname, "obj", "encode", argc, argv, kwnames, out);
    if (!py_args(S, fname, "JSONEncoder", argc, argv, kwnames, 1, enc_names,
                 E_COUNT, a))
        return false;
    a[E_CLS] = NULL_VAL;
    JsonEncOpts o;
    return encode_args(S, a, &o) && awjson_encode(S, a[E_OBJ], &o, out);
}

/* n slots on the root stack, NULL_VAL each (pop them with awgc_pop);
 * NULL with RecursionError when the stack is full. */
static Value *with_roots(AwState *S, size_t n)
{
    if (S->nroots + n > AWGC_MAX_ROOTS) {
        awerr_format(S, EXC_RecursionError,
                     "maximum recursion depth exceeded");
        return NULL;
    }
    Value *a = S->roots + S->nroots;
    for (size_t i = 0; i < n; i++)
        a[i] = NULL_VAL;
    S->nroots += n;
    return a;
}

static bool f_dumps(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Value *a;
    if (!(a = with_roots(S, E_SLOTS)))
        return false;
    bool ok = dumps_impl(S, "dumps", argc - 1, argv + 1, kwnames, a, out);
    awgc_pop(S, E_SLOTS);
    return ok;
}

/* dump(obj, fp, **kw): fp.write(dumps(obj, **kw)). CPython writes many
 * chunks; one write of the whole text is indistinguishable for files. */
static bool f_dump(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    argc--, argv++;
    if (argc < 2)
        return awerr_format(S, EXC_TypeError,
                            "dump() missing %d required positional "
                            "argument%s: %s",
                            2 - argc, argc == 1 ? "" : "s",
                            argc == 1 ? "'fp'" : "'obj' and 'fp'");
    Value fp = argv[1], *a, text;
    argv[1] = argv[0]; /* drop fp: dumps(obj, **kw) */
    if (!(a = with_roots(S, E_SLOTS)))
        return false;
    a[E_FP] = fp;
    bool ok = dumps_impl(S, "dump", argc - 1, argv + 1, kwnames, a, &text);
    if (ok) {
        String *w = awstr_intern_cstr(S, "write");
        Value meth;
        a[E_OBJ] = text;
        ok = w && awobj_getattr(S, fp, w, &meth);
        if (ok) {
            a[E_CLS] = meth;
            ok = awobj_call(S, meth, 1, &a[E_OBJ], NULL, &text);
        }
    }
    awgc_pop(S, E_SLOTS);
    *out = NONE_VAL;
    return ok;
}

/* ------------------------------------------------------------------ */
/* Decoding                                                            */

enum { D_S, D_CLS, D_HOOK, D_FLOAT, D_INT, D_CONST, D_PAIRS, D_STRICT,
       D_COUNT };
static const char *const dec_names[D_COUNT] = {
    "s", "cls", "object_hook", "parse_float", "parse_int",
    "parse_constant", "object_pairs_hook", "strict"};

static Type *error_type(AwState *S, Value module)
{
    Value t = awdict_get_str(S, ((Module *)AS_OBJ(module))->dict,
                             awstr_intern_cstr(S, "JSONDecodeError"));
    if (IS_TYPE(t) && awtype_issubclass(AS_TYPE(t), EXC_TYPE(S, ValueError)))
        return AS_TYPE(t);
    return EXC_TYPE(S, ValueError);
}

/* The document as a str: bytes are decoded as UTF-8 (CPython detects
 * UTF-16 and UTF-32 too). Roots the result in *slot. */
static bool doc_arg(AwState *S, Value s, Value *slot, String **doc)
{
    if (IS_BYTES(s)) {
        Bytes *b = AS_BYTES(s);
        size_t skip = b->len >= 3 && memcmp(b->data, "\xef\xbb\xbf", 3) == 0
                          ? 3 : 0;
        if (!awcodec_decode(S, b->data + skip, b->len - skip, "utf-8",
                            "surrogatepass", slot))
            return false;
        s = *slot;
    }
    if (!IS_STR(s))
        return awerr_format(S, EXC_TypeError,
                            "the JSON object must be str, bytes or "
                            "bytearray, not %s",
                            awobj_typename(S, s));
    *doc = AS_STR(s);
    return true;
}

static bool loads_impl(AwState *S, Value module, const char *fname, int argc,
                       Value *argv, Tuple *kwnames, Value *a, Value *out)
{
    if (has_cls(argc, argv, kwnames))
        return via_cls(S, fname, "s", "decode", argc, argv, kwnames, out);
    if (!py_args(S, fname, "JSONDecoder", argc, argv, kwnames, 1, dec_names,
                 D_COUNT, a))
        return false;
    String *doc = NULL;
    int strict = flag(S, a[D_STRICT], true);
    if (strict < 0 || !doc_arg(S, a[D_S], &a[D_CLS], &doc))
        return false;
    JsonDecOpts o = {.object_hook = a[D_HOOK],
                     .object_pairs_hook = a[D_PAIRS],
                     .parse_float = a[D_FLOAT],
                     .parse_int = a[D_INT],
                     .parse_constant = a[D_CONST],
                     .strict = strict,
                     .error = error_type(S, module)};
    if (doc->len >= 3 && memcmp(doc->data, "\xef\xbb\xbf", 3) == 0)
        return awjson_error(S, o.error,
                            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                            doc, 0);
    return awjson_decode(S, doc, &o, out);
}

static bool f_loads(AwState *S, int argc, Value *argv, Tuple *kwnames,
                    Value *out)
{
    Value *a;
    if (!(a = with_roots(S, D_COUNT)))
        return false;
    bool ok = loads_impl(S, argv[0], "loads", argc - 1, argv + 1, kwnames, a,
                         out);
    awgc_pop(S, D_COUNT);
    return ok;
}

/* load(fp, **kw): loads(fp.read(), **kw). */
static bool f_load(AwState *S, int argc, Value *argv, Tuple *kwnames,
                   Value *out)
{
    Value module = argv[0];
    argc--, argv++;
    if (argc < 1)
        return awerr_format(S, EXC_TypeError,
                            "load() missing 1 required positional "
                            "argument: 'fp'");
    Value meth;
    String *r = awstr_intern_cstr(S, "read");
    if (r == NULL || !awobj_getattr(S, argv[0], r, &meth))
        return false;
    awgc_push(S, meth);
    bool ok = awobj_call(S, meth, 0, NULL, NULL, &argv[0]);
    awgc_pop(S, 1);
    Value *a;
    if (!ok || !(a = with_roots(S, D_COUNT)))
        return false;
    ok = loads_impl(S, module, "load", argc, argv, kwnames, a, out);
    awgc_pop(S, D_COUNT);
    return ok;
}

/* ------------------------------------------------------------------ */
/* JSONDecodeError                                                     */

/* Sets msg, doc, pos, lineno, colno on e as CPython's __init__ does. */
static bool error_fill(AwState *S, Exception *e, Value msg, String *doc,
                       size_t pos, size_t lineno, size_t colno)
{
    static const char *const names[] = {"msg", "doc", "pos", "lineno",
                                        "colno"};
    Value vals[] = {msg, OBJ_VAL(doc), INT_VAL((int64_t)pos),
                    INT_VAL((int64_t)lineno), INT_VAL((int64_t)colno)};
    for (int i = 0; i < 5; i++) {
        String *k = awstr_intern_cstr(S, names[i]);
        if (k == NULL || !awexc_set_attr(S, e, k, vals[i]))
            return false;
    }
    return true;
}

/* JSONDecodeError(msg, doc, pos) as a new exception in *out. */
static bool error_new(AwState *S, Type *t, Value msg, String *doc,
                      size_t pos, Value *out)
{
    size_t off = awstr_offset(doc, pos < doc->ncp ? pos : doc->ncp);
    size_t lineno = 1, last = 0;
    bool seen = false;
    for (size_t i = 0; i < off; i++)
        if (doc->data[i] == '\n') {
            lineno++;
            last = i;
            seen = true;
        }
    size_t colno = seen ? pos - awutf8_count(doc->data, last) : pos + 1;
    String *text = awstr_printf(S, "%s: line %zu column %zu (char %zu)",
                                AS_STR(msg)->data, lineno, colno, pos);
    if (text == NULL)
        return false;
    Value tv = OBJ_VAL(text);
    awgc_push(S, tv);
    Tuple *args = awtuple_from_array(S, &tv, 1);
    Exception *e = args ? awexc_new(S, t, args) : NULL;
    awgc_pop(S, 1);
    if (e == NULL)
        return false;
    *out = OBJ_VAL(e);
    awgc_push(S, *out);
    bool ok = error_fill(S, e, msg, doc, pos, lineno, colno);
    awgc_pop(S, 1);
    return ok;
}

bool awjson_error(AwState *S, Type *error, const char *msg, String *doc,
                  size_t pos)
{
    if (awerr_occurred(S))
        return false;
    String *m = awstr_cstr(S, msg);
    if (m == NULL)
        return false;
    awgc_push(S, OBJ_VAL(m));
    Value e;
    bool ok = error_new(S, error, OBJ_VAL(m), doc, pos, &e);
    awgc_pop(S, 1);
    return ok ? awerr_raise(S, e) : false;
}

/* JSONDecodeError(msg, doc, pos) called from aw code. */
static bool error_ctor(AwState *S, Type *t, int argc, Value *argv,
                       Tuple *kwnames, Value *out)
{
    static const char *const kw[] = {"msg", "doc", "pos"};
    Value a[3];
    if (!awarg_unpack(S, "JSONDecodeError", argc, argv, kwnames, 3, 3, kw,
                      a))
        return false;
    if (!IS_STR(a[0]) || !IS_STR(a[1]) || !IS_INT(a[2]) || AS_INT(a[2]) < 0)
        return awerr_format(S, EXC_TypeError,
                            "JSONDecodeError() takes a str msg, a str doc "
                            "and an int pos");
    return error_new(S, t, a[0], AS_STR(a[1]), (size_t)AS_INT(a[2]), out);
}

static Type *error_type_new(AwState *S)
{
    Type *t = awtype_new(S, "JSONDecodeError", EXC_TYPE(S, ValueError),
                         OBJ_EXCEPTION, sizeof(Exception));
    if (t == NULL)
        return NULL;
    t->tflags |= TF_BASETYPE | TF_EXCEPTION;
    t->new_ = error_ctor;
    awgc_push(S, OBJ_VAL(t));
    t->module = awstr_intern_cstr(S, "json.decoder");
    awgc_pop(S, 1);
    return t->module ? t : NULL;
}

/* ------------------------------------------------------------------ */
/* The module                                                          */

/* Functions bound to the module, so that they receive it as argv[0] and
 * find JSONDecodeError there. */
static bool add_bound_funcs(AwState *S, Module *m, const MethodDef *defs)
{
    for (; defs->name; defs++) {
        CFunction *f = awcfunc_new(S, defs->name, defs->fn, MF_METHOD,
                                   OBJ_VAL(m), NULL);
        if (f == NULL)
            return false;
        f->module = OBJ_VAL(m->name);
        if (!awmodule_set(S, m, defs->name, OBJ_VAL(f)))
            return false;
    }
    return true;
}

static const MethodDef json_funcs[] = {
    {"dumps", f_dumps, MF_METHOD},
    {"dump", f_dump, MF_METHOD},
    {"loads", f_loads, MF_METHOD},
    {"load", f_load, MF_METHOD},
    {NULL, NULL, 0},
};

bool awmod_json_init(AwState *S, Module *m)
{
    Type *err = error_type_new(S);
    if (err == NULL || !awmodule_set(S, m, "JSONDecodeError", OBJ_VAL(err)))
        return false;
    return add_bound_funcs(S, m, json_funcs) && awjson_classes_init(S, m);
}
